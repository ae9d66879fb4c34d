/**
 * The control API as one table: each route under /__mock/ is one entry with its method, what it reads (a
 * JSON body or query parameters, with their schemas), its success status and answer schema, and its handler.
 * The router (router.ts) registers the entries and answers 405 naming the methods a path takes from them; the
 * OpenAPI document (openapi/openapi-control.ts) describes them. Adding a route: one entry here.
 */
import type { Request, Response } from 'express';
import type { SchemaTitle } from '../../schemas/validators.js';
import { checkControl } from '../core/control-validate.js';
import { streamJson } from '../core/json-stream.js';
import { MockProblem } from '../core/mock-problem.js';
import { parseQuery } from '../core/query.js';
import type { Journal } from '../scenarios/journal.js';
import type { RuleBook } from '../scenarios/rules.js';
import type { MockClock } from '../state/clock.js';
import type { ControlAccess } from '../core/control-access.js';
import { applyClockRequest, clockState } from './clock-control.js';
import type { SessionHistories } from '../state/session-history.js';
import { historyView, putHistory, removeHistory } from './history-control.js';
import type { SessionEditor } from './session-editor.js';
import { sessionId } from './session-editor.js';

/** What the control API drives. */
export interface ControlDeps {
  readonly access: ControlAccess;
  readonly rules: RuleBook;
  readonly journal: Journal;
  readonly editor: SessionEditor;
  /** Sessions' histories and the shapes put on them. */
  readonly histories: SessionHistories;
  readonly clock: MockClock;
  /** POST /__mock/reset: the seeded state, no tokens, no rules, an empty journal, real time. */
  reset(): void;
  /** The OpenAPI document of the mock. */
  openapi(): unknown;
}

/** One control route and method. */
export interface ControlRoute {
  /** Express path syntax: `:id` for the one path parameter. */
  readonly path: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI operation id, without the `mock` prefix. */
  readonly id: string;
  readonly summary: string;
  /** What the path's `:id` names, for the OpenAPI document. */
  readonly idMeans?: string;
  /** The JSON body it reads (parsed before the handler; the handler checks it). */
  readonly body?: SchemaTitle;
  /** Whether the body may be left out. */
  readonly bodyOptional?: boolean;
  /** The query parameters it reads. */
  readonly query?: SchemaTitle;
  /** Status and schema of the success answer (no schema: an empty or free-form answer). */
  readonly ok: readonly [status: number, schema: SchemaTitle | undefined];
  handle(req: Request, res: Response, deps: ControlDeps): void | Promise<void>;
}

function param(req: Request, name: string): string | undefined {
  const value = (req.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function searchOf(req: Request): string {
  const mark = req.originalUrl.indexOf('?');
  return mark < 0 ? '' : req.originalUrl.slice(mark + 1);
}

function ruleNotFound(id: string): MockProblem {
  return new MockProblem(
    'PBX_MOCK_NOT_FOUND',
    `No rule ${JSON.stringify(id)}; GET /__mock/rules lists them.`,
  );
}

function journalFilter(req: Request) {
  const query = checkControl('ControlJournalQuery', parseQuery(searchOf(req)), 'query');
  return {
    path: query.path,
    method: query.method,
    errcode: query.errcode === undefined ? undefined : Number(query.errcode),
    rule: query.rule,
    limit: query.limit === undefined ? undefined : Number(query.limit),
  };
}

const RULE_ID = 'The rule id.';
const SESSION_ID = 'The session id.';

/** Every control route, in the order the OpenAPI document lists them. */
export const CONTROL_ROUTES: readonly ControlRoute[] = [
  {
    path: '/__mock/rules',
    method: 'GET',
    id: 'listRules',
    summary: 'Every rule with its seen/hit counters, in the order they are tried.',
    ok: [200, 'ControlRuleList'],
    // listings stream: a store at its byte budget lists larger than one string may be
    handle: (_req, res, { rules }) =>
      streamJson(res, 200, ['{"rules":', { items: rules.states() }, '}']),
  },
  {
    path: '/__mock/rules',
    method: 'POST',
    id: 'addRule',
    summary:
      'Add a rule (errcode, session or fault answer; delay; once, N times or until removed).',
    body: 'ControlRule',
    ok: [201, 'ControlRuleState'],
    handle: (req, res, { rules }) => {
      res.status(201).json(rules.add(req.body));
    },
  },
  {
    path: '/__mock/rules/:id',
    method: 'GET',
    id: 'getRule',
    summary: 'One rule with its counters.',
    idMeans: RULE_ID,
    ok: [200, 'ControlRuleState'],
    handle: (req, res, { rules }) => {
      const id = param(req, 'id') ?? '';
      const state = rules.get(id);
      if (!state) throw ruleNotFound(id);
      res.json(state);
    },
  },
  {
    path: '/__mock/rules/:id',
    method: 'DELETE',
    id: 'removeRule',
    summary: 'Remove a rule.',
    idMeans: RULE_ID,
    ok: [204, undefined],
    handle: (req, res, { rules }) => {
      const id = param(req, 'id') ?? '';
      if (!rules.remove(id)) throw ruleNotFound(id);
      res.status(204).end();
    },
  },
  {
    path: '/__mock/reset',
    method: 'POST',
    id: 'reset',
    summary: 'Back to the seeded state: sessions, tokens, clock, rules and journal.',
    body: 'ControlResetRequest',
    bodyOptional: true,
    ok: [200, undefined],
    handle: (req, res, deps) => {
      checkControl('ControlResetRequest', req.body ?? {}, 'body');
      deps.reset();
      res.json({ reset: ['sessions', 'histories', 'tokens', 'clock', 'rules', 'journal'] });
    },
  },
  {
    path: '/__mock/clock',
    method: 'GET',
    id: 'getClock',
    summary: "The mock's time and its offset from real time.",
    ok: [200, 'ControlClockState'],
    handle: (_req, res, { clock }) => {
      res.json(clockState(clock));
    },
  },
  {
    path: '/__mock/clock',
    method: 'POST',
    id: 'setClock',
    summary: 'Advance the test clock ({"advance":"31m"}) or return to real time ({"reset":true}).',
    body: 'ControlClockRequest',
    ok: [200, 'ControlClockState'],
    handle: (req, res, { clock }) => {
      res.json(applyClockRequest(clock, req.body));
    },
  },
  {
    path: '/__mock/sessions',
    method: 'GET',
    id: 'listSessionChanges',
    summary: 'The seeded set and every session changed since reset.',
    ok: [200, 'ControlSessionList'],
    handle: (_req, res, { editor }) => streamJson(res, 200, editor.listParts()),
  },
  {
    path: '/__mock/sessions',
    method: 'POST',
    id: 'addSession',
    summary: 'Add a session (id assigned when absent).',
    body: 'ControlSessionCreate',
    ok: [201, 'ControlSessionView'],
    handle: (req, res, { editor }) => {
      res.status(201).json(editor.add(req.body));
    },
  },
  {
    path: '/__mock/sessions/:id',
    method: 'GET',
    id: 'getStoredSession',
    summary: 'A stored session with its list-only state.',
    idMeans: SESSION_ID,
    ok: [200, 'ControlSessionView'],
    handle: (req, res, { editor }) => {
      const id = sessionId(param(req, 'id'));
      const view = editor.view(id);
      if (!view) throw new MockProblem('PBX_MOCK_NOT_FOUND', `Session ${id} does not exist.`);
      res.json(view);
    },
  },
  {
    path: '/__mock/sessions/:id',
    method: 'POST',
    id: 'putSession',
    summary: 'Put a session in place of this id.',
    idMeans: SESSION_ID,
    body: 'ControlSessionCreate',
    ok: [200, 'ControlSessionView'],
    handle: (req, res, { editor }) => {
      res.json(editor.add(req.body, sessionId(param(req, 'id'))));
    },
  },
  {
    path: '/__mock/sessions/:id',
    method: 'PATCH',
    id: 'changeSession',
    summary: 'Close, archive or take over a session, or change its fields.',
    idMeans: SESSION_ID,
    body: 'ControlSessionPatch',
    ok: [200, 'ControlSessionView'],
    handle: (req, res, { editor }) => {
      res.json(editor.patch(sessionId(param(req, 'id')), req.body));
    },
  },
  {
    path: '/__mock/sessions/:id',
    method: 'DELETE',
    id: 'removeSession',
    summary: 'Remove a session until reset.',
    idMeans: SESSION_ID,
    ok: [204, undefined],
    handle: (req, res, { editor }) => {
      editor.remove(sessionId(param(req, 'id')));
      res.status(204).end();
    },
  },
  {
    path: '/__mock/sessions/:id/history',
    method: 'GET',
    id: 'getSessionHistory',
    summary: "A session's history: its shape (null when generated), last_msg_id and message count.",
    idMeans: SESSION_ID,
    ok: [200, 'ControlHistoryView'],
    handle: (req, res, { histories, editor }) => {
      res.json(historyView(histories, editor, sessionId(param(req, 'id'))));
    },
  },
  {
    path: '/__mock/sessions/:id/history',
    method: 'PUT',
    id: 'putSessionHistory',
    summary:
      'Put a session\'s history into a shape ({"name":"long"}: 500 messages; or count and newest messages).',
    idMeans: SESSION_ID,
    body: 'ControlHistoryShape',
    ok: [200, 'ControlHistoryView'],
    handle: (req, res, { histories, editor }) => {
      res.json(putHistory(histories, editor, sessionId(param(req, 'id')), req.body));
    },
  },
  {
    path: '/__mock/sessions/:id/history',
    method: 'DELETE',
    id: 'removeSessionHistory',
    summary:
      'Give a session its generated history back (and the last_msg_id it had before the shape).',
    idMeans: SESSION_ID,
    ok: [200, 'ControlHistoryView'],
    handle: (req, res, { histories, editor }) => {
      res.json(removeHistory(histories, editor, sessionId(param(req, 'id'))));
    },
  },
  {
    path: '/__mock/journal',
    method: 'GET',
    id: 'getJournal',
    summary: 'The last requests (access_token masked) and counts per endpoint.',
    query: 'ControlJournalQuery',
    ok: [200, 'ControlJournal'],
    handle: (req, res, { journal }) =>
      streamJson(res, 200, journal.snapshotParts(journalFilter(req))),
  },
  {
    path: '/__mock/journal',
    method: 'DELETE',
    id: 'clearJournal',
    summary: 'Forget every entry and counter.',
    ok: [204, undefined],
    handle: (_req, res, { journal }) => {
      journal.clear();
      res.status(204).end();
    },
  },
  {
    path: '/__mock/openapi.json',
    method: 'GET',
    id: 'getOpenApi',
    summary: 'This document.',
    ok: [200, undefined],
    handle: (_req, res, deps) => {
      res.json(deps.openapi());
    },
  },
];

/** The methods each control path takes, in the table's order. */
export function methodsByPath(): ReadonlyMap<string, readonly string[]> {
  const paths = new Map<string, string[]>();
  for (const route of CONTROL_ROUTES) {
    const methods = paths.get(route.path) ?? [];
    methods.push(route.method);
    paths.set(route.path, methods);
  }
  return paths;
}
