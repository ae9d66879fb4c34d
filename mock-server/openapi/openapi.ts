/**
 * The mock's OpenAPI 3.1 document, built from the JSON Schemas (embedded as components, never written twice),
 * the endpoint table and the error catalogue. Served at GET /__mock/openapi.json and written to
 * openapi/pbx-openapi.json by `npm run gen:openapi` (drift-checked by `npm run gen:check`).
 */
import { ERROR_CATALOGUE } from '../../schemas/error-catalogue.js';
import type { CatalogueEntry } from '../../schemas/error-catalogue.js';
import { CONTROL_TOKEN_HEADER } from '../core/control-access.js';
import { DEVICE_PARAMETERS, devicePaths } from './openapi-device.js';
import { MOCK_PROBLEM_RESPONSE, controlPaths } from './openapi-control.js';
import type { Json } from './openapi-schemas.js';
import { componentSchemas } from './openapi-schemas.js';

/** An OpenAPI document as a plain JSON object. */
export type OpenApiDocument = Json;

/** What varies between mocks. */
export interface OpenApiOptions {
  /** The catalogue the mock answers from (default: the documented table). */
  readonly catalogue?: ReadonlyMap<number, CatalogueEntry>;
}

const DESCRIPTION = [
  "The HTTP API of a Yeastar P-Series PBX (`/openapi/v1.0/`) as pbx-mock-kit serves it, plus the mock's",
  'control API (`/__mock/`). Device answers are always HTTP 200 with `errcode` and `errmsg`; errcode 0 is',
  'success. The access token travels only in the `access_token` query parameter. Control-API misuse answers',
  'application/problem+json (4xx). `x-pbx-error-catalogue` lists every errcode the mock knows.',
].join(' ');

/** Builds the document. */
export function buildOpenApi(options: OpenApiOptions = {}): OpenApiDocument {
  const catalogue =
    options.catalogue ?? new Map(ERROR_CATALOGUE.map((entry) => [entry.errcode, entry]));
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Yeastar P-Series PBX OpenAPI (pbx-mock-kit)',
      version: '1.0',
      description: DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '{scheme}://{host}:{port}',
        description: 'A device (HTTPS on 8088 by default) or the mock (http://127.0.0.1:8088).',
        variables: {
          scheme: { enum: ['https', 'http'], default: 'http' },
          host: { default: '127.0.0.1' },
          port: { default: '8088' },
        },
      },
    ],
    tags: [
      { name: 'device', description: 'What the PBX serves under /openapi/v1.0/.' },
      { name: 'control', description: 'Mock only: rules, faults, clock, sessions, journal.' },
    ],
    paths: { ...devicePaths(catalogue), ...controlPaths() },
    components: {
      schemas: componentSchemas(),
      // copies: tools that dereference a document in place must not reach the shared constants
      parameters: structuredClone(DEVICE_PARAMETERS),
      responses: { MockProblem: structuredClone(MOCK_PROBLEM_RESPONSE) },
      securitySchemes: {
        accessToken: {
          type: 'apiKey',
          in: 'query',
          name: 'access_token',
          description: 'From get_token; 30 minutes. Missing, expired or revoked: errcode 10004.',
        },
        controlToken: {
          type: 'apiKey',
          in: 'header',
          name: CONTROL_TOKEN_HEADER,
          description: 'Mock only: required when the mock was started with a control token.',
        },
      },
    },
    'x-pbx-error-catalogue': [...catalogue.values()]
      .sort((a, b) => a.errcode - b.errcode)
      .map(({ errcode, errmsg, meaning }) => ({ errcode, errmsg, meaning })),
  };
}
