/** Mutations of the message-session answers: shapes, cross-field rules, paging, the seed session. */
import { onAnswers, onSession } from './mutation.js';
import type { Mutation, Body } from './mutation.js';

/** Message-session mutations. */
export const SESSION_MUTATIONS: readonly Mutation[] = [
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
