/**
 * The control API under /__mock/, for tests and scripts in any language: rules, reset, the test clock,
 * the session store, the journal and the OpenAPI document. Every request is checked against its schema;
 * misuse gets problem+json (4xx) naming the field, never HTTP 200, so it cannot pass for a device answer.
 */
import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { MockClock } from '../state/clock.js';
import type { Journal } from '../scenarios/journal.js';
import { MockProblem, sendProblem } from '../core/mock-problem.js';
import { streamJson } from '../core/json-stream.js';
import { parseQuery } from '../core/query.js';
import { StoreFull } from '../state/store-budget.js';
import type { RuleBook } from '../scenarios/rules.js';
import type { ControlAccess } from '../core/control-access.js';
import { CONTROL_TOKEN_HEADER, tokenMatches } from '../core/control-access.js';
import { applyClockRequest, clockState } from './clock-control.js';
import { crossSiteRefusal } from './cross-site.js';
import type { SessionEditor } from './session-editor.js';
import { sessionId } from './session-editor.js';
import { badControlRequest, checkControl } from '../core/control-validate.js';

/** What the control API drives. */
export interface ControlDeps {
  readonly access: ControlAccess;
  readonly rules: RuleBook;
  readonly journal: Journal;
  readonly editor: SessionEditor;
  readonly clock: MockClock;
  /** POST /__mock/reset: the seeded state, no tokens, no rules, an empty journal, real time. */
  reset(): void;
  /** The OpenAPI document of the mock. */
  openapi(): unknown;
}

/** Every control route and its methods (405 for another method, 404 for another path). */
export const CONTROL_ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/__mock/rules': ['GET', 'POST'],
  '/__mock/rules/:id': ['GET', 'DELETE'],
  '/__mock/reset': ['POST'],
  '/__mock/clock': ['GET', 'POST'],
  '/__mock/sessions': ['GET', 'POST'],
  '/__mock/sessions/:id': ['GET', 'POST', 'PATCH', 'DELETE'],
  '/__mock/journal': ['GET', 'DELETE'],
  '/__mock/openapi.json': ['GET'],
};

function searchOf(req: Request): string {
  const mark = req.originalUrl.indexOf('?');
  return mark < 0 ? '' : req.originalUrl.slice(mark + 1);
}

function param(req: Request, name: string): string | undefined {
  const value = (req.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function ruleNotFound(id: string): MockProblem {
  return new MockProblem(
    'PBX_MOCK_NOT_FOUND',
    `No rule ${JSON.stringify(id)}; GET /__mock/rules lists them.`,
  );
}

/** The 409 a control request gets from a full store: which one, its budget, and what to do. */
export function storeFullProblem(error: StoreFull): MockProblem {
  return new MockProblem(
    'PBX_MOCK_STORE_FULL',
    `The ${error.store} store holds ${error.used} of its ${error.budget} bytes and this needs ${error.needed} more. Remove some (DELETE), reset (POST /__mock/reset), or start the mock with a larger budget (--budget ${error.store}=SIZE).`,
    { store: error.store, budget_bytes: error.budget, used_bytes: error.used },
  );
}

function guard(access: ControlAccess): RequestHandler {
  return (req, _res, next) => {
    const crossSite = crossSiteRefusal(req, access.bindHost, access.token !== undefined);
    if (crossSite) return next(crossSite);
    if (
      access.token !== undefined &&
      !tokenMatches(access.token, req.headers[CONTROL_TOKEN_HEADER])
    ) {
      return next(
        new MockProblem(
          'PBX_MOCK_UNAUTHORIZED',
          `Send the control token (--control-token / PBX_MOCK_CONTROL_TOKEN) in the ${CONTROL_TOKEN_HEADER} header.`,
        ),
      );
    }
    next();
  };
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

function unmatched(req: Request, _res: Response, next: (error?: unknown) => void): void {
  const path = req.path.replace(/\/+$/, '') || '/';
  for (const [route, methods] of Object.entries(CONTROL_ROUTES)) {
    const pattern = new RegExp(`^${route.replace(':id', '[^/]+').replaceAll('.', '\\.')}$`);
    if (pattern.test(path)) {
      return next(
        new MockProblem(
          'PBX_MOCK_METHOD_NOT_ALLOWED',
          `${route} takes ${methods.join(', ')}, not ${req.method}.`,
          { allowed: methods },
        ),
      );
    }
  }
  next(
    new MockProblem(
      'PBX_MOCK_NOT_FOUND',
      `${path} is not a control route. Routes: ${Object.keys(CONTROL_ROUTES).join(', ')}.`,
    ),
  );
}

const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  if (res.headersSent) return;
  if (error instanceof MockProblem) return sendProblem(res, error);
  if (error instanceof StoreFull) return sendProblem(res, storeFullProblem(error));
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    return sendProblem(
      res,
      new MockProblem('PBX_MOCK_BODY_TOO_LARGE', 'The body is over 1 MB; send a smaller one.', {
        field: 'body',
      }),
    );
  }
  // the router's own client errors carry status 400: a path id whose percent-encoding does not decode
  if (error instanceof URIError) {
    return sendProblem(
      res,
      badControlRequest([{ field: 'id', message: 'is not valid percent-encoding' }], 'id'),
    );
  }
  const status = (error as { status?: unknown } | null)?.status;
  // body-parser's failures, and a compressed body that does not decompress (zlib's error, status 400, no type)
  if (
    (typeof type === 'string' && /^(entity|encoding|charset|request)\./.test(type)) ||
    (typeof status === 'number' && status >= 400 && status < 500)
  ) {
    return sendProblem(
      res,
      badControlRequest([{ field: 'body', message: 'is not valid JSON' }], 'body'),
    );
  }
  // the mock itself broke: its own code, never one that blames the request
  sendProblem(
    res,
    new MockProblem(
      'PBX_MOCK_INTERNAL',
      `The control request failed inside the mock, a defect of pbx-mock: ${String(error)}`,
    ),
  );
};

/** The /__mock/* handler (the dispatcher hands it every request under that prefix when control is on). */
export function createControlRouter(deps: ControlDeps): RequestHandler {
  const { rules, journal, editor, clock } = deps;
  const json = express.json({ type: () => true, limit: '1mb', strict: false });
  const router = express.Router();
  router.use(guard(deps.access));

  // listings stream: a store at its byte budget lists larger than one string may be
  router.get('/__mock/rules', (_req, res) =>
    streamJson(res, 200, ['{"rules":', { items: rules.states() }, '}']),
  );
  router.post('/__mock/rules', json, (req, res) => {
    res.status(201).json(rules.add(req.body));
  });
  router.get('/__mock/rules/:id', (req, res) => {
    const id = param(req, 'id') ?? '';
    const state = rules.get(id);
    if (!state) throw ruleNotFound(id);
    res.json(state);
  });
  router.delete('/__mock/rules/:id', (req, res) => {
    const id = param(req, 'id') ?? '';
    if (!rules.remove(id)) throw ruleNotFound(id);
    res.status(204).end();
  });

  router.post('/__mock/reset', json, (req, res) => {
    checkControl('ControlResetRequest', req.body ?? {}, 'body');
    deps.reset();
    res.json({ reset: ['sessions', 'tokens', 'clock', 'rules', 'journal'] });
  });

  router.get('/__mock/clock', (_req, res) => {
    res.json(clockState(clock));
  });
  router.post('/__mock/clock', json, (req, res) => {
    res.json(applyClockRequest(clock, req.body));
  });

  router.get('/__mock/sessions', (_req, res) => streamJson(res, 200, editor.listParts()));
  router.post('/__mock/sessions', json, (req, res) => {
    res.status(201).json(editor.add(req.body));
  });
  router.get('/__mock/sessions/:id', (req, res) => {
    const id = sessionId(param(req, 'id'));
    const view = editor.view(id);
    if (!view) {
      throw new MockProblem('PBX_MOCK_NOT_FOUND', `Session ${id} does not exist.`);
    }
    res.json(view);
  });
  router.post('/__mock/sessions/:id', json, (req, res) => {
    res.json(editor.add(req.body, sessionId(param(req, 'id'))));
  });
  router.patch('/__mock/sessions/:id', json, (req, res) => {
    res.json(editor.patch(sessionId(param(req, 'id')), req.body));
  });
  router.delete('/__mock/sessions/:id', (req, res) => {
    editor.remove(sessionId(param(req, 'id')));
    res.status(204).end();
  });

  router.get('/__mock/journal', (req, res) =>
    streamJson(res, 200, journal.snapshotParts(journalFilter(req))),
  );
  router.delete('/__mock/journal', (_req, res) => {
    journal.clear();
    res.status(204).end();
  });

  router.get('/__mock/openapi.json', (_req, res) => {
    res.json(deps.openapi());
  });

  router.use(unmatched);
  router.use(onError);
  return router;
}
