/**
 * Mutations of the conversation (issue 14): firmware faults on message/send, the history, delivery, close,
 * transfer and pick-up. Most act on the session the run adds to the mock (its id read from the proxy's log
 * of POST /__mock/sessions), so the read-only checks before them see an unbroken target.
 */
import { isJsonObject } from '../json-fields.js';
import { json, setJson } from './proxy.js';
import type { ProxyHooks, RecordedCall } from './proxy.js';
import type { Body, Mutation } from './mutation.js';

/** The session the run added through the control API, from the proxy's log. */
function runSession(log: readonly RecordedCall[]): number | undefined {
  const add = log.find(
    (c) => c.request.method === 'POST' && c.request.endpoint === '/__mock/sessions',
  );
  if (!add) return undefined;
  const info = json(add.answer).info;
  return isJsonObject(info) && typeof info.id === 'number' ? info.id : undefined;
}

/** Alters the JSON answers of `endpoint` about the run's own session (`id` the session asked about). */
function onRunSession(endpoint: string, alter: (body: Body, session: number) => void): ProxyHooks {
  return {
    answer(req, res, log) {
      if (req.endpoint !== endpoint || !res.headers['content-type']?.includes('json')) return;
      const session = runSession(log);
      if (session === undefined) return;
      const body = json(res);
      alter(body, session);
      setJson(res, body);
    },
  };
}

/** The messages the run's conversation checks send (conversation-checks.ts names them so). */
function isRunMessage(record: unknown): boolean {
  return (
    isJsonObject(record) &&
    typeof record.msg_body === 'string' &&
    record.msg_body.startsWith('pbx-contract test message')
  );
}

function records(body: Body): unknown[] {
  const data = body.data;
  return isJsonObject(data) && Array.isArray(data.records) ? data.records : [];
}

/** The target without its announce header: a device, to the CLI. */
function deviceLike(alter: (body: Body, endpoint: string) => void): ProxyHooks {
  return {
    answer(req, res) {
      delete res.headers['x-pbx-mock-kit'];
      if (!res.headers['content-type']?.includes('json')) return;
      const body = json(res);
      alter(body, req.endpoint);
      setJson(res, body);
    },
  };
}

/** Conversation mutations. */
export const CONVERSATION_MUTATIONS: readonly Mutation[] = [
  {
    id: 'send-msg-id-number',
    fault:
      'message/send answers data.msg_id as a number, on a device-like target with --allow-mutating (OPEN: a difference, not a failure)',
    caughtBy: [],
    exit: 0,
    message:
      /DIFF conversation\.send +OPEN[\s\S]*difference: POST \/openapi\/v1\.0\/message\/send.*\$\.data\.msg_id: message\/send answered msg_id as a number/,
    hooks: deviceLike((body, endpoint) => {
      const data = body.data;
      if (endpoint === 'message/send' && isJsonObject(data)) data.msg_id = Number(data.msg_id);
    }),
    args: [
      '--allow-mutating',
      '--test-to',
      '+15550177',
      '--test-channel',
      'twilio',
      '--test-did',
      '+12025550103',
    ],
  },
  {
    id: 'sent-message-missing',
    fault: 'message/send answers SUCCESS, but the message never shows in message/get',
    caughtBy: ['conversation.history'],
    exit: 1,
    message: /the sent message \(msg_id \d+\) is missing from message\/get's history/,
    hooks: onRunSession('message/get', (body) => {
      const data = body.data;
      if (isJsonObject(data)) data.records = records(body).filter((r) => !isRunMessage(r));
    }),
  },
  {
    id: 'delivery-never-settles',
    fault: 'a sent message stays at delivery_status 0 (sending) forever',
    caughtBy: ['conversation.delivery', 'conversation.delivery-failure'],
    exit: 1,
    message: /delivery_status never settled: message \d+ stayed at 0/,
    hooks: onRunSession('message/get', (body) => {
      for (const r of records(body)) if (isRunMessage(r)) (r as Body).delivery_status = 0;
    }),
  },
  {
    id: 'close-not-in-filters',
    fault:
      'message_session/close answers SUCCESS, but list with is_closed=1 leaves the session out',
    caughtBy: ['conversation.close'],
    exit: 1,
    message: /close not reflected in list filters: closed session \d+ .*found not in is_closed=1/,
    hooks: {
      answer(req, res, log) {
        if (req.endpoint !== 'message_session/list' || req.query.get('is_closed') !== '1') return;
        const session = runSession(log);
        const body = json(res);
        if (Array.isArray(body.list))
          body.list = body.list.filter((s) => !isJsonObject(s) || s.id !== session);
        setJson(res, body);
      },
    },
  },
  {
    id: 'transfer-without-system-message',
    fault: 'message_session/transfer moves the session but writes no msg_type 6 system message',
    caughtBy: ['conversation.transfer'],
    exit: 1,
    message:
      /transfer without the system message: the newest message after the transfer is msg_type 6/,
    hooks: onRunSession('message/get', (body, session) => {
      const data = body.data;
      if (isJsonObject(data) && data.session_id === session)
        data.records = records(body).filter((r) => !isJsonObject(r) || r.msg_type !== 6);
    }),
  },
  {
    id: 'participants-kept-after-pickup',
    fault: "an extension's reply picks the session up, but participants still lists the queue",
    caughtBy: ['conversation.pickup'],
    exit: 1,
    message: /participants not emptied after pick-up/,
    hooks: onRunSession('message_session/get', (body, session) => {
      const list = body.list;
      if (isJsonObject(list) && list.id === session && Array.isArray(list.participants))
        list.participants = [
          { user_id: 140, user_no: '1006', user_type: 1, avatar: '', username: 'Omar Haddad' },
        ];
    }),
  },
  {
    id: 'last-msg-id-stale',
    fault: "a send, transfer or reply does not update the session's last_msg_id in the list",
    caughtBy: [
      'conversation.history',
      'conversation.list-order',
      'conversation.transfer',
      'conversation.pickup',
    ],
    exit: 1,
    message: /last_msg_id not updated/,
    hooks: onRunSession('message_session/list', (body, session) => {
      if (!Array.isArray(body.list)) return;
      for (const s of body.list)
        if (isJsonObject(s) && s.id === session && typeof s.last_msg_id === 'number')
          s.last_msg_id -= 1;
    }),
  },
];
