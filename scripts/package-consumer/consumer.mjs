// A plain ESM JavaScript user of the installed package: the mock in-process, the schemas and the OpenAPI
// document as package files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createMockPbx, listen } from 'pbx-mock-kit';

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('pbx-mock-kit/schemas/session-info.json'), 'utf8'),
);
const openapi = JSON.parse(readFileSync(require.resolve('pbx-mock-kit/openapi.json'), 'utf8'));
if (schema.title !== 'SessionInfo') throw new Error(`schema title: ${schema.title}`);
if (!String(openapi.openapi).startsWith('3.1')) throw new Error(`openapi: ${openapi.openapi}`);

const pbx = createMockPbx();
const running = await listen(pbx.app, '127.0.0.1', 0);
try {
  const headers = { 'User-Agent': 'OpenAPI', 'Content-Type': 'application/json' };
  const login = await fetch(`${running.url}/openapi/v1.0/get_token`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
  }).then((res) => res.json());
  const url = `${running.url}/openapi/v1.0/message_session/get?id=2862&access_token=${login.access_token}`;
  const answer = await fetch(url, { headers }).then((res) => res.json());
  if (answer.list?.id !== 2862) throw new Error(`session 2862: ${JSON.stringify(answer)}`);
  console.log(
    `esm: session 2862 served (${answer.list.channel_type}), schema ${schema.$id}, openapi ${openapi.openapi}`,
  );
} finally {
  await running.close();
}
