import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import { expectSchema } from '../test-support/device.js';

const { app } = createMockPbx();

function expectProblem(res: request.Response, status: number, code: string, field?: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expectSchema('MockProblemDocument', res.body);
  expect(res.body).toMatchObject({ code, ...(field === undefined ? {} : { field }) });
}

describe('every control request is checked against its schema', () => {
  it.each([
    ['no answer', { match: { path: 'get_token' } }, 'answer'],
    ['an empty answer', { answer: {} }, 'answer'],
    ['an errcode that is a string', { answer: { errcode: '60001' } }, 'answer/errcode'],
    ['errcode 0 (success is no error)', { answer: { errcode: 0 } }, 'answer/errcode'],
    [
      'an errcode and a fault at once',
      { answer: { errcode: -1, fault: { type: 'reset' } } },
      'answer/fault',
    ],
    ['an unknown fault', { answer: { fault: { type: 'explode' } } }, 'answer/fault/type'],
    [
      'a status on a non-proxy fault',
      { answer: { fault: { type: 'reset', status: 502 } } },
      'answer/fault/status',
    ],
    [
      'a proxy status that is no gateway error',
      { answer: { fault: { type: 'proxy-error', status: 500 } } },
      'answer/fault/status',
    ],
    [
      'a delay with ms and a range',
      { answer: { delay: { ms: 5, min_ms: 1, max_ms: 9 } } },
      'answer/delay/min_ms',
    ],
    ['a range without its max', { answer: { delay: { min_ms: 1 } } }, 'answer/delay/max_ms'],
    ['a range upside down', { answer: { delay: { min_ms: 9, max_ms: 1 } } }, 'answer/delay/min_ms'],
    ['a delay over 10 minutes', { answer: { delay: { ms: 600_001 } } }, 'answer/delay/ms'],
    ['an unknown method', { match: { method: 'FETCH' }, answer: { errcode: -1 } }, 'match/method'],
    [
      'a query value that is a number',
      { match: { query: { id: 5 } }, answer: { errcode: -1 } },
      'match/query/id',
    ],
    [
      'a header name with a space',
      { match: { headers: { 'x y': 'z' } }, answer: { errcode: -1 } },
      'match/headers',
    ],
    ['call 0', { match: { call: 0 }, answer: { errcode: -1 } }, 'match/call'],
    ['times 0', { times: 0, answer: { errcode: -1 } }, 'times'],
    ['an id with a slash', { id: 'a/b', answer: { errcode: -1 } }, 'id'],
    ['an unknown top-level field', { answer: { errcode: -1 }, priority: 1 }, 'priority'],
    [
      'a session choice with an id and a channel',
      {
        match: { path: 'message_session/get' },
        answer: { session: { id: 1, channel_type: 'sms' } },
      },
      'answer/session/channel_type',
    ],
    [
      'an unknown channel',
      { match: { path: 'message_session/get' }, answer: { session: { channel_type: 'fax' } } },
      'answer/session/channel_type',
    ],
  ])('POST /__mock/rules with %s names %s', async (_what, body, field) => {
    const res = await request(app).post('/__mock/rules').send(body);
    expectProblem(res, 400, 'PBX_MOCK_BAD_CONTROL_REQUEST', field);
  });

  it('names the body when it is not JSON or not an object, and what an empty one lacks', async () => {
    const broken = await request(app)
      .post('/__mock/rules')
      .set('Content-Type', 'application/json')
      .send('{"answer": ');
    expectProblem(broken, 400, 'PBX_MOCK_BAD_CONTROL_REQUEST', 'body');
    const list = await request(app).post('/__mock/rules').send([1, 2]);
    expectProblem(list, 400, 'PBX_MOCK_BAD_CONTROL_REQUEST', 'body');
    const none = await request(app).post('/__mock/rules');
    expectProblem(none, 400, 'PBX_MOCK_BAD_CONTROL_REQUEST', 'answer');
  });

  it('refuses JSON labelled as a form (curl -d without -H), the type a cross-site form posts', async () => {
    const res = await request(app)
      .post('/__mock/rules')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('{"id":"form-typed","answer":{"errcode":-1}}');
    expectProblem(res, 415, 'PBX_MOCK_NOT_JSON', 'body');
    expect((res.body as { detail: string }).detail).toContain(
      "-H 'Content-Type: application/json'",
    );
    await request(app).get('/__mock/rules/form-typed').expect(404);
  });

  it('takes no fields on reset', async () => {
    const res = await request(app)
      .post('/__mock/reset')
      .send({ keep: ['rules'] });
    expectProblem(res, 400, 'PBX_MOCK_BAD_CONTROL_REQUEST', 'keep');
  });

  it('answers 404 for an unknown route or rule, 405 for a wrong method', async () => {
    expectProblem(await request(app).get('/__mock/scenarios'), 404, 'PBX_MOCK_NOT_FOUND');
    expectProblem(await request(app).delete('/__mock/rules/nope'), 404, 'PBX_MOCK_NOT_FOUND');
    expectProblem(await request(app).get('/__mock/rules/nope'), 404, 'PBX_MOCK_NOT_FOUND');
    const wrong = await request(app).put('/__mock/clock').send({});
    expectProblem(wrong, 405, 'PBX_MOCK_METHOD_NOT_ALLOWED');
    expect(wrong.body).toMatchObject({ allowed: ['GET', 'POST'] });
  });

  it('answers a path id that is not valid percent-encoding with a 400 naming id, not a 500', async () => {
    for (const res of [
      await request(app).get('/__mock/rules/%E0'),
      await request(app).delete('/__mock/sessions/%E0%A4'),
    ]) {
      expectProblem(res, 400, 'PBX_MOCK_BAD_CONTROL_REQUEST', 'id');
    }
  });

  it('answers a compressed body that does not decompress with a 400 naming the body, not a 500', async () => {
    const res = await request(app)
      .post('/__mock/clock')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('{"advance":"1m"}');
    expectProblem(res, 400, 'PBX_MOCK_BAD_CONTROL_REQUEST', 'body');
  });

  it('never answers a control misuse with HTTP 200 or a device errcode', async () => {
    const res = await request(app).post('/__mock/clock').send({ advance: 'later' });
    expect(res.status).not.toBe(200);
    expect(res.body).not.toHaveProperty('errcode');
  });
});
