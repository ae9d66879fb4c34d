/**
 * The control API refuses what a web page can send (a non-JSON body, a foreign Origin, a Host that is not
 * the mock's) with a problem naming why; the programs that drive it on purpose still get through.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import { expectSchema } from '../test-support/device.js';
import { CONTROL_TOKEN_HEADER } from '../core/control-access.js';
import { hostAllowed, hostName } from './cross-site.js';

const RULE = JSON.stringify({ id: 'planted', answer: { errcode: 60001 } });

type Headers = Record<string, string>;

/** What a browser may send without a preflight, each refused for its own reason. */
const CROSS_SITE: [string, Headers, number, string][] = [
  [
    'a text/plain POST from another site to a rebound name',
    { 'Content-Type': 'text/plain', Origin: 'http://evil.example', Host: 'evil.example:8088' },
    403,
    'PBX_MOCK_HOST_REFUSED',
  ],
  [
    'a rebound Host alone',
    { 'Content-Type': 'application/json', Host: 'evil.example' },
    403,
    'PBX_MOCK_HOST_REFUSED',
  ],
  [
    'a Host that only starts like localhost',
    { 'Content-Type': 'application/json', Host: 'localhost.evil.example:8088' },
    403,
    'PBX_MOCK_HOST_REFUSED',
  ],
  [
    'a foreign Origin',
    { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
    403,
    'PBX_MOCK_ORIGIN_REFUSED',
  ],
  [
    'Origin null (a sandboxed frame, a file:// page)',
    { 'Content-Type': 'application/json', Origin: 'null' },
    403,
    'PBX_MOCK_ORIGIN_REFUSED',
  ],
  [
    'a loopback Origin on another port',
    { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:3000' },
    403,
    'PBX_MOCK_ORIGIN_REFUSED',
  ],
  ['a text/plain body', { 'Content-Type': 'text/plain' }, 415, 'PBX_MOCK_NOT_JSON'],
  [
    'a form body',
    { 'Content-Type': 'application/x-www-form-urlencoded' },
    415,
    'PBX_MOCK_NOT_JSON',
  ],
  [
    'a multipart body',
    { 'Content-Type': 'multipart/form-data; boundary=x' },
    415,
    'PBX_MOCK_NOT_JSON',
  ],
];

describe('the control API, against cross-site requests', () => {
  it.each(CROSS_SITE)('refuses %s', async (_name, headers, status, code) => {
    const pbx = createMockPbx();
    const res = await request(pbx.app).post('/__mock/rules').set(headers).send(RULE);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectSchema('MockProblemDocument', res.body);
    expect(res.body).toMatchObject({ code, status });
    expect(pbx.rules.size).toBe(0);
  });

  it('refuses a body without a Content-Type, and a cross-site reset with no body at all', async () => {
    const pbx = createMockPbx();
    pbx.rules.add({ id: 'kept', answer: { errcode: 60001 } });
    const raw = await request(pbx.app)
      .post('/__mock/rules')
      .unset('Content-Type')
      .send(Buffer.from(RULE));
    expect(raw.body).toMatchObject({ code: 'PBX_MOCK_NOT_JSON' });
    const reset = await request(pbx.app).post('/__mock/reset').set('Origin', 'http://evil.example');
    expect(reset.body).toMatchObject({ code: 'PBX_MOCK_ORIGIN_REFUSED' });
    const read = await request(pbx.app).get('/__mock/journal').set('Host', 'rebound.example:8088');
    expect(read.body).toMatchObject({ code: 'PBX_MOCK_HOST_REFUSED' });
    expect(pbx.rules.size).toBe(1);
  });

  it.each([
    ['supertest (Host 127.0.0.1:port, JSON)', {}],
    ['curl with -H Content-Type (Host localhost)', { Host: 'localhost:8088' }],
    ['a charset on the type', { 'Content-Type': 'application/json; charset=utf-8' }],
    ['a +json type', { 'Content-Type': 'application/merge-patch+json' }],
    ['the IPv6 loopback', { Host: '[::1]:8088' }],
    ['a *.localhost name', { Host: 'pbx.localhost:8088' }],
    [
      'its own Origin (a page the mock served)',
      { Host: '127.0.0.1:8088', Origin: 'http://127.0.0.1:8088' },
    ],
  ] as [string, Headers][])('still serves %s', async (_name, headers) => {
    const pbx = createMockPbx();
    const res = await request(pbx.app).post('/__mock/rules').type('json').set(headers).send(RULE);
    expect(res.status).toBe(201);
    expect(pbx.rules.size).toBe(1);
  });

  it('still serves a reset with no body and no Content-Type (curl -X POST)', async () => {
    const pbx = createMockPbx();
    pbx.rules.add({ answer: { errcode: 60001 } });
    await request(pbx.app).post('/__mock/reset').expect(200);
    expect(pbx.rules.size).toBe(0);
  });

  it('serves its bind address, and any Host once a control token is required', async () => {
    const bound = createMockPbx({ bindHost: '127.0.0.5' });
    await request(bound.app).get('/__mock/rules').set('Host', '127.0.0.5:8088').expect(200);
    const tokened = createMockPbx({ bindHost: '0.0.0.0', controlToken: 'ctl-token-1' });
    await request(tokened.app)
      .get('/__mock/rules')
      .set('Host', 'pbx-mock.internal:8088')
      .set(CONTROL_TOKEN_HEADER, 'ctl-token-1')
      .expect(200);
    const foreign = await request(tokened.app)
      .post('/__mock/rules')
      .set('Host', 'pbx-mock.internal:8088')
      .set(CONTROL_TOKEN_HEADER, 'ctl-token-1')
      .set('Content-Type', 'text/plain')
      .send(RULE);
    expect(foreign.body).toMatchObject({ code: 'PBX_MOCK_NOT_JSON' });
  });

  it('leaves device requests alone (a device has no such guard)', async () => {
    const pbx = createMockPbx();
    const res = await request(pbx.app)
      .get('/openapi/v1.0/message_session/get?id=1')
      .set({ 'User-Agent': 'OpenAPI', Origin: 'http://evil.example', Host: 'evil.example' });
    expect(res.body).toMatchObject({ errcode: 10004 });
  });
});

describe('hostName and hostAllowed', () => {
  it.each([
    ['127.0.0.1:8088', '127.0.0.1'],
    ['[::1]:8088', '::1'],
    ['::1', '::1'],
    ['LocalHost', 'localhost'],
  ])('read %s as %s', (host, name) => {
    expect(hostName(host)).toBe(name);
  });

  it('allow loopback names and the bind address only', () => {
    expect(hostAllowed('localhost.:1', '127.0.0.1')).toBe(true);
    expect(hostAllowed('10.0.0.7:8088', '10.0.0.7')).toBe(true);
    expect(hostAllowed('10.0.0.8:8088', '10.0.0.7')).toBe(false);
    expect(hostAllowed('127.0.0.1.evil.example', '127.0.0.1')).toBe(false);
  });
});
