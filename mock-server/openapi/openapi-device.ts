/**
 * The device part of the OpenAPI document: one operation per endpoint the mock serves under /openapi/v1.0/,
 * its parameters and bodies taken from the schemas, and the errcodes it answers with (always HTTP 200).
 */
import { Errcode } from '../../schemas/error-catalogue.js';
import type { CatalogueEntry } from '../../schemas/error-catalogue.js';
import type { SchemaTitle } from '../../schemas/validators.js';
import { API_PREFIX, ENDPOINTS } from '../device/endpoints.js';
import { FORCE_QUERY_PARAM } from '../scenarios/forced-errcode.js';
import type { Json } from './openapi-schemas.js';
import { componentRef, queryParameters } from './openapi-schemas.js';

/** How the document describes one endpoint. */
interface DeviceOperation {
  readonly summary: string;
  /** GET: the schema of its query parameters. */
  readonly params?: SchemaTitle;
  /** POST: the schema of its JSON body. */
  readonly body?: SchemaTitle;
  /** The success answer. */
  readonly answer: SchemaTitle;
  /** Errcodes the endpoint itself answers, with when. */
  readonly errcodes: readonly (readonly [number, string])[];
}

const PARAMETER_ERROR = [
  Errcode.PARAMETER_ERROR,
  'a parameter is missing or invalid (invalid_param_list names it)',
] as const;

/** Every endpoint of ENDPOINTS, described; a test fails when one is missing. */
export const DEVICE_OPERATIONS: Readonly<Record<string, DeviceOperation>> = {
  get_token: {
    summary: 'Get an access token (30 min) and a refresh token (24 h) for an API client.',
    body: 'GetTokenRequest',
    answer: 'GetTokenAnswer',
    errcodes: [
      [Errcode.FAILURE, 'wrong client id or secret'],
      [Errcode.ACCOUNT_IP_BLOCKED, 'too many failed logins from this address (OPEN: after 5)'],
      [
        Errcode.MAX_LIMITATION_EXCEEDED,
        'the client already holds 8 live access tokens (OPEN errcode)',
      ],
      PARAMETER_ERROR,
    ],
  },
  refresh_token: {
    summary: 'Trade a refresh token for a new access token and a new refresh token.',
    body: 'RefreshTokenRequest',
    answer: 'RefreshTokenAnswer',
    errcodes: [
      [Errcode.TOKEN_EXPIRED, 'the refresh token is expired, used or unknown'],
      PARAMETER_ERROR,
    ],
  },
  del_token: {
    summary: 'Revoke the access token the call carries (and its refresh token).',
    params: 'DelTokenParams',
    answer: 'DelTokenAnswer',
    errcodes: [],
  },
  'message_session/get': {
    summary: 'One message session by id (a single SessionInfo under list).',
    params: 'MessageSessionGetParams',
    answer: 'MessageSessionGetAnswer',
    errcodes: [[Errcode.DATA_NOT_FOUND, 'no session has this id (OPEN errcode)'], PARAMETER_ERROR],
  },
  'message_session/query': {
    summary: 'Several message sessions by id; unknown ids are left out (OPEN).',
    params: 'MessageSessionQueryParams',
    answer: 'MessageSessionQueryAnswer',
    errcodes: [PARAMETER_ERROR],
  },
  'message_session/list': {
    summary: 'One page of message sessions, newest first; first_msg_id pages on.',
    params: 'MessageSessionListParams',
    answer: 'MessageSessionListAnswer',
    errcodes: [PARAMETER_ERROR],
  },
  'message_session/search': {
    summary: 'Like list, restricted to sessions matching search_value.',
    params: 'MessageSessionSearchParams',
    answer: 'MessageSessionListAnswer',
    errcodes: [PARAMETER_ERROR],
  },
};

function operationId(name: string): string {
  return name.replace(/[/_](\w)/g, (_m, c: string) => c.toUpperCase());
}

function errcodeTable(
  rows: readonly (readonly [number, string])[],
  catalogue: ReadonlyMap<number, CatalogueEntry>,
): Json[] {
  return rows.map(([errcode, when]) => ({
    errcode,
    errmsg: catalogue.get(errcode)?.errmsg ?? 'FAILURE',
    when,
  }));
}

function describeErrcodes(rows: readonly Json[]): string {
  const lines = rows.map(
    (row) => `| ${String(row.errcode)} | ${String(row.errmsg)} | ${String(row.when)} |`,
  );
  return [
    'Always HTTP 200 (SEEN). errcode 0 with the payload, or an error answer:',
    '',
    '| errcode | errmsg | when |',
    '|---|---|---|',
    ...lines,
    '',
    `Any catalogue errcode can be forced on the mock with \`Prefer: errcode=N\` or \`?${FORCE_QUERY_PARAM}=N\`; \`Prefer: code=NNN\` (400 to 599) answers that HTTP status with an HTML page instead, as a proxy in front of a device would.`,
  ].join('\n');
}

function operation(name: string, catalogue: ReadonlyMap<number, CatalogueEntry>): Json {
  const endpoint = ENDPOINTS.get(name);
  const doc = DEVICE_OPERATIONS[name];
  if (!endpoint || !doc) throw new Error(`endpoint ${name} is not described in openapi-device.ts`);
  const rows: (readonly [number, string])[] = [...doc.errcodes];
  if (endpoint.auth)
    rows.push([Errcode.TOKEN_EXPIRED, 'access_token is missing, expired, revoked or unknown']);
  if (endpoint.method === 'POST')
    rows.push([Errcode.PARAMETER_SYNTAX_ERROR, 'the body is not JSON']);
  rows.push(
    [Errcode.PARAMETER_ERROR, 'no User-Agent header (SEEN)'],
    [Errcode.INTERFACE_NOT_EXISTED, 'another method on this path (SEEN)'],
    [Errcode.INTERNAL_SERVER_ERROR, 'the device failed'],
  );
  const seen = new Set<string>();
  const unique = rows.filter(
    ([code, when]) => !seen.has(`${code}${when}`) && seen.add(`${code}${when}`),
  );
  const table = errcodeTable(unique, catalogue);
  const parameters: Json[] = [{ $ref: '#/components/parameters/UserAgent' }];
  // access_token is the accessToken security scheme, not a parameter
  if (doc.params) parameters.push(...queryParameters(doc.params, ['access_token']));
  parameters.push(
    { $ref: '#/components/parameters/ForcedErrcode' },
    { $ref: '#/components/parameters/PreferErrcode' },
  );
  return {
    operationId: operationId(name),
    summary: doc.summary,
    tags: ['device'],
    ...(endpoint.auth ? { security: [{ accessToken: [] }] } : {}),
    parameters,
    ...(doc.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: componentRef(doc.body) } },
          },
        }
      : {}),
    responses: {
      '200': {
        description: describeErrcodes(table),
        content: {
          'application/json': {
            schema: { oneOf: [componentRef(doc.answer), componentRef('ErrorAnswer')] },
          },
        },
      },
    },
    'x-pbx-errcodes': table,
    'x-pbx-mutating': endpoint.mutating,
  };
}

/** The paths of every device endpoint. */
export function devicePaths(catalogue: ReadonlyMap<number, CatalogueEntry>): Json {
  const paths: Json = {};
  for (const [name, endpoint] of ENDPOINTS) {
    paths[`${API_PREFIX}${name}`] = { [endpoint.method.toLowerCase()]: operation(name, catalogue) };
  }
  return paths;
}

/** Parameters every device operation shares. */
export const DEVICE_PARAMETERS: Json = {
  UserAgent: {
    name: 'User-Agent',
    in: 'header',
    required: true,
    description: 'Required by the device (DOC); without it the answer is 40002 (SEEN).',
    schema: { type: 'string', example: 'OpenAPI' },
  },
  ForcedErrcode: {
    name: FORCE_QUERY_PARAM,
    in: 'query',
    required: false,
    description:
      'Mock only: answer this catalogue errcode instead (a malformed or unknown one: 400 problem+json).',
    schema: { type: 'string', pattern: '^-?[0-9]{1,9}$' },
  },
  PreferErrcode: {
    name: 'Prefer',
    in: 'header',
    required: false,
    description:
      'Mock only: errcode=N answers that catalogue errcode instead (HTTP 200); code=NNN (400 to 599) answers that HTTP status with an HTML page. Any other preference is a 400 problem+json, except those of RFC 7240 (return, respond-async, wait, handling), which are ignored.',
    schema: { type: 'string', example: 'errcode=60001' },
  },
};
