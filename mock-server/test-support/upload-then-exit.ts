/**
 * A process that uploads one file to a mock it never closes, prints the upload folder and exits: the test of
 * the exit hook (app-tests/upload.test.ts) then looks for the folder. Run with tsx: PARENT_DIR [exit|end].
 */
import { createMockPbx } from '../app.js';
import { listen } from '../server.js';

const [parentDir = '', how = 'exit'] = process.argv.slice(2);
const pbx = createMockPbx({ uploads: { parentDir } });
const running = await listen(pbx.app, '127.0.0.1', 0);
const base = `${running.url}/openapi/v1.0`;
const headers = { 'user-agent': 'OpenAPI', 'content-type': 'application/json' };
const login = (await (
  await fetch(`${base}/get_token`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
  })
).json()) as { access_token: string };
const form = new FormData();
form.append('files', new Blob(['left behind?']), 'a.txt');
const answer = (await (
  await fetch(`${base}/message/batchupload?access_token=${login.access_token}`, {
    method: 'POST',
    headers: { 'user-agent': 'OpenAPI' },
    body: form,
  })
).json()) as { errcode: number };
process.stdout.write(
  `${JSON.stringify({ errcode: answer.errcode, folder: pbx.uploads.location })}\n`,
);
if (how === 'exit') process.exit(0);
// otherwise the process ends when nothing is left to do: the server is closed, the mock is not
await running.close();
