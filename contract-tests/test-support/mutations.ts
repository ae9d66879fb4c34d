/**
 * The mutations the suite must catch: each plays a broken firmware or a meddling proxy in front of the mock,
 * names the checks that catch it, the exit code and the words that name the fault. mutations.test.ts drives
 * the CLI through every row; MUTATIONS.md is the same table for people (a test keeps the two in step).
 */
import { json, setJson } from './proxy.js';
import type { ProxyAnswer, ProxyHooks, ProxyRequest } from './proxy.js';

/** One broken variant of the target. */
export interface Mutation {
  readonly id: string;
  /** What the firmware or proxy does wrong. */
  readonly fault: string;
  /** Checks that must fail (empty: none may fail). */
  readonly caughtBy: readonly string[];
  readonly exit: 0 | 1 | 3;
  /** Words of the CLI's output that name the fault. */
  readonly message: RegExp;
  readonly hooks: ProxyHooks;
  /** Extra CLI flags. */
  readonly args?: readonly string[];
}

type Body = Record<string, unknown>;

/** Alters the JSON answers of `endpoint` (all endpoints when undefined). */
function onAnswers(
  endpoint: string | undefined,
  alter: (body: Body, req: ProxyRequest, res: ProxyAnswer) => void,
): ProxyHooks {
  return {
    answer(req, res) {
      if (endpoint !== undefined && req.endpoint !== endpoint) return;
      if (!res.headers['content-type']?.includes('json')) return;
      const body = json(res);
      alter(body, req, res);
      setJson(res, body);
    },
  };
}

/** Alters the SessionInfo of message_session/get answers. */
function onSession(alter: (info: Body) => void): ProxyHooks {
  return onAnswers('message_session/get', (body) => {
    const list = body.list;
    if (typeof list === 'object' && list !== null && !Array.isArray(list)) alter(list as Body);
  });
}

/** Every mutation, one row each. */
export const MUTATIONS: readonly Mutation[] = [
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
    id: 'user-type-for-channel',
    fault: 'an sms session (no campaign) gives the customer user_type 3 (WhatsApp)',
    caughtBy: ['session.get', 'mock.variant.sms/direct/taken-over'],
    exit: 1,
    message:
      /\$\.list\.user_info\.user_type: user_type follows the channel .*sms -> 2.*expected 2, found 3/,
    hooks: onSession((info) => {
      if (info.channel_type === 'sms' && info.origin === '') (info.user_info as Body).user_type = 3;
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
    id: 'missing-field',
    fault: 'message_session/get leaves out channel_name',
    caughtBy: ['session.get'],
    exit: 1,
    message: /\$\.list\.channel_name: a required field is missing; expected present, found absent/,
    hooks: onSession((info) => {
      delete info.channel_name;
    }),
  },
  {
    id: 'extra-field',
    fault:
      'message_session/get adds a field no schema knows (unread_count; not on session 2862, which must stay exact)',
    caughtBy: [],
    exit: 0,
    message: /Drift: fields no schema knows[\s\S]*\$\.list\.unread_count/,
    hooks: onSession((info) => {
      if (info.id !== 2862) info.unread_count = 3;
    }),
  },
  {
    id: 'extra-field-strict',
    fault: 'the same extra field, with --strict: drift fails the run',
    caughtBy: ['session.get'],
    exit: 1,
    message: /\$\.list\.unread_count: a field no schema knows/,
    hooks: onSession((info) => {
      info.unread_count = 3;
    }),
    args: ['--strict'],
  },
  {
    id: 'get-list-as-array',
    fault: 'message_session/get answers list as an array, like query',
    caughtBy: ['session.get'],
    exit: 1,
    message: /\$\.list: expected a value of type object, found an array/,
    hooks: onAnswers('message_session/get', (body) => {
      if (body.errcode === 0) body.list = [body.list];
    }),
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
      /cannot reach the target.*message_session\/search.*answered HTTP 502 text\/html that is not JSON/,
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
    id: 'participant-user-type-0',
    fault: 'participants carry user_type 0',
    caughtBy: ['session.get'],
    exit: 1,
    message:
      /participants\[0\]\.user_type: participants are queue agents, i\.e\. extensions: user_type 1; expected 1, found 0/,
    hooks: onSession((info) => {
      for (const agent of (info.participants ?? []) as Body[]) agent.user_type = 0;
    }),
  },
  {
    id: 'page-name-on-sms',
    fault: 'an sms session carries a page_name',
    caughtBy: ['session.get'],
    exit: 1,
    message:
      /\$\.list\.page_name: page_name is only filled for facebook sessions; this is a "sms" session/,
    hooks: onSession((info) => {
      if (info.channel_type === 'sms') info.page_name = 'Acme Page';
    }),
  },
  {
    id: 'paging-repeats',
    fault: 'list ignores first_msg_id, so every page repeats the first',
    caughtBy: ['session.list-paging'],
    exit: 1,
    message: /no session repeats across pages/,
    hooks: {
      request: (req) => {
        req.query.delete('first_msg_id');
      },
    },
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
    id: 'customer-user-id-not-0',
    fault: "the customer's user_info.user_id is 7",
    caughtBy: ['session.get'],
    exit: 1,
    message: /user_info\.user_id is always 0 for the external customer; expected 0, found 7/,
    hooks: onSession((info) => {
      (info.user_info as Body).user_id = 7;
    }),
  },
  {
    id: 'list-item-without-cursor',
    fault: 'list items leave out last_msg_id (the paging cursor)',
    caughtBy: ['session.list'],
    exit: 1,
    message: /\$\.list\[0\]\.last_msg_id: a required field is missing/,
    hooks: onAnswers('message_session/list', (body) => {
      for (const item of (Array.isArray(body.list) ? body.list : []) as Body[])
        delete item.last_msg_id;
    }),
  },
  {
    id: 'expire-as-string',
    fault: 'list items send expire as a string',
    caughtBy: ['session.list'],
    exit: 1,
    message: /\$\.list\[\d+\]\.expire: expected a value of type integer/,
    hooks: onAnswers('message_session/list', (body) => {
      for (const item of (Array.isArray(body.list) ? body.list : []) as Body[])
        item.expire = String(item.expire);
    }),
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
    id: 'query-leaves-one-out',
    fault: 'message_session/query leaves out the last id asked for',
    caughtBy: ['session.query'],
    exit: 1,
    message: /query answers every session that list showed; expected every id of .*found missing/,
    hooks: onAnswers('message_session/query', (body) => {
      if (Array.isArray(body.list)) body.list.pop();
    }),
  },
  {
    id: 'seed-session-reordered',
    fault: "a proxy re-serialises JSON with sorted keys, losing the seed page's field order",
    caughtBy: ['mock.seed-session'],
    exit: 1,
    message: /the seed page's field order is kept; expected id, channel_type, did_number/,
    hooks: onSession((info) => {
      const sorted = Object.fromEntries(
        Object.entries(info).sort(([a], [b]) => a.localeCompare(b)),
      );
      for (const key of Object.keys(info)) delete info[key];
      Object.assign(info, sorted);
    }),
  },
  {
    id: 'campaign-listed-by-default',
    fault: 'list without collection includes campaign sessions',
    caughtBy: ['session.list-non-campaign'],
    exit: 1,
    message: /without collection only non-campaign sessions are listed/,
    hooks: {
      request: (req) => {
        if (req.endpoint === 'message_session/list' && !req.query.has('collection'))
          req.query.set('collection', 'all');
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
  {
    id: 'envelope-stripped',
    fault: 'message_session/get answers the payload without errcode and errmsg',
    caughtBy: ['session.get'],
    exit: 1,
    message: /\$\.errcode: a required field is missing/,
    hooks: onAnswers('message_session/get', (body) => {
      if (body.errcode === 0) {
        delete body.errcode;
        delete body.errmsg;
      }
    }),
  },
];
