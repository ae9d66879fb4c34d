/**
 * Generated requests for the control API (/__mock/*): every route and near misses, every method, bodies
 * that are almost right (clock durations, rules, sessions) and bodies that are not JSON at all. They change
 * the mock's state on purpose, so fuzz.test.ts runs them after the device cases and resets the mock after.
 */
import fc from 'fast-check';
import type { FuzzRequest } from './fuzz-arbitraries.js';
import { headerValue, huge, METHODS, oddStrings, text } from './fuzz-values.js';

const segment = fc.oneof(
  fc.constantFrom('1', '2862', '49', '0', '-1', 'rule-1', 'x', '%2e%2e', '1e3', '%E0', '%zz'),
  oddStrings.map(encodeURIComponent),
  fc.string({ maxLength: 10 }).map(encodeURIComponent),
);

const controlPath = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '/__mock/rules',
      '/__mock/reset',
      '/__mock/clock',
      '/__mock/sessions',
      '/__mock/journal',
      '/__mock/openapi.json',
    ),
  },
  { weight: 3, arbitrary: segment.map((id) => `/__mock/rules/${id}`) },
  { weight: 3, arbitrary: segment.map((id) => `/__mock/sessions/${id}`) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(segment, fc.constantFrom('1', '2', '5', '2862'))
      .map((id) => `/__mock/sessions/${id}/history`),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom('/__mock', '/__mock/', '/__mock//rules', '/__mock/rules/', '/__mock/RULES'),
      segment.map((s) => `/__mock/${s}`),
      segment.map((s) => `/__mock/sessions/${s}/${s}`),
    ),
  },
);

const duration = fc.oneof(
  fc.constantFrom('31m', '24h', '1d', '90s', '0', '', ' ', '-1m', 'abc', '1e400', '100000000y'),
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e15, 8.64e15, Number.MAX_SAFE_INTEGER, 1e308),
  text,
);

/** Bodies shaped like control requests with a value or key off. */
const nearBody = fc.oneof(
  fc.record({ advance: duration }, { requiredKeys: [] }),
  fc.record({ reset: fc.oneof(fc.constant(true), fc.jsonValue()) }, { requiredKeys: [] }),
  fc.record(
    {
      id: fc.oneof(fc.constant('fuzz-rule'), text),
      match: fc.oneof(
        fc.record(
          {
            endpoint: fc.constantFrom('message_session/get', 'get_token', 'x'),
            method: fc.constantFrom('GET', 'POST', 'x'),
            path: text,
            query: fc.dictionary(fc.string({ maxLength: 8 }), text, { maxKeys: 2 }),
            nth: fc.integer({ min: -1, max: 5 }),
          },
          { requiredKeys: [] },
        ),
        fc.jsonValue(),
      ),
      answer: fc.oneof(
        fc.record(
          {
            errcode: fc.oneof(fc.constantFrom(60001, 10004, 0, 99999), fc.integer()),
            fault: fc.record(
              {
                type: fc.constantFrom('reset', 'empty', 'truncated', 'malformed', 'never', 'x'),
                status: fc.integer({ min: 0, max: 700 }),
              },
              { requiredKeys: [] },
            ),
            delay: fc.record(
              { ms: fc.integer({ min: -1, max: 50 }), min_ms: fc.integer(), max_ms: fc.integer() },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
        fc.jsonValue(),
      ),
      times: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.jsonValue()),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      id: fc.oneof(fc.integer({ min: -1, max: 100_000 }), fc.jsonValue()),
      channel_type: fc.constantFrom('sms', 'whatsapp', 'facebook', 'livechat', 'x'),
      is_close: fc.constantFrom(0, 1, 2, '1'),
      is_archived: fc.constantFrom(0, 1, true),
      variant: text,
      info: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

/** Bodies shaped like history shapes, a value or key off now and then. */
const shapeBody = fc.record(
  {
    name: fc.constantFrom('long', 'failedWhatsAppTemplate', 'x'),
    count: fc.oneof(fc.integer({ min: -1, max: 1001 }), fc.jsonValue()),
    newest: fc.oneof(
      fc.array(
        fc.record(
          {
            from: fc.constantFrom('customer', 'agent', 'api', 'x'),
            msg_kind: fc.constantFrom(0, 1, 2),
            delivery_status: fc.constantFrom(0, 1, 2, 3),
            send_error: fc.oneof(fc.constantFrom('', 'auth_fail'), text),
            msg_body: text,
            files: fc.jsonValue(),
          },
          { requiredKeys: ['from'] },
        ),
        { maxLength: 4 },
      ),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);

const controlBody: fc.Arbitrary<Buffer | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 6, arbitrary: nearBody.map((v) => Buffer.from(JSON.stringify(v))) },
  { weight: 2, arbitrary: shapeBody.map((v) => Buffer.from(JSON.stringify(v))) },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((v) => Buffer.from(v || '{')) },
  {
    weight: 1,
    arbitrary: huge(1_100_000, 1_200_000).map((v) => Buffer.from(JSON.stringify({ advance: v }))),
  },
);

/** Origins a browser sends from another site (a program sends none). */
export const ORIGINS = [
  'http://evil.example',
  'null',
  'http://127.0.0.1:1',
  'https://localhost',
  'file://',
] as const;

/** Host headers besides the client's own (127.0.0.1:port): other loopback names, and rebound names. */
export const HOSTS = [
  'localhost:8088',
  '[::1]:8088',
  'pbx.localhost',
  'evil.example:8088',
  '127.0.0.1.nip.io',
  'localhost.evil.example',
] as const;

/** Content types: JSON and its kin, and the three a browser sends cross-site without a preflight. */
export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'garbage',
  undefined,
] as const;

export const controlHeaders: fc.Arbitrary<Record<string, string>> = fc
  .tuple(
    fc.constantFrom(...CONTENT_TYPES),
    fc.option(headerValue, { freq: 8 }),
    // mostly none, so most cases still reach the routes behind the guard
    fc.oneof(
      { weight: 7, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom(...ORIGINS) },
    ),
    fc.oneof(
      { weight: 5, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTS) },
    ),
  )
  .map(([type, token, origin, host]) => {
    const headers: Record<string, string> = {};
    if (type !== undefined) headers['content-type'] = type;
    if (token !== null) headers['x-pbx-mock-control-token'] = token;
    if (origin !== undefined) headers.origin = origin;
    if (host !== undefined) headers.host = host;
    return headers;
  });

/** A whole generated control request (the token choice is unused: control requests carry none). */
export const controlRequestArb: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE') },
    { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
  ),
  path: controlPath,
  query: fc.array(
    fc.tuple(fc.constantFrom('limit', 'path', 'method', 'errcode', 'rule', '__proto__'), text),
    { maxLength: 3 },
  ),
  token: fc.constant('missing'),
  headers: controlHeaders,
  body: controlBody,
});
