/**
 * The request path of the fake PBX. /__mock/* goes to the control API when it is on. Every other request
 * meets the scenario rules first (skipped outright when there are none), then the device's own order: a
 * forced errcode if one is asked for, the User-Agent check, the endpoint and method (10001 otherwise), the
 * access token (10004), the JSON body, the handler. Everything a client can send ends as HTTP 200 with an
 * errcode (or as the fault a rule asked for); only misuse of the mock itself gets problem+json. Each device
 * request is journaled and, given a logger, logged once.
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { Errcode } from '../../schemas/error-catalogue.js';
import type { ControlDelay, ControlRuleAnswer } from '../../schemas/types.generated.js';
import { CONTROL_PREFIX } from '../core/control-access.js';
import { writeDeviceAnswer } from './device-answer.js';
import { DeviceError } from '../core/device-error.js';
import { API_PREFIX, deviceEndpoint } from '../../schemas/device-endpoints.js';
import type { PbxState } from '../state/pbx-state.js';
import type { Endpoint, Payload } from './endpoint.js';
import type { FaultPlayer, BodyFault } from '../scenarios/faults.js';
import { isBodyFault } from '../scenarios/faults.js';
import { admitRequest, describeError, isRefusal, paramsWhy } from './admission.js';
import type { Refusal } from './admission.js';
import { UploadAborted, findUpload, isUploadPath, readUploadForm } from './uploads.js';
import { forcedAnswer } from '../scenarios/forced-errcode.js';
import { proxyErrorPage } from '../scenarios/faults.js';
import type { Journal } from '../scenarios/journal.js';
import { describeUrl } from '../scenarios/journal.js';
import { logRequest } from '../core/logger.js';
import type { LineLevel, RequestLogger } from '../core/logger.js';
import { MockProblem, sendProblem } from '../core/mock-problem.js';
import { StoreFull } from '../state/store-budget.js';
import { maskIssuedTokens } from '../core/token-mask.js';
import { parseQuery } from '../core/query.js';
import type { Query } from '../core/query.js';
import { sessionAnswer } from '../scenarios/rule-session.js';
import { delayMs } from '../scenarios/rules.js';
import type { RuleBook } from '../scenarios/rules.js';

/** Header on every answer of the mock, so a contract run can tell it from a device. */
export const MOCK_HEADER = 'x-pbx-mock-kit';

/** Largest JSON body accepted; a larger one answers 40001 like a malformed one (OPEN). */
export const MAX_BODY = '64kb';

/** A device request as the dispatcher parsed it. */
interface Parsed {
  readonly method: string;
  /** The request target as received. */
  readonly url: string;
  readonly path: string;
  /** The endpoint name when the path is under the API prefix. */
  readonly name: string | undefined;
  readonly query: Query;
}

/** What the dispatcher leaves in res.locals for logging and the journal. */
export interface AnswerLocals {
  errcode?: number;
  endpoint?: string;
  rule?: string;
  fault?: string;
  spoil?: BodyFault;
  started?: number;
  parsed?: Parsed;
  /** Why the answer is not a plain success, in words (request log only). */
  why?: string;
  /** The level of the request's log line: warn for a lock-out or a misuse, error when the mock broke. */
  level?: LineLevel;
}

/** What the device part of the app works with. */
export interface DispatchContext {
  readonly pbx: PbxState;
  /** SEEN: answer 40002 when User-Agent is missing. */
  readonly requireUserAgent: boolean;
  readonly rules: RuleBook;
  readonly journal: Journal;
  readonly faults: FaultPlayer;
  readonly logger: RequestLogger | undefined;
  /** The control API's handler, or undefined when it is off. */
  readonly control: RequestHandler | undefined;
  /** A delay before every device answer (the latency option). */
  readonly latency: ControlDelay | undefined;
}

/** The device handler and its last-resort error handler, sharing the journal and the log. */
export interface DeviceHandlers {
  readonly dispatch: RequestHandler;
  readonly onError: ErrorRequestHandler;
}

function endpointName(path: string): string | undefined {
  return path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : undefined;
}

function isControlPath(path: string): boolean {
  return path.startsWith(CONTROL_PREFIX) || path === '/__mock';
}

/** Builds the device handlers. */
export function createDeviceHandlers(ctx: DispatchContext): DeviceHandlers {
  const { pbx, rules, journal, faults, logger, control, latency } = ctx;
  const parseJson = express.json({ type: () => true, limit: MAX_BODY, strict: false });
  const isIssued = (token: string) => pbx.tokens.wasIssued(token);

  function finish(res: Response, status: number): void {
    const locals = res.locals as AnswerLocals;
    const parsed = locals.parsed;
    if (!parsed) return;
    const known = deviceEndpoint(parsed.name) !== undefined;
    // a token the mock issued is masked wherever the client put it, before it is kept or written
    const url = maskIssuedTokens(parsed.url, isIssued);
    journal.record({
      method: parsed.method,
      url,
      endpoint: known ? parsed.name : undefined,
      status,
      errcode: locals.errcode,
      rule: locals.rule,
      fault: locals.fault,
    });
    if (logger) {
      const { path, query } = describeUrl(url, url === parsed.url ? parsed.query : undefined);
      logRequest(
        logger,
        {
          method: parsed.method,
          path,
          query,
          status,
          errcode: locals.errcode,
          rule: locals.rule,
          fault: locals.fault,
          // a reason may quote the request line, tokens and all
          why: locals.why === undefined ? undefined : maskIssuedTokens(locals.why, isIssued),
          ms: Math.round((performance.now() - (locals.started ?? 0)) * 100) / 100,
        },
        locals.level ?? 'info',
      );
    }
  }

  function answer(res: Response, errcode: number, extra: Payload = {}, why?: string): void {
    const locals = res.locals as AnswerLocals;
    locals.errcode = errcode;
    if (why !== undefined) locals.why ??= why;
    const errmsg = pbx.catalogue.get(errcode)?.errmsg ?? 'FAILURE';
    writeDeviceAnswer(res, errcode, errmsg, extra, locals.spoil);
    finish(res, 200);
  }

  function fail(res: Response, error: unknown): void {
    const locals = res.locals as AnswerLocals;
    if (error instanceof DeviceError) {
      if (error.note?.warn) locals.level = 'warn';
      answer(res, error.errcode, { ...error.details }, error.note?.why ?? paramsWhy(error));
    } else if (error instanceof StoreFull) {
      // a store at its byte budget: the device's answer for a full store
      locals.level = 'warn';
      answer(res, error.errcode, {}, error.message);
    } else if (error instanceof MockProblem) {
      // a misuse of the mock: the caller meant to drive it and got it wrong
      locals.level = 'warn';
      locals.why = `${error.code}: ${error.title}`;
      sendProblem(res, error);
      finish(res, error.status);
    } else {
      // the mock itself broke: the one thing --log-level error exists for
      locals.level = 'error';
      answer(res, Errcode.INTERNAL_SERVER_ERROR, {}, `the mock failed: ${describeError(error)}`);
    }
  }

  /** An HTTP status forced with Prefer: code=NNN: the HTML page a proxy in front of a device sends. */
  function statusFault(res: Response, status: number, why: string): void {
    const locals = res.locals as AnswerLocals;
    locals.fault = 'proxy-error';
    locals.why = why;
    res.status(status).type('text/html').send(proxyErrorPage(status));
    finish(res, status);
  }

  function run(
    endpoint: Endpoint,
    req: Request,
    res: Response,
    query: Query,
    body: unknown = req.body,
  ): void {
    let payload: Payload;
    try {
      payload = endpoint.run({ query, address: req.socket.remoteAddress ?? '', pbx }, body);
    } catch (error) {
      return fail(res, error);
    }
    answer(res, Errcode.SUCCESS, payload);
  }

  /** The device's checks before any handler (admission.ts). */
  function admit(req: Request, p: Parsed): Refusal | Endpoint {
    return admitRequest(
      { ...p, method: req.method, userAgent: req.headers['user-agent'] },
      ctx.requireUserAgent,
      pbx.tokens,
    );
  }

  function device(req: Request, res: Response, next: (error?: unknown) => void, p: Parsed): void {
    try {
      const prefer = req.headers.prefer;
      const forced = forcedAnswer(
        Array.isArray(prefer) ? prefer.join(',') : prefer,
        p.query,
        pbx.catalogue,
      );
      if (forced?.errcode !== undefined) return answer(res, forced.errcode, {}, forced.why);
      if (forced?.status !== undefined) return statusFault(res, forced.status, forced.why);
    } catch (error) {
      return fail(res, error);
    }
    if (isUploadPath(p.path)) return download(req, res, p);
    const endpoint = admit(req, p);
    if (isRefusal(endpoint)) return answer(res, endpoint.errcode, {}, endpoint.why);
    if (endpoint.spec.method === 'GET') return run(endpoint, req, res, p.query);
    if (endpoint.spec.bodyType === 'multipart') {
      readUploadForm(req, pbx.uploads, pbx.uploadRules).then(
        (files) => run(endpoint, req, res, p.query, { files }),
        (error: unknown) => {
          if (!(error instanceof UploadAborted)) return fail(res, error);
          // nobody is left to answer: the journal and the log still see the request
          (res.locals as AnswerLocals).why = error.message;
          finish(res, 0);
        },
      );
      return;
    }
    parseJson(req, res, (error?: unknown) => {
      if (error) return next(error);
      run(endpoint, req, res, p.query);
    });
  }

  /** GET of a file message/batchupload kept: its bytes, or the device's refusal as an envelope. */
  function download(req: Request, res: Response, p: Parsed): void {
    const found = findUpload(
      { method: req.method, path: p.path, query: p.query },
      pbx.uploads,
      pbx.tokens,
      pbx.uploadRules,
    );
    if (isRefusal(found)) return answer(res, found.errcode, {}, found.why);
    const stream = createReadStream(found.path);
    stream.once('error', (error) => {
      if (res.headersSent) return void res.destroy();
      // removed by a reset since it was found
      answer(res, Errcode.DATA_NOT_FOUND, {}, `the file is gone: ${describeError(error)}`);
    });
    stream.once('open', () => {
      res.status(200);
      res.setHeader('content-type', found.type);
      res.setHeader('content-length', String(found.size));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(found.name)}`,
      );
      res.once('finish', () => finish(res, 200));
      if (req.method === 'HEAD') {
        stream.destroy();
        res.end();
        return;
      }
      stream.pipe(res);
    });
  }

  /** What a rule's answer (or the device, after a delay-only rule) sends. */
  function ruled(
    req: Request,
    res: Response,
    next: (error?: unknown) => void,
    p: Parsed,
    rule: Omit<ControlRuleAnswer, 'delay'> | undefined,
  ): void {
    const locals = res.locals as AnswerLocals;
    if (!rule) return device(req, res, next, p);
    if (rule.errcode !== undefined) {
      return answer(
        res,
        rule.errcode,
        {},
        `rule ${locals.rule ?? ''} answers errcode ${rule.errcode}`,
      );
    }
    if (rule.session) {
      // a success answer only for a request the device would serve: a client's token handling is still tested
      const admitted = admit(req, p);
      if (isRefusal(admitted)) return answer(res, admitted.errcode, {}, admitted.why);
      try {
        return answer(res, Errcode.SUCCESS, sessionAnswer(pbx, rule.session, p.name, p.query));
      } catch (error) {
        return fail(res, error);
      }
    }
    if (!rule.fault) return device(req, res, next, p);
    locals.fault = rule.fault.type;
    if (isBodyFault(rule.fault)) {
      locals.spoil = rule.fault.type;
      return device(req, res, next, p);
    }
    faults.play(rule.fault, req, res);
    finish(res, rule.fault.type === 'proxy-error' ? (rule.fault.status ?? 502) : 0);
  }

  const dispatch: RequestHandler = (req, res, next) => {
    res.setHeader(MOCK_HEADER, '1');
    const url = req.url;
    const mark = url.indexOf('?');
    const path = mark < 0 ? url : url.slice(0, mark);
    if (control && isControlPath(path)) return controlRequest(req, res, next, path);
    const search = mark < 0 ? '' : url.slice(mark + 1);
    const name = endpointName(path);
    const locals = res.locals as AnswerLocals;
    locals.endpoint = name ?? path;
    const parsed: Parsed = { method: req.method, url, path, name, query: parseQuery(search) };
    locals.parsed = parsed;
    if (logger) locals.started = performance.now();
    let wait = latency ? delayMs(latency) : 0;
    let rule: Omit<ControlRuleAnswer, 'delay'> | undefined;
    if (rules.size > 0) {
      const decision = rules.match({
        method: req.method,
        path,
        endpoint: name,
        query: parsed.query,
        headers: req.headers,
      });
      if (decision) {
        locals.rule = decision.ruleId;
        wait += decision.delayMs;
        rule = decision.answer;
      }
    }
    if (wait > 0) {
      return faults.later(
        wait,
        res,
        () => ruled(req, res, next, parsed, rule),
        () => finish(res, 0),
      );
    }
    ruled(req, res, next, parsed, rule);
  };

  function controlRequest(
    req: Request,
    res: Response,
    next: (error?: unknown) => void,
    path: string,
  ): void {
    if (logger) {
      const started = performance.now();
      res.once('finish', () => {
        logRequest(
          logger,
          {
            method: req.method,
            path: maskIssuedTokens(path, isIssued),
            status: res.statusCode,
            control: true,
            ms: Math.round((performance.now() - started) * 100) / 100,
          },
          // a refused control request is a misuse of the mock (a bad rule, a missing token)
          res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        );
      });
    }
    (control as RequestHandler)(req, res, next);
  }

  /** Last resort: a body the parser rejects answers 40001; anything else -2, never a stack trace. */
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    if (res.headersSent) return;
    const type = (error as { type?: unknown } | null)?.type;
    const status = (error as { status?: unknown } | null)?.status;
    // body-parser's own failures, and any other client error met reading the body (a compressed body that
    // does not decompress carries zlib's or brotli's code and status 400, but no type)
    const isBodyError =
      (typeof type === 'string' && /^(entity|encoding|charset|request)\./.test(type)) ||
      (typeof status === 'number' && status >= 400 && status < 500);
    if (isBodyError) {
      answer(
        res,
        Errcode.PARAMETER_SYNTAX_ERROR,
        {},
        `the body could not be read as JSON (at most ${MAX_BODY})`,
      );
      return;
    }
    (res.locals as AnswerLocals).level = 'error';
    answer(res, Errcode.INTERNAL_SERVER_ERROR, {}, `the mock failed: ${describeError(error)}`);
  };

  return { dispatch, onError };
}
