/**
 * The request path of the fake PBX, in the device's order: a forced errcode if one is asked for, the
 * User-Agent check, the endpoint and method (10001 otherwise), the access token (10004), the JSON body, the
 * handler. Everything a client can send ends as HTTP 200 with an errcode; only misuse of the mock itself
 * (a bad errcode preference) gets problem+json.
 */
import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { Errcode } from '../schemas/error-catalogue.js';
import { DeviceError } from './device-error.js';
import type { Endpoint, PbxState, Payload } from './endpoint.js';
import { API_PREFIX, ENDPOINTS } from './endpoints.js';
import { forcedErrcode } from './forced-errcode.js';
import { MockProblem, sendProblem } from './mock-problem.js';
import { parseQuery, single } from './query.js';
import type { Query } from './query.js';

/** Header on every answer of the mock, so a contract run can tell it from a device. */
export const MOCK_HEADER = 'x-pbx-mock-kit';

/** Largest JSON body accepted; a larger one answers 40001 like a malformed one (OPEN). */
export const MAX_BODY = '64kb';

/** What the dispatcher leaves in res.locals for logging and the journal. */
export interface AnswerLocals {
  errcode?: number;
  endpoint?: string;
}

/** Sends a device answer: HTTP 200, errcode and errmsg first. */
export function sendDeviceAnswer(
  res: Response,
  pbx: PbxState,
  errcode: number,
  extra: Payload = {},
): void {
  (res.locals as AnswerLocals).errcode = errcode;
  const errmsg = pbx.catalogue.get(errcode)?.errmsg ?? 'FAILURE';
  res.status(200).json({ errcode, errmsg, ...extra });
}

function sendError(res: Response, pbx: PbxState, error: unknown): void {
  if (error instanceof DeviceError) sendDeviceAnswer(res, pbx, error.errcode, { ...error.details });
  else if (error instanceof MockProblem) sendProblem(res, error);
  else sendDeviceAnswer(res, pbx, Errcode.INTERNAL_SERVER_ERROR);
}

function endpointName(path: string): string | undefined {
  return path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : undefined;
}

function run(endpoint: Endpoint, req: Request, res: Response, pbx: PbxState, query: Query): void {
  try {
    const payload = endpoint.handle({
      query,
      body: req.body as unknown,
      address: req.socket.remoteAddress ?? '',
      pbx,
    });
    sendDeviceAnswer(res, pbx, Errcode.SUCCESS, payload);
  } catch (error) {
    sendError(res, pbx, error);
  }
}

/** The device part of the app: every request that is not for the control API ends here. */
export function createDispatcher(pbx: PbxState, requireUserAgent: boolean): RequestHandler {
  const parseJson = express.json({ type: () => true, limit: MAX_BODY, strict: false });
  return (req, res, next) => {
    res.setHeader(MOCK_HEADER, '1');
    const url = req.url;
    const mark = url.indexOf('?');
    const path = mark < 0 ? url : url.slice(0, mark);
    const query = parseQuery(mark < 0 ? '' : url.slice(mark + 1));
    const name = endpointName(path);
    (res.locals as AnswerLocals).endpoint = name ?? path;
    try {
      const prefer = req.headers.prefer;
      const forced = forcedErrcode(
        Array.isArray(prefer) ? prefer.join(',') : prefer,
        query,
        pbx.catalogue,
      );
      if (forced !== undefined) return sendDeviceAnswer(res, pbx, forced);
    } catch (error) {
      return sendError(res, pbx, error);
    }
    if (requireUserAgent && !req.headers['user-agent']) {
      return sendDeviceAnswer(res, pbx, Errcode.PARAMETER_ERROR);
    }
    const endpoint = name === undefined ? undefined : ENDPOINTS.get(name);
    if (!endpoint || endpoint.method !== req.method) {
      return sendDeviceAnswer(res, pbx, Errcode.INTERFACE_NOT_EXISTED);
    }
    if (endpoint.auth) {
      const token = single(query, 'access_token');
      if (token === undefined || !pbx.tokens.isLive(token)) {
        return sendDeviceAnswer(res, pbx, Errcode.TOKEN_EXPIRED);
      }
    }
    if (endpoint.method === 'GET') return run(endpoint, req, res, pbx, query);
    parseJson(req, res, (error?: unknown) => {
      if (error) return next(error);
      run(endpoint, req, res, pbx, query);
    });
  };
}

/** Last resort: a body the parser rejects answers 40001; anything else -2, never a stack trace. */
export function createErrorHandler(pbx: PbxState): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (res.headersSent) return;
    const type = (error as { type?: unknown } | null)?.type;
    const isBodyError =
      typeof type === 'string' && /^(entity|encoding|charset|request)\./.test(type);
    sendDeviceAnswer(
      res,
      pbx,
      isBodyError ? Errcode.PARAMETER_SYNTAX_ERROR : Errcode.INTERNAL_SERVER_ERROR,
    );
  };
}
