/**
 * The control API under /__mock/, for tests and scripts in any language: rules, reset, the test clock,
 * the session store, the journal and the OpenAPI document. The routes are the table in routes.ts; this is
 * what they share: the guard (cross-site requests, the control token), the JSON body parser, 405 and 404
 * for what the table does not have, and the error handler. Every request is checked against its schema;
 * misuse gets problem+json (4xx) naming the field, never HTTP 200, so it cannot pass for a device answer.
 */
import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { ControlAccess } from '../core/control-access.js';
import { CONTROL_TOKEN_HEADER, tokenMatches } from '../core/control-access.js';
import { badControlRequest } from '../core/control-validate.js';
import { MockProblem, sendProblem } from '../core/mock-problem.js';
import { StoreFull } from '../state/store-budget.js';
import { crossSiteRefusal } from './cross-site.js';
import { CONTROL_ROUTES, methodsByPath } from './routes.js';
import type { ControlDeps } from './routes.js';

export type { ControlDeps } from './routes.js';

/** Each control path and the methods it takes (405 for another method, 404 for another path). */
const METHODS_BY_PATH = methodsByPath();

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

function unmatched(req: Request, _res: Response, next: (error?: unknown) => void): void {
  const path = req.path.replace(/\/+$/, '') || '/';
  for (const [route, methods] of METHODS_BY_PATH) {
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
      `${path} is not a control route. Routes: ${[...METHODS_BY_PATH.keys()].join(', ')}.`,
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
  const json = express.json({ type: () => true, limit: '1mb', strict: false });
  const router = express.Router();
  router.use(guard(deps.access));
  for (const route of CONTROL_ROUTES) {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const handle: RequestHandler = (req, res) => route.handle(req, res, deps);
    if (route.body !== undefined) router[method](route.path, json, handle);
    else router[method](route.path, handle);
  }
  router.use(unmatched);
  router.use(onError);
  return router;
}
