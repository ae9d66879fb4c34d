// A vitest test in a user's project: the mock in-process, session 2862 read through it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMockPbx, listen } from 'pbx-mock-kit';
import type { RunningServer } from 'pbx-mock-kit';

let running: RunningServer;
beforeAll(async () => {
  running = await listen(createMockPbx().app, '127.0.0.1', 0);
});
afterAll(async () => {
  await running.close();
});

it('reads session 2862 through the in-process mock', async () => {
  const headers = { 'User-Agent': 'OpenAPI', 'Content-Type': 'application/json' };
  const login = await fetch(`${running.url}/openapi/v1.0/get_token`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
  });
  const { access_token } = (await login.json()) as { access_token: string };
  const res = await fetch(
    `${running.url}/openapi/v1.0/message_session/get?id=2862&access_token=${access_token}`,
    { headers },
  );
  const body = (await res.json()) as {
    errcode: number;
    list: { id: number; website_domain: string };
  };
  expect(body.errcode).toBe(0);
  expect(body.list.id).toBe(2862);
  expect(body.list.website_domain).toBe('example.com');
});
