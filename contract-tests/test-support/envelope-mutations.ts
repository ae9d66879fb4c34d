/** Mutations of the envelope, the token flow, error answers and the transport (see MUTATIONS.md). */
import { onAnswers } from './mutation.js';
import type { Mutation, Body } from './mutation.js';

/** Envelope, token, error and transport mutations. */
export const ENVELOPE_MUTATIONS: readonly Mutation[] = [
  {
    id: 'wrong-errmsg',
    fault: '10004 answers errmsg "TOKEN_EXPIRED" (underscore) instead of "TOKEN EXPIRED"',
    caughtBy: ['token.missing', 'token.garbage', 'token.bearer-ignored', 'token.revoked'],
    exit: 1,
    message:
      /\$\.errmsg: errmsg of 10004 is exact.*expected "TOKEN EXPIRED", found "TOKEN_EXPIRED"/,
    hooks: onAnswers(undefined, (body) => {
      if (body.errcode === 10004) body.errmsg = 'TOKEN_EXPIRED';
    }),
  },
  {
    id: 'errcode-as-string',
    fault: 'errcode sent as a string ("10004", "0"), as the legacy S-Series API does',
    caughtBy: ['token.get', 'token.missing', 'session.get'],
    exit: 1,
    message: /errcode must be a JSON integer, not a string; expected 10004, found "10004"/,
    hooks: onAnswers(undefined, (body) => {
      if (typeof body.errcode === 'number') body.errcode = String(body.errcode);
    }),
  },
  {
    id: 'token-survives-del-token',
    fault: 'del_token answers SUCCESS but the token keeps working',
    caughtBy: ['token.revoked'],
    exit: 1,
    message:
      /token\.revoked[\s\S]*wrong errcode; expected 10004 "TOKEN EXPIRED", found 0 "SUCCESS"/,
    hooks: {
      request: (req) =>
        req.endpoint === 'del_token'
          ? {
              status: 200,
              headers: { 'content-type': 'application/json' },
              body: '{"errcode":0,"errmsg":"SUCCESS"}',
            }
          : undefined,
    },
  },
  {
    id: 'http-500-on-errors',
    fault: 'error answers come with HTTP 500 (JSON body)',
    caughtBy: ['token.missing', 'error.unknown-id'],
    exit: 1,
    message:
      /HTTP status: the device answers every call with HTTP 200, errors included; expected 200, found 500/,
    hooks: onAnswers(undefined, (body, _req, res) => {
      if (body.errcode !== 0) res.status = 500;
    }),
  },
  {
    id: 'html-error-page',
    fault: 'a reverse proxy answers message_session/search with an HTML 502 page',
    caughtBy: [],
    exit: 3,
    message:
      /cannot reach the target.*message_session\/search.*answered HTTP 502 with a text\/html page .*, not JSON/,
    hooks: {
      request: (req) =>
        req.endpoint === 'message_session/search'
          ? {
              status: 502,
              headers: { 'content-type': 'text/html' },
              body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
            }
          : undefined,
    },
  },
  {
    id: 'unknown-path-html-404',
    fault: "a path the firmware lacks answers its web server's HTML 404 page instead of 10001",
    caughtBy: ['error.unknown-path'],
    exit: 1,
    message:
      /errors as JSON.*expected errcode 10001 "INTERFACE NOT EXISTED", found answered HTTP 404 with a text\/html page .*, not JSON/,
    hooks: {
      request: (req) =>
        req.endpoint === 'pbx_contract/no_such_endpoint'
          ? {
              status: 404,
              headers: { 'content-type': 'text/html' },
              body: '<html><body><h1>404 Not Found</h1></body></html>',
            }
          : undefined,
    },
  },
  {
    id: 'wrong-token-lifetime',
    fault: 'get_token answers access_token_expire_time 7200',
    caughtBy: ['token.get'],
    exit: 1,
    message: /\$\.access_token_expire_time: expected 1800, found 7200/,
    hooks: onAnswers('get_token', (body) => {
      if (body.errcode === 0) body.access_token_expire_time = 7200;
    }),
  },
  {
    id: 'refresh-same-refresh-token',
    fault: 'refresh_token answers the refresh token it was sent',
    caughtBy: ['token.refresh'],
    exit: 1,
    message: /\$\.refresh_token: refresh_token must issue a new refresh token too/,
    hooks: onAnswers('refresh_token', (body, req) => {
      if (body.errcode === 0) body.refresh_token = (JSON.parse(req.body) as Body).refresh_token;
    }),
  },
  {
    id: '10004-as-40002',
    fault: 'a missing or bad token answers 40002 PARAMETER ERROR instead of 10004',
    caughtBy: ['token.missing', 'token.garbage', 'token.revoked'],
    exit: 1,
    message: /wrong errcode; expected 10004 "TOKEN EXPIRED", found 40002 "PARAMETER ERROR"/,
    hooks: onAnswers(undefined, (body) => {
      if (body.errcode === 10004)
        Object.assign(body, { errcode: 40002, errmsg: 'PARAMETER ERROR' });
    }),
  },
  {
    id: 'html-content-type',
    fault: 'JSON bodies sent as Content-Type: text/html',
    caughtBy: ['token.get', 'session.get', 'token.missing'],
    exit: 1,
    message: /Content-Type: expected application\/json, found text\/html/,
    hooks: {
      answer: (_req, res) => {
        res.headers['content-type'] = 'text/html; charset=utf-8';
      },
    },
  },
  {
    id: 'errmsg-underscores-lost',
    fault:
      'errcode 70082 answers "OVERLOAD TASK RUNNING" (spaces for the catalogue\'s underscores)',
    caughtBy: ['mock.errcode.70082'],
    exit: 1,
    message: /expected "OVERLOAD_TASK_RUNNING", found "OVERLOAD TASK RUNNING"/,
    hooks: onAnswers(undefined, (body) => {
      if (body.errcode === 70082) body.errmsg = 'OVERLOAD TASK RUNNING';
    }),
  },
  {
    id: 'bad-login-without-param-list',
    fault: 'bad credentials answer -1 FAILURE without invalid_param_list',
    caughtBy: ['token.bad-credentials'],
    exit: 1,
    message:
      /\$\.invalid_param_list: expected \[\{"field":"username or password","value":"error"\}\], found absent/,
    hooks: onAnswers('get_token', (body) => {
      delete body.invalid_param_list;
    }),
  },
  {
    id: 'user-agent-added',
    fault: 'a proxy adds a User-Agent, so a call without one succeeds',
    caughtBy: ['error.missing-user-agent'],
    exit: 1,
    message: /wrong errcode; expected 40002 "PARAMETER ERROR", found 0 "SUCCESS"/,
    hooks: {
      request: (req) => {
        req.headers['user-agent'] ??= 'proxy/1.0';
      },
    },
  },
  {
    id: 'bearer-honoured',
    fault: 'Authorization: Bearer is accepted in place of access_token',
    caughtBy: ['token.bearer-ignored'],
    exit: 1,
    message: /token\.bearer-ignored[\s\S]*expected 10004 "TOKEN EXPIRED", found 0 "SUCCESS"/,
    hooks: {
      request: (req) => {
        const auth = req.headers.authorization;
        if (typeof auth === 'string' && auth.startsWith('Bearer '))
          req.query.set('access_token', auth.slice(7));
      },
    },
  },
  {
    id: 'non-integer-id-not-found',
    fault:
      'id=abc answers 60001 DATA NOT FOUND instead of 40002 (an OPEN behaviour; strict against the mock)',
    caughtBy: ['error.non-integer-id'],
    exit: 1,
    message: /wrong errcode; expected 40002 "PARAMETER ERROR", found 60001 "DATA NOT FOUND"/,
    hooks: onAnswers('message_session/get', (body, req) => {
      if (req.query.get('id') === 'abc')
        Object.assign(body, { errcode: 60001, errmsg: 'DATA NOT FOUND' });
    }),
  },
];
