/**
 * The device part of the OpenAPI document, built from the device table (schemas/device-endpoints.ts): one
 * operation per entry, its parameters and body from the schemas the entry names, and the errcodes it answers
 * with (always HTTP 200): the entry's own and those every endpoint shares.
 */
import { API_PREFIX, DEVICE_ENDPOINTS } from '../../schemas/device-endpoints.js';
import type { DeviceEndpointSpec } from '../../schemas/device-endpoints.js';
import { Errcode } from '../../schemas/error-catalogue.js';
import type { CatalogueEntry } from '../../schemas/error-catalogue.js';
import { FORCE_QUERY_PARAM } from '../scenarios/forced-errcode.js';
import { UPLOAD_PATH_PREFIX } from '../device/upload-endpoints.js';
import type { Json } from './openapi-schemas.js';
import { componentRef, queryParameters } from './openapi-schemas.js';

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

function operation(
  endpoint: DeviceEndpointSpec,
  catalogue: ReadonlyMap<number, CatalogueEntry>,
): Json {
  const rows: (readonly [number, string])[] = [...endpoint.errcodes];
  if (endpoint.auth)
    rows.push([Errcode.TOKEN_EXPIRED, 'access_token is missing, expired, revoked or unknown']);
  const multipart = endpoint.bodyType === 'multipart';
  if (endpoint.method === 'POST' && !multipart)
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
  if (endpoint.params) parameters.push(...queryParameters(endpoint.params, ['access_token']));
  parameters.push(
    { $ref: '#/components/parameters/ForcedErrcode' },
    { $ref: '#/components/parameters/PreferErrcode' },
  );
  return {
    operationId: operationId(endpoint.name),
    summary: endpoint.summary,
    tags: ['device'],
    ...(endpoint.auth ? { security: [{ accessToken: [] }] } : {}),
    parameters,
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: {
              [multipart ? 'multipart/form-data' : 'application/json']: {
                schema: componentRef(endpoint.body),
              },
            },
          },
        }
      : {}),
    responses: {
      '200': {
        description: describeErrcodes(table),
        content: {
          'application/json': {
            schema: { oneOf: [componentRef(endpoint.answer), componentRef('ErrorAnswer')] },
          },
        },
      },
    },
    'x-pbx-errcodes': table,
    'x-pbx-mutating': endpoint.mutates,
  };
}

/** GET of a file message/batchupload kept: the uri its File_Info gives (decisions/009). */
function uploadedFileOperation(catalogue: ReadonlyMap<number, CatalogueEntry>): Json {
  const table = errcodeTable(
    [
      [Errcode.TOKEN_EXPIRED, 'access_token is missing, expired, revoked or unknown (by default)'],
      [Errcode.DATA_NOT_FOUND, 'no kept file has this id (never uploaded, or removed by a reset)'],
      [Errcode.INTERFACE_NOT_EXISTED, 'a method other than GET or HEAD'],
    ],
    catalogue,
  );
  return {
    operationId: 'uploadedFile',
    summary: "Mock only: the bytes of a file message/batchupload kept, at its File_Info's uri.",
    description:
      "OPEN: the form of a device's uri and whether it needs the token. The mock asks for a live access_token unless built with uploads.downloadNeedsToken false; no User-Agent is required.",
    tags: ['device'],
    security: [{ accessToken: [] }, {}],
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
      {
        name: 'name',
        in: 'path',
        required: true,
        description: 'The file name, URL-encoded; only the id is read.',
        schema: { type: 'string' },
      },
    ],
    responses: {
      '200': {
        description: `The file, with the Content-Type its upload gave, Content-Disposition attachment and X-Content-Type-Options nosniff; or an error envelope (HTTP 200):\n\n${describeErrcodes(table)}`,
        content: {
          'application/octet-stream': { schema: { type: 'string', contentMediaType: '*/*' } },
          'application/json': { schema: componentRef('ErrorAnswer') },
        },
      },
    },
    'x-pbx-errcodes': table,
    'x-pbx-mutating': false,
  };
}

/** The paths of every device endpoint, and where uploaded files are served. */
export function devicePaths(catalogue: ReadonlyMap<number, CatalogueEntry>): Json {
  const paths: Json = {};
  for (const endpoint of DEVICE_ENDPOINTS) {
    paths[`${API_PREFIX}${endpoint.name}`] = {
      [endpoint.method.toLowerCase()]: operation(endpoint, catalogue),
    };
  }
  paths[`${UPLOAD_PATH_PREFIX}{id}/{name}`] = { get: uploadedFileOperation(catalogue) };
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
