/**
 * Generated requests for the fuzz tests: whatever a broken, hostile or merely odd client could send to a
 * device (paths, methods, query strings, headers, bodies), biased towards the real endpoints so that the
 * generated input reaches the handlers and not only the 10001 check. Control API paths (/__mock/…) are left
 * out: their answers are problem+json by design and they change the mock's state on purpose.
 */
import fc from 'fast-check';
import { API_PREFIX, DEVICE_ENDPOINTS, deviceEndpoint } from '../../schemas/device-endpoints.js';
import { headerValue, huge, METHODS, oddStrings, text } from './fuzz-values.js';

/** The token a generated request may carry: the live fuzz token, junk, or none. */
export type TokenChoice = 'live' | 'junk' | 'missing' | 'repeated' | 'empty';

/** One generated request, before the live token is filled in. */
export interface FuzzRequest {
  readonly method: string;
  /** The path without query, as sent on the request line. */
  readonly path: string;
  /** Query pairs in order (repeated keys allowed); the token is added according to `token`. */
  readonly query: readonly (readonly [string, string])[];
  readonly token: TokenChoice;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | undefined;
}

/** Whether a path is one of the control API's, which the fuzz leaves alone. */
export function isControlPath(path: string): boolean {
  return /^\/+__mock/i.test(path);
}

const endpointNames: string[] = DEVICE_ENDPOINTS.map((endpoint) => endpoint.name);

const paramNames = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'id',
      'ids',
      'page_size',
      'user_type',
      'user_no',
      'collection',
      'first_msg_id',
      'is_archived',
      'is_closed',
      'is_pickup',
      'search_value',
      'access_token',
    ),
  },
  { weight: 2, arbitrary: oddStrings },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('id[]', 'id[__proto__]', 'ids[0]', 'a.b', 'id ', '__errcode'),
  },
);

const apiPath = fc.constantFrom(...endpointNames).map((name) => `${API_PREFIX}${name}`);

/** Near misses of real paths: case, slashes, encodings, traversal. */
const nearPath = fc
  .tuple(
    fc.constantFrom(...endpointNames),
    fc.constantFrom(
      (p: string) => p.toUpperCase(),
      (p: string) => `${p}/`,
      (p: string) => p.replace('/openapi', '//openapi'),
      (p: string) => p.replace('/v1.0', '%2Fv1.0'),
      (p: string) => p.replace('v1.0', 'v2.0'),
      (p: string) => `${p}/../get_token`,
      (p: string) => `${p}%00`,
      (p: string) => `${p};jsessionid=1`,
      (p: string) => p.replace('_', '%5F'),
      (p: string) => `${p}%zz`,
      (p: string) => `http://pbx.invalid${p}`,
    ),
  )
  .map(([name, change]) => change(`${API_PREFIX}${name}`));

const randomPath = fc
  .array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 6 })
  .map((segments) => `/${segments.map(encodeURIComponent).join('/')}`);

/** Any request path except the control API's. */
export const pathArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 8, arbitrary: apiPath },
    { weight: 2, arbitrary: nearPath },
    { weight: 1, arbitrary: randomPath },
    { weight: 1, arbitrary: fc.constantFrom('/', '*', '/openapi', API_PREFIX, '/favicon.ico') },
  )
  .filter((path) => !isControlPath(path));

const queryArb = fc.array(fc.tuple(paramNames, text), { maxLength: 8 });

/** Prefer header values: mostly unrelated preferences, sometimes a valid or broken errcode. */
const preferValue = fc.oneof(
  fc.constantFrom('return=minimal', 'respond-async', 'wait=5'),
  fc.constantFrom(-2, -1, 1, 10004, 40002, 60001, 60002, 70120).map((code) => `errcode=${code}`),
  fc.constantFrom('errcode=', 'errcode=abc', 'errcode=0', 'errcode=99999', 'errcode=1;errcode=2'),
);

/** Extra headers, each rare enough that most requests still reach the handlers. */
const extraHeader: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constant('x-fuzz'), headerValue) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('authorization'), headerValue) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('accept'), headerValue) },
  {
    weight: 3,
    arbitrary: fc.tuple(
      fc.constant('content-type'),
      fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
        'garbage',
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constant('content-encoding'),
      fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown'),
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constant('prefer'), preferValue) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constant('x-forwarded-for'), fc.constantFrom('10.0.0.1', '::1', 'x')),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constant('user-agent'), headerValue) },
);

/** Headers: a User-Agent in most requests (without one the device stops at 40002), and a few extras. */
const headerArb: fc.Arbitrary<Record<string, string>> = fc
  .tuple(fc.integer({ min: 0, max: 7 }), fc.array(extraHeader, { maxLength: 3 }))
  .map(([roll, extras]) => {
    const headers: Record<string, string> = roll > 0 ? { 'user-agent': 'OpenAPI' } : {};
    for (const [name, value] of extras) headers[name] = value;
    return headers;
  });

/**
 * Credential-like JSON objects, written by hand so that keys such as __proto__ end up in the text as own keys
 * (an object literal or fc.record would set a prototype instead).
 */
const credentials = fc
  .array(
    fc.tuple(
      fc.constantFrom('username', 'password', 'refresh_token', '__proto__', 'constructor', 'x'),
      fc.oneof(
        fc.constantFrom('mock-client-id', 'mock-client-secret', 'wrong-secret'),
        text,
        fc.jsonValue(),
      ),
    ),
    { maxLength: 4 },
  )
  .map(
    (entries) =>
      `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`).join(',')}}`,
  );

/** Bodies: JSON of every shape, near-valid credentials, broken JSON, bytes, and bodies over the limit. */
export const bodyArb: fc.Arbitrary<Buffer | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')) },
  { weight: 3, arbitrary: credentials.map((v) => Buffer.from(v)) },
  {
    weight: 2,
    arbitrary: fc
      .string({ unit: 'grapheme', maxLength: 60 })
      .map((v) => Buffer.from(v.length > 0 ? v : '{')),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((v) => Buffer.from(v)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 20_000 }).map((depth) => Buffer.from('['.repeat(depth))),
  },
  {
    weight: 1,
    arbitrary: huge(60_000, 300_000).map((v) =>
      Buffer.from(JSON.stringify({ username: v, password: 'x' })),
    ),
  },
);

const int = (min: number, max: number) => fc.integer({ min, max }).map(String);
const sessionId = fc.oneof(
  int(1, 48),
  fc.constant('2862'),
  int(49, 100_000),
  int(-5, 0),
  oddStrings,
);

/** list/search parameters: the two required ones in most requests, then optional filters. */
function listQuery(search: boolean): fc.Arbitrary<[string, string][]> {
  const required = fc.tuple(
    fc.oneof({ weight: 5, arbitrary: int(1, 200) }, int(-1, 0), oddStrings),
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom('9', '1') }, fc.constantFrom('2', '', 'x')),
  );
  const optional = fc.array(
    fc.oneof(
      fc.tuple(fc.constant('user_no'), fc.constantFrom('1000', '1001', '1002', 'api', '', '9999')),
      fc.tuple(fc.constant('collection'), fc.constantFrom('all', 'campaign', 'x')),
      fc.tuple(fc.constant('first_msg_id'), fc.oneof(int(0, 3_000_000), oddStrings)),
      fc.tuple(fc.constantFrom('is_archived', 'is_closed', 'is_pickup'), int(-1, 3)),
      fc.tuple(fc.constant('search_value'), search ? text : fc.constant('a')),
    ),
    { maxLength: 5 },
  );
  return fc
    .tuple(fc.option(required, { freq: 6 }), optional)
    .map(([base, rest]): [string, string][] => [
      ...(base
        ? ([
            ['page_size', base[0]],
            ['user_type', base[1]],
          ] as [string, string][])
        : []),
      ...rest,
    ]);
}

/** Parameters each GET endpoint reads, mostly valid, sometimes not. */
const plausibleQuery: Readonly<Record<string, fc.Arbitrary<[string, string][]>>> = {
  'message_session/get': sessionId.map((id) => [['id', id]]),
  'message_session/query': fc
    .array(sessionId, { minLength: 1, maxLength: 6 })
    .map((ids) => [['ids', ids.join(',')]]),
  'message_session/list': listQuery(false),
  'message_session/search': listQuery(true),
  'message/get': fc
    .tuple(
      sessionId,
      fc.oneof({ weight: 4, arbitrary: int(1, 1000) }, int(-1, 0), int(1001, 5000), oddStrings),
      fc.option(fc.oneof(int(0, 3_000_000), oddStrings), { freq: 2 }),
    )
    .map(([id, size, cursor]): [string, string][] => [
      ['id', id],
      ['page_size', size],
      ...(cursor === null ? [] : ([['last_msg_id', cursor]] as [string, string][])),
    ]),
  'message/query': fc
    .tuple(fc.array(sessionId, { minLength: 1, maxLength: 6 }), int(0, 1001))
    .map(([ids, size]) => [
      ['ids', ids.join(',')],
      ['page_size', size],
    ]),
  'message_channel/get': fc.oneof(int(0, 7), oddStrings).map((id) => [['id', id]]),
  'message_channel/query': fc
    .array(fc.oneof(int(0, 7), oddStrings), { minLength: 1, maxLength: 6 })
    .map((ids) => [['ids', ids.join(',')]]),
};

const plausibleBody = (name: string): fc.Arbitrary<Buffer | undefined> => {
  if (name === 'get_token') {
    return fc
      .record({
        username: fc.oneof(fc.constant('mock-client-id'), text),
        password: fc.oneof(fc.constantFrom('mock-client-secret', 'wrong-secret'), text),
      })
      .map((body) => Buffer.from(JSON.stringify(body)));
  }
  if (name === 'refresh_token') {
    return fc
      .record({ refresh_token: fc.oneof(text, fc.constant('R'.repeat(32))) })
      .map((body) => Buffer.from(JSON.stringify(body)));
  }
  return fc.constant(undefined);
};

/** A request a real client could send to a real endpoint, with a mutation or two. */
const plausibleRequest: fc.Arbitrary<FuzzRequest> = fc
  .constantFrom(...endpointNames)
  .chain((name) => {
    const endpoint = deviceEndpoint(name);
    const method = endpoint?.method ?? 'GET';
    return fc.record({
      method: fc.oneof({ weight: 9, arbitrary: fc.constant(method) }, fc.constantFrom(...METHODS)),
      path: fc.constant(`${API_PREFIX}${name}`),
      query: fc
        .tuple(
          plausibleQuery[name] ?? fc.constant([]),
          fc.array(fc.tuple(paramNames, text), { maxLength: 2 }),
        )
        .map(([params, extra]) => [...params, ...extra]),
      token: fc.oneof(
        { weight: 6, arbitrary: fc.constant<TokenChoice>('live') },
        fc.constantFrom<TokenChoice>('junk', 'missing', 'repeated'),
      ),
      headers: headerArb,
      body: fc.oneof({ weight: 4, arbitrary: plausibleBody(name) }, bodyArb),
    });
  });

/** A request from anywhere: any path, any parameters, any body. */
const wildRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('GET', 'POST') },
    { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
  ),
  path: pathArb,
  query: queryArb,
  token: fc.constantFrom<TokenChoice>('live', 'live', 'junk', 'missing', 'repeated', 'empty'),
  headers: headerArb,
  body: bodyArb,
});

/** A whole generated request: two plausible ones for each wild one. */
export const requestArb: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { weight: 2, arbitrary: plausibleRequest },
  { weight: 1, arbitrary: wildRequest },
);
