/**
 * The control part of the OpenAPI document: every /__mock/* route with its request and answer schemas and
 * its problem+json errors, from the control table (control/routes.ts) the router is built from.
 */
import { CONTROL_ROUTES } from '../control/routes.js';
import type { ControlRoute } from '../control/routes.js';
import { CONTROL_TOKEN_HEADER } from '../core/control-access.js';
import type { Json } from './openapi-schemas.js';
import { componentRef, queryParameters } from './openapi-schemas.js';

const ID_PARAMETER = (description: string): Json => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

function operation(op: ControlRoute): Json {
  const parameters: Json[] = [];
  if (op.idMeans !== undefined) parameters.push(ID_PARAMETER(op.idMeans));
  if (op.query) parameters.push(...queryParameters(op.query));
  const [status, answer] = op.ok;
  const okContent =
    answer !== undefined
      ? { content: { 'application/json': { schema: componentRef(answer) } } }
      : status === 204
        ? {}
        : { content: { 'application/json': { schema: { type: 'object' } } } };
  return {
    operationId: `mock${op.id.charAt(0).toUpperCase()}${op.id.slice(1)}`,
    summary: op.summary,
    tags: ['control'],
    security: [{}, { controlToken: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: op.bodyOptional !== true,
            content: { 'application/json': { schema: componentRef(op.body) } },
          },
        }
      : {}),
    responses: {
      [String(status)]: {
        description: status === 204 ? 'Done; no content.' : 'Done.',
        ...okContent,
      },
      '4XX': { $ref: '#/components/responses/MockProblem' },
    },
  };
}

/** The paths of the control API. */
export function controlPaths(): Json {
  const paths: Json = {};
  for (const route of CONTROL_ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = {
      ...(paths[path] as Json | undefined),
      [route.method.toLowerCase()]: operation(route),
    };
  }
  return paths;
}

/** The problem+json answer every control route may give. */
export const MOCK_PROBLEM_RESPONSE: Json = {
  description: `A misuse of the mock (malformed request naming the field, unknown route or rule, missing ${CONTROL_TOKEN_HEADER}, a cross-site request (403, 415), a store at its byte budget (409 PBX_MOCK_STORE_FULL)).`,
  content: { 'application/problem+json': { schema: componentRef('MockProblemDocument') } },
};
