/**
 * The control part of the OpenAPI document: every /__mock/* route with its request and answer schemas and
 * its problem+json errors. A test ties this table to the router's CONTROL_ROUTES.
 */
import type { SchemaTitle } from '../../schemas/validators.js';
import { CONTROL_TOKEN_HEADER } from '../core/control-access.js';
import type { Json } from './openapi-schemas.js';
import { componentRef, queryParameters } from './openapi-schemas.js';

interface ControlOperation {
  readonly id: string;
  readonly summary: string;
  readonly body?: SchemaTitle;
  readonly query?: SchemaTitle;
  /** Status and schema of the success answer (no schema: an empty answer). */
  readonly ok: readonly [number, SchemaTitle | undefined];
}

const ID_PARAMETER = (description: string): Json => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

/** Every control route (OpenAPI path syntax) and method, described. */
export const CONTROL_OPERATIONS: Readonly<
  Record<string, Readonly<Record<string, ControlOperation>>>
> = {
  '/__mock/rules': {
    get: {
      id: 'listRules',
      summary: 'Every rule with its seen/hit counters, in the order they are tried.',
      ok: [200, 'ControlRuleList'],
    },
    post: {
      id: 'addRule',
      summary:
        'Add a rule (errcode, session or fault answer; delay; once, N times or until removed).',
      body: 'ControlRule',
      ok: [201, 'ControlRuleState'],
    },
  },
  '/__mock/rules/{id}': {
    get: { id: 'getRule', summary: 'One rule with its counters.', ok: [200, 'ControlRuleState'] },
    delete: { id: 'removeRule', summary: 'Remove a rule.', ok: [204, undefined] },
  },
  '/__mock/reset': {
    post: {
      id: 'reset',
      summary: 'Back to the seeded state: sessions, tokens, clock, rules and journal.',
      body: 'ControlResetRequest',
      ok: [200, undefined],
    },
  },
  '/__mock/clock': {
    get: {
      id: 'getClock',
      summary: "The mock's time and its offset from real time.",
      ok: [200, 'ControlClockState'],
    },
    post: {
      id: 'setClock',
      summary:
        'Advance the test clock ({"advance":"31m"}) or return to real time ({"reset":true}).',
      body: 'ControlClockRequest',
      ok: [200, 'ControlClockState'],
    },
  },
  '/__mock/sessions': {
    get: {
      id: 'listSessionChanges',
      summary: 'The seeded set and every session changed since reset.',
      ok: [200, 'ControlSessionList'],
    },
    post: {
      id: 'addSession',
      summary: 'Add a session (id assigned when absent).',
      body: 'ControlSessionCreate',
      ok: [201, 'ControlSessionView'],
    },
  },
  '/__mock/sessions/{id}': {
    get: {
      id: 'getStoredSession',
      summary: 'A stored session with its list-only state.',
      ok: [200, 'ControlSessionView'],
    },
    post: {
      id: 'putSession',
      summary: 'Put a session in place of this id.',
      body: 'ControlSessionCreate',
      ok: [200, 'ControlSessionView'],
    },
    patch: {
      id: 'changeSession',
      summary: 'Close, archive or take over a session, or change its fields.',
      body: 'ControlSessionPatch',
      ok: [200, 'ControlSessionView'],
    },
    delete: { id: 'removeSession', summary: 'Remove a session until reset.', ok: [204, undefined] },
  },
  '/__mock/journal': {
    get: {
      id: 'getJournal',
      summary: 'The last requests (access_token masked) and counts per endpoint.',
      query: 'ControlJournalQuery',
      ok: [200, 'ControlJournal'],
    },
    delete: {
      id: 'clearJournal',
      summary: 'Forget every entry and counter.',
      ok: [204, undefined],
    },
  },
  '/__mock/openapi.json': {
    get: { id: 'getOpenApi', summary: 'This document.', ok: [200, undefined] },
  },
};

function operation(path: string, op: ControlOperation): Json {
  const parameters: Json[] = [];
  if (path.includes('{id}')) {
    parameters.push(
      ID_PARAMETER(path.startsWith('/__mock/rules') ? 'The rule id.' : 'The session id.'),
    );
  }
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
            required: op.body !== 'ControlResetRequest',
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
  for (const [path, methods] of Object.entries(CONTROL_OPERATIONS)) {
    paths[path] = Object.fromEntries(
      Object.entries(methods).map(([method, op]) => [method, operation(path, op)]),
    );
  }
  return paths;
}

/** The problem+json answer every control route may give. */
export const MOCK_PROBLEM_RESPONSE: Json = {
  description: `A misuse of the mock (malformed request naming the field, unknown route or rule, missing ${CONTROL_TOKEN_HEADER}, a cross-site request (403, 415), a store at its byte budget (409 PBX_MOCK_STORE_FULL)).`,
  content: { 'application/problem+json': { schema: componentRef('MockProblemDocument') } },
};
