/**
 * The checks that act on a conversation (issue 14): send → history → delivery → transfer → pick-up → close →
 * the list filters, and an upload. Against the mock they always run, on a session the run adds through the
 * control API (and removes again at the end); against a device only with --allow-mutating and a test target,
 * and there they make ONE message/send, read what follows, transfer (only with --test-transfer, once) and close
 * only a session the run itself started (never --test-session). The client enforces the same rules in code
 * (target-client.ts).
 */
import { randomBytes } from 'node:crypto';
import { expectSuccess, metaOf, violation } from '../answer-checks.js';
import type { Check, FindingSink } from '../check.js';
import { shown } from '../finding.js';
import { answerField, fieldOf, isJsonObject, listItems } from '../json-fields.js';
import type { JsonObject } from '../json-fields.js';
import { recordsOf } from '../message-walks.js';
import type { RunContext } from '../run-context.js';
import type { TransferDestination } from '../run-options.js';
import type { Exchange } from '../target-client.js';

/** The channel_name of the session the run adds to the mock (test-support mutations key off it). */
export const RUN_SESSION_CHANNEL = 'pbx-contract test session';

/** Polls of message/get while a device's delivery settles, and the pause between them. */
export const SETTLE_POLLS = 30;
export const SETTLE_PAUSE_MS = 1000;

/** The mock's queue the run transfers to (Sales Queue, members 1006 and 1007) and the member who picks up. */
const MOCK_QUEUE = '6401';
const MOCK_AGENT = '1006';

/** What the conversation checks of one run share, in order. */
interface Conversation {
  sessionId: number | undefined;
  /** The run started the session (the mock's control API, or a send that opened a new one). */
  own: boolean;
  /** Why the later steps cannot run. */
  blocked: string | undefined;
  msgId: number | undefined;
  body: string;
  /** A delivery rule was added (removed at the end). */
  failureRuleAdded: boolean;
}

const conversations = new WeakMap<RunContext, Conversation>();

function conversationOf(ctx: RunContext): Conversation {
  let conversation = conversations.get(ctx);
  if (!conversation) {
    conversation = {
      sessionId: undefined,
      own: false,
      blocked: undefined,
      msgId: undefined,
      body: `pbx-contract test message ${randomBytes(4).toString('hex')}`,
      failureRuleAdded: false,
    };
    conversations.set(ctx, conversation);
  }
  return conversation;
}

/** Why mutating checks do not run against a device, or undefined when they may. */
function offReason(ctx: RunContext): string | undefined {
  if (ctx.isMock) return undefined;
  if (!ctx.options.allowMutating) {
    return 'mutating: off on a device without --allow-mutating';
  }
  if (!ctx.options.testTarget) return 'mutating: no test target given';
  return undefined;
}

/** The session and message the step needs, or a skip. */
function ready(ctx: RunContext, sink: FindingSink, own = false): Conversation | undefined {
  const off = offReason(ctx);
  if (off !== undefined) {
    sink.skip(off);
    return undefined;
  }
  const conversation = conversationOf(ctx);
  if (conversation.blocked !== undefined || conversation.sessionId === undefined) {
    sink.skip(conversation.blocked ?? 'conversation.send made no message');
    return undefined;
  }
  if (own && !conversation.own) {
    sink.skip(
      `the run did not start session ${conversation.sessionId} (--test-session, or the send joined an existing one), so it neither closes nor transfers it`,
    );
    return undefined;
  }
  return conversation;
}

function post(ctx: RunContext, endpoint: string, body: Record<string, unknown>): Promise<Exchange> {
  return ctx.client.call({ method: 'POST', endpoint, token: ctx.token, body });
}

function get(ctx: RunContext, endpoint: string, query: Record<string, string>): Promise<Exchange> {
  return ctx.client.call({ method: 'GET', endpoint, token: ctx.token, query });
}

function history(ctx: RunContext, id: number, size = 5): Promise<Exchange> {
  return get(ctx, 'message/get', { id: String(id), page_size: String(size) });
}

function listSessions(ctx: RunContext, query: Record<string, string>): Promise<Exchange> {
  return get(ctx, 'message_session/list', { user_type: '9', collection: 'all', ...query });
}

function sessionInfo(answer: Exchange): JsonObject | undefined {
  const list = answerField(answer, 'list');
  return isJsonObject(list) ? list : undefined;
}

/** Session `id` as the first page of message_session/list shows it (last_msg_id is only there). */
async function listed(
  ctx: RunContext,
  sink: FindingSink,
  id: number,
): Promise<{ answer: Exchange; item: JsonObject | undefined } | undefined> {
  const answer = await listSessions(ctx, { page_size: '100' });
  if (!expectSuccess(sink, answer, 'MessageSessionListAnswer')) return undefined;
  return { answer, item: listItems(answer).find((s) => s.id === id) };
}

/** A control call the mock must answer with 2xx; a failure is a finding about the mock. */
async function controlOk(
  ctx: RunContext,
  sink: FindingSink,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: Record<string, unknown>,
): Promise<Exchange | undefined> {
  const answer = await ctx.client.control(method, path, body);
  if (answer.status >= 200 && answer.status < 300) return answer;
  sink.add({
    kind: 'violation',
    level: sink.level,
    request: answer.request,
    status: answer.status,
    path: 'control API',
    rule: `${method} ${path} succeeds`,
    expected: 'HTTP 2xx',
    found: `HTTP ${answer.status} ${shown(fieldOf(answer.json, 'detail') ?? answer.json)}`,
  });
  return undefined;
}

/** Moves the mock's test clock past its delivery delay. */
async function settleOnMock(ctx: RunContext, sink: FindingSink): Promise<boolean> {
  const state = await controlOk(ctx, sink, 'GET', '/__mock/delivery');
  const delay = fieldOf(state?.json, 'delay_ms');
  if (typeof delay !== 'number') return false;
  return (
    (await controlOk(ctx, sink, 'POST', '/__mock/clock', { advance: `${delay + 1}ms` })) !==
    undefined
  );
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The record with `msgId` in a message/get answer. */
function recordOf(answer: Exchange, msgId: number): JsonObject | undefined {
  return recordsOf(answer).find((r) => r.msg_id === msgId);
}

/** Adds a session to the mock for this run. */
async function addMockSession(ctx: RunContext, sink: FindingSink): Promise<number | undefined> {
  const to = `+1555${String(Date.now() % 10_000_000).padStart(7, '0')}`;
  const added = await ctx.client.control('POST', '/__mock/sessions', {
    info: {
      channel_type: 'sms',
      did_number: '+15550100',
      to_number: to,
      user_info: { user_id: 0, user_no: to, user_type: 2, avatar: '', username: 'pbx-contract' },
      channel_name: RUN_SESSION_CHANNEL,
      origin: '',
    },
  });
  if (added.status === 401 || added.status === 403 || answerField(added, 'errcode') === 10001) {
    sink.skip(
      "the mock's control API is off or wants a control token, so the run cannot add a session",
    );
    return undefined;
  }
  const id = fieldOf(fieldOf(added.json, 'info'), 'id') ?? fieldOf(added.json, 'id');
  if (added.status !== 201 || typeof id !== 'number') {
    sink.add({
      kind: 'violation',
      level: 'DOC',
      request: added.request,
      status: added.status,
      path: 'control API',
      rule: 'POST /__mock/sessions adds a session',
      expected: 'HTTP 201 with the session view',
      found: `HTTP ${added.status} ${shown(fieldOf(added.json, 'detail') ?? added.json)}`,
    });
    return undefined;
  }
  return id;
}

/** Session ids on the first page of the list, before a send to a new contact; undefined when unread. */
async function firstPageIds(ctx: RunContext): Promise<Set<number> | undefined> {
  const answer = await listSessions(ctx, { page_size: '100' });
  if (answerField(answer, 'errcode') !== 0) return undefined;
  return new Set(
    listItems(answer)
      .map((s) => s.id)
      .filter((id): id is number => typeof id === 'number'),
  );
}

/**
 * Whether session `id` was started by the run's send: not on the list before it, and its whole history is
 * that one message (a session the send joined, even one too old for the first page, has more).
 */
async function startedBySend(ctx: RunContext, id: number, msgId: number): Promise<boolean> {
  const page = await history(ctx, id, 5);
  const records = recordsOf(page);
  return answerField(page, 'errcode') === 0 && records.length === 1 && records[0]?.msg_id === msgId;
}

const sendCheck: Check = {
  id: 'conversation.send',
  title:
    "message/send answers errcode 0 with data.msg_id, a string (OPEN: the mock's default; an integer is a difference); on a device the run's one message",
  level: 'OPEN',
  mockOnly: false,
  async run(ctx, sink) {
    const off = offReason(ctx);
    if (off !== undefined) return sink.skip(off);
    const conversation = conversationOf(ctx);
    conversation.blocked = 'conversation.send made no message';
    let body: Record<string, unknown>;
    let before: Set<number> | undefined;
    const target = ctx.options.testTarget;
    if (ctx.isMock) {
      const id = await addMockSession(ctx, sink);
      if (id === undefined) return;
      conversation.sessionId = id;
      conversation.own = true;
      body = { sender_type: 9, sender_no: 'api', session_id: id, msg_body: conversation.body };
    } else if (target?.kind === 'session') {
      conversation.sessionId = target.sessionId;
      body = {
        sender_type: 9,
        sender_no: 'api',
        session_id: target.sessionId,
        msg_body: conversation.body,
      };
    } else if (target?.kind === 'new') {
      before = await firstPageIds(ctx);
      if (!before) {
        return sink.skip(
          'message_session/list (page_size 100) did not answer, so the run could not tell a new session from an existing one; nothing was sent',
        );
      }
      body = {
        sender_type: 9,
        sender_no: 'api',
        channel: target.channel,
        did_number: target.did,
        to: target.to,
        msg_body: conversation.body,
      };
    } else return sink.skip('mutating: no test target given');
    const answer = await post(ctx, 'message/send', body);
    if (!expectSuccess(sink, answer, 'MessageSendAnswer')) return;
    const raw = fieldOf(fieldOf(answer.json, 'data'), 'msg_id');
    const msgId = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof msgId !== 'number') {
      violation(
        sink,
        metaOf(answer),
        {
          path: '$.data.msg_id',
          rule: 'message/send answers the new message id',
          expected: 'a msg_id',
          found: shown(raw),
        },
        'DOC',
      );
      return;
    }
    if (typeof raw !== 'string' && ctx.isMock) {
      // the mock answers either shape on purpose (--send-answer): the one it was told is not a fault
      sink.note(
        'the mock answers msg_id as a number (started with --send-answer number)',
        answer.request,
      );
    } else if (typeof raw !== 'string') {
      violation(
        sink,
        metaOf(answer),
        {
          path: '$.data.msg_id',
          rule: 'message/send answered msg_id as a number, not the string one public client reads (OPEN)',
          expected: 'a string such as "2863000"',
          found: shown(raw),
        },
        'OPEN',
      );
    }
    conversation.msgId = msgId;
    if (target?.kind === 'new' && !ctx.isMock && before) {
      const after = listItems(await listSessions(ctx, { page_size: '20' }));
      const started = after.find((s) => typeof s.id === 'number' && !before.has(s.id));
      const joined = after.find((s) => fieldOf(s.to, 'user_no') === target.to);
      const session = started ?? joined;
      if (typeof session?.id !== 'number') {
        conversation.blocked = `the session of the message sent to ${target.to} is not on the list's first page`;
        return;
      }
      conversation.sessionId = session.id;
      if (started && (await startedBySend(ctx, session.id, msgId))) {
        conversation.own = true;
        ctx.client.adoptSession(session.id);
      } else
        sink.note(
          `the send joined session ${session.id}, which existed before: it is neither closed nor transferred`,
        );
    }
    conversation.blocked = undefined;
  },
};

const historyCheck: Check = {
  id: 'conversation.history',
  title:
    "the sent message is in message/get's history (its body, the API as sender, delivery_status 0-2), and the session's last_msg_id is the newest message's",
  level: 'DOC',
  mockOnly: false,
  async run(ctx, sink) {
    const c = ready(ctx, sink);
    if (!c || c.sessionId === undefined || c.msgId === undefined) return;
    const answer = await history(ctx, c.sessionId, 20);
    if (!expectSuccess(sink, answer, 'MessageGetAnswer')) return;
    const records = recordsOf(answer);
    const record = recordOf(answer, c.msgId);
    if (!record) {
      violation(sink, metaOf(answer), {
        path: '$.data.records',
        rule: `the sent message (msg_id ${c.msgId}) is missing from message/get's history of session ${c.sessionId}`,
        expected: `a record with msg_id ${c.msgId}`,
        found: `msg_ids ${records.map((r) => shown(r.msg_id)).join(',') || 'none'}`,
      });
      return;
    }
    const problems: string[] = [];
    if (record.msg_body !== c.body) problems.push(`msg_body ${shown(record.msg_body)}`);
    if (fieldOf(record.sender, 'user_type') !== 9) problems.push(`sender ${shown(record.sender)}`);
    if (![0, 1, 2].includes(record.delivery_status as number))
      problems.push(`delivery_status ${shown(record.delivery_status)}`);
    if (ctx.isMock && records[0] !== record)
      problems.push(`not the newest (${shown(records[0]?.msg_id)} is)`);
    if (problems.length > 0) {
      violation(sink, metaOf(answer), {
        path: '$.data.records',
        rule: `the sent message ${c.msgId} reads back as sent`,
        expected: `msg_body ${shown(c.body)}, the API as sender, delivery_status 0, 1 or 2`,
        found: problems.join('; '),
      });
    }
    const info = await listed(ctx, sink, c.sessionId);
    if (!info) return;
    const last = info.item?.last_msg_id;
    const newest = recordsOf(ctx.isMock ? answer : await history(ctx, c.sessionId, 1))[0]?.msg_id;
    if (last !== newest) {
      violation(sink, metaOf(info.answer), {
        path: '$.list[*].last_msg_id',
        rule: `last_msg_id not updated: session ${c.sessionId}'s last_msg_id is its newest message's`,
        expected: shown(newest),
        found: shown(last),
      });
    }
  },
};

const listOrderCheck: Check = {
  id: 'conversation.list-order',
  title:
    'after the send the session is first in message_session/list (sorted by its newest message)',
  level: 'SEEN',
  mockOnly: true,
  async run(ctx, sink) {
    const c = ready(ctx, sink);
    if (!c || c.sessionId === undefined) return;
    const answer = await listSessions(ctx, { page_size: '1' });
    if (!expectSuccess(sink, answer, 'MessageSessionListAnswer')) return;
    const first = listItems(answer)[0];
    if (first?.id !== c.sessionId || first.last_msg_id !== c.msgId) {
      violation(sink, metaOf(answer), {
        path: '$.list[0]',
        rule: 'the session just written to is first in the list, with the sent message as its last_msg_id',
        expected: `id ${c.sessionId}, last_msg_id ${shown(c.msgId)}`,
        found: `id ${shown(first?.id)}, last_msg_id ${shown(first?.last_msg_id)}`,
      });
    }
  },
};

/** Polls (device) or steps the clock (mock) until the message leaves delivery_status 0. */
async function settled(
  ctx: RunContext,
  sink: FindingSink,
  sessionId: number,
  msgId: number,
): Promise<{ record: JsonObject; answer: Exchange } | undefined> {
  let answer: Exchange | undefined;
  let record: JsonObject | undefined;
  const polls = ctx.isMock ? 1 : SETTLE_POLLS;
  if (ctx.isMock && !(await settleOnMock(ctx, sink))) return undefined;
  for (let i = 0; i < polls; i++) {
    if (i > 0) await pause(SETTLE_PAUSE_MS, ctx.signal);
    answer = await history(ctx, sessionId, 20);
    if (!expectSuccess(sink, answer, 'MessageGetAnswer')) return undefined;
    record = recordOf(answer, msgId);
    if (record && record.delivery_status !== 0) return { record, answer };
  }
  if (answer) {
    violation(sink, metaOf(answer), {
      path: '$.data.records[*].delivery_status',
      rule: `delivery_status never settled: message ${msgId} stayed at 0 (sending)`,
      expected: ctx.isMock
        ? '1 or 2 once the test clock passed the delivery delay'
        : `1 or 2 within ${SETTLE_POLLS} polls`,
      found: record ? shown(record.delivery_status) : 'the message is gone from the history',
    });
  }
  return undefined;
}

const deliveryCheck: Check = {
  id: 'conversation.delivery',
  title:
    'the sent message settles: it leaves delivery_status 0 for 1 (sent, with a receive_time) or 2 (failed, with a send_error)',
  level: 'DOC',
  mockOnly: false,
  async run(ctx, sink) {
    const c = ready(ctx, sink);
    if (!c || c.sessionId === undefined || c.msgId === undefined) return;
    if (ctx.isMock) {
      const before = recordOf(await history(ctx, c.sessionId), c.msgId);
      if (before?.delivery_status !== 0) {
        sink.add({
          kind: 'violation',
          level: 'DOC',
          request: `GET /openapi/v1.0/message/get?id=${c.sessionId}`,
          path: '$.data.records[*].delivery_status',
          rule: 'a message starts at delivery_status 0 (sending) until the delivery delay has passed',
          expected: '0',
          found: shown(before?.delivery_status),
        });
      }
    }
    const done = await settled(ctx, sink, c.sessionId, c.msgId);
    if (!done) return;
    const { record, answer } = done;
    const ok =
      (record.delivery_status === 1 &&
        typeof record.receive_time === 'number' &&
        record.receive_time > 0) ||
      (record.delivery_status === 2 &&
        typeof record.send_error === 'string' &&
        record.send_error !== '');
    if (!ok || (ctx.isMock && record.delivery_status !== 1)) {
      violation(sink, metaOf(answer), {
        path: '$.data.records[*]',
        rule: `message ${c.msgId} settles as sent (1 with a receive_time) or failed (2 with a send_error)`,
        expected: ctx.isMock
          ? 'delivery_status 1 and a receive_time'
          : '1 with receive_time, or 2 with send_error',
        found: `delivery_status ${shown(record.delivery_status)}, receive_time ${shown(record.receive_time)}, send_error ${shown(record.send_error)}`,
      });
    }
    if (!ctx.isMock && record.delivery_status === 2) {
      sink.note(`the test message failed on the device: send_error ${shown(record.send_error)}`);
    }
  },
};

const failureCheck: Check = {
  id: 'conversation.delivery-failure',
  title:
    'a send that a delivery rule fails (POST /__mock/delivery/failures) settles at delivery_status 2 with that send_error',
  level: 'DOC',
  mockOnly: true,
  async run(ctx, sink) {
    const c = ready(ctx, sink);
    if (!c || c.sessionId === undefined) return;
    const rule = await controlOk(ctx, sink, 'POST', '/__mock/delivery/failures', {
      session_id: c.sessionId,
      send_error: 'invalid_phone_number',
      times: 1,
    });
    if (!rule) return;
    c.failureRuleAdded = true;
    try {
      const answer = await post(ctx, 'message/send', {
        sender_type: 9,
        sender_no: 'api',
        session_id: c.sessionId,
        msg_body: `${c.body} (to fail)`,
      });
      if (!expectSuccess(sink, answer, 'MessageSendAnswer')) return;
      const msgId = Number(fieldOf(fieldOf(answer.json, 'data'), 'msg_id'));
      const done = await settled(ctx, sink, c.sessionId, msgId);
      if (!done) return;
      if (done.record.delivery_status !== 2 || done.record.send_error !== 'invalid_phone_number') {
        violation(sink, metaOf(done.answer), {
          path: '$.data.records[*]',
          rule: `message ${msgId}, which the delivery rule fails, settles as failed with the rule's send_error`,
          expected: 'delivery_status 2, send_error "invalid_phone_number"',
          found: `delivery_status ${shown(done.record.delivery_status)}, send_error ${shown(done.record.send_error)}`,
        });
      }
    } finally {
      await controlOk(ctx, sink, 'DELETE', '/__mock/delivery/failures');
    }
  },
};

function paramOf(record: JsonObject | undefined): unknown {
  try {
    return typeof record?.param === 'string' ? (JSON.parse(record.param) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Why a device run transfers nothing: --test-transfer was not given. */
export const NO_TRANSFER_ON_DEVICE =
  'on a device the run transfers only with --test-transfer DEST (queue:ID, extension:NUMBER or api) and a session it started; no transfer was made';

/** Where the transfer goes: the mock's queue on the mock, --test-transfer on a device. */
function transferDestination(ctx: RunContext): TransferDestination | undefined {
  if (ctx.isMock) return { type: 'queue', id: MOCK_QUEUE };
  const target = ctx.options.testTarget;
  return target?.kind === 'new' ? target.transfer : undefined;
}

/** Whether a (parsed) param names `dest` anywhere among its values: its keys are OPEN on a device. */
function namesDestination(param: unknown, dest: TransferDestination): boolean {
  const wanted = dest.type === 'api' ? 'api' : dest.id;
  const seen = (value: unknown): boolean => {
    if (typeof value === 'string' || typeof value === 'number')
      return String(value).toLowerCase() === wanted;
    if (Array.isArray(value)) return value.some(seen);
    if (isJsonObject(value)) return Object.values(value).some(seen);
    return false;
  };
  return seen(param);
}

const transferCheck: Check = {
  id: 'conversation.transfer',
  title: `message_session/transfer writes a system message (msg_type 6 for a queue, 1 for an extension or the API) whose param (a JSON string) names the destination, the session's newest (last_msg_id), and a queue fills participants; on a device only with --test-transfer`,
  level: 'DOC',
  mockOnly: false,
  async run(ctx, sink) {
    const off = offReason(ctx);
    if (off !== undefined) return sink.skip(off);
    const dest = transferDestination(ctx);
    if (!dest) return sink.skip(NO_TRANSFER_ON_DEVICE);
    const c = ready(ctx, sink, true);
    if (!c || c.sessionId === undefined) return;
    const answer = await post(ctx, 'message_session/transfer', {
      session_id: c.sessionId,
      destination_type: dest.type,
      destination_id: dest.id,
    });
    if (!expectSuccess(sink, answer, 'MessageSessionActionAnswer')) return;
    const named = dest.type === 'api' ? 'the API' : `${dest.type} ${dest.id}`;
    const msgType = dest.type === 'queue' ? 6 : 1;
    const page = await history(ctx, c.sessionId);
    if (!expectSuccess(sink, page, 'MessageGetAnswer')) return;
    const newest = recordsOf(page)[0];
    if (newest?.msg_type !== msgType) {
      violation(sink, metaOf(page), {
        path: '$.data.records[0].msg_type',
        rule: `transfer without the system message: the newest message after the transfer is msg_type ${msgType} (${msgType === 6 ? 'transferred to a message queue' : 'transferred to an extension or the API'}; the transfer went to ${named})`,
        expected: String(msgType),
        found: `msg_type ${shown(newest?.msg_type)}`,
      });
    } else {
      const param = paramOf(newest);
      if (!isJsonObject(param)) {
        // param is a JSON-encoded string on a transfer's system message (DOC)
        violation(sink, metaOf(page), {
          path: '$.data.records[0].param',
          rule: "the transfer's system message carries its details in param, a JSON-encoded string",
          expected: 'a string holding a JSON object',
          found: shown(newest.param),
        });
      } else if (
        ctx.isMock
          ? fieldOf(param, 'destination_type') !== dest.type ||
            String(fieldOf(param, 'destination_id')) !== dest.id
          : !namesDestination(param, dest)
      ) {
        // the param's keys are OPEN on a device (device-api.md); the mock names the target with these
        violation(
          sink,
          metaOf(page),
          {
            path: '$.data.records[0].param',
            rule: `the transfer's system message names ${named} in its param (a JSON string)`,
            expected: ctx.isMock
              ? `{"destination_type":"${dest.type}","destination_id":"${dest.id}",...}`
              : `a value ${dest.type === 'api' ? '"api"' : `"${dest.id}"`} (the keys are OPEN)`,
            found: shown(newest.param),
          },
          'OPEN',
        );
      }
    }
    const info = await get(ctx, 'message_session/get', { id: String(c.sessionId) });
    if (!expectSuccess(sink, info, 'MessageSessionGetAnswer')) return;
    if (dest.type === 'queue') {
      const participants = sessionInfo(info)?.participants;
      if (!Array.isArray(participants) || participants.length === 0) {
        violation(sink, metaOf(info), {
          path: '$.list.participants',
          rule: 'a session waiting in a queue lists the queue members as participants',
          expected: 'a non-empty array',
          found: shown(participants),
        });
      }
    }
    const item = await listed(ctx, sink, c.sessionId);
    if (newest && item && item.item?.last_msg_id !== newest.msg_id) {
      violation(sink, metaOf(item.answer), {
        path: '$.list[*].last_msg_id',
        rule: "last_msg_id not updated: the transfer's system message is the session's last_msg_id",
        expected: shown(newest.msg_id),
        found: shown(item.item?.last_msg_id),
      });
    }
  },
};

const pickupCheck: Check = {
  id: 'conversation.pickup',
  title: `an extension's reply in a session queued to it picks the session up: a msg_type 5 message, then the reply as the newest (last_msg_id), and participants empty`,
  level: 'SEEN',
  mockOnly: true,
  async run(ctx, sink) {
    const c = ready(ctx, sink, true);
    if (!c || c.sessionId === undefined) return;
    const reply = await post(ctx, 'message/send', {
      sender_type: 1,
      sender_no: MOCK_AGENT,
      session_id: c.sessionId,
      msg_body: `${c.body} (agent ${MOCK_AGENT})`,
    });
    if (!expectSuccess(sink, reply, 'MessageSendAnswer')) return;
    const replyId = Number(fieldOf(fieldOf(reply.json, 'data'), 'msg_id'));
    const page = await history(ctx, c.sessionId);
    if (!expectSuccess(sink, page, 'MessageGetAnswer')) return;
    const [newest, before] = recordsOf(page);
    if (newest?.msg_id !== replyId || before?.msg_type !== 5) {
      violation(sink, metaOf(page), {
        path: '$.data.records',
        rule: 'the picked-up message (msg_type 5) comes first, then the reply, which is the newest',
        expected: `newest ${replyId}, then msg_type 5`,
        found: `newest ${shown(newest?.msg_id)}, then msg_type ${shown(before?.msg_type)}`,
      });
    }
    const info = await get(ctx, 'message_session/get', { id: String(c.sessionId) });
    if (!expectSuccess(sink, info, 'MessageSessionGetAnswer')) return;
    const session = sessionInfo(info);
    if (!Array.isArray(session?.participants) || session.participants.length !== 0) {
      violation(sink, metaOf(info), {
        path: '$.list.participants',
        rule: 'participants not emptied after pick-up: a session taken over has no one waiting',
        expected: '[]',
        found: shown(session?.participants),
      });
    }
    const item = await listed(ctx, sink, c.sessionId);
    if (item && item.item?.last_msg_id !== replyId) {
      violation(sink, metaOf(item.answer), {
        path: '$.list[*].last_msg_id',
        rule: "last_msg_id not updated: the agent's reply is the session's last_msg_id",
        expected: String(replyId),
        found: shown(item.item?.last_msg_id),
      });
    }
  },
};

/** Whether the first page of the list filtered by `is_closed` holds the session. */
async function inFilter(
  ctx: RunContext,
  sink: FindingSink,
  id: number,
  closed: 0 | 1,
): Promise<{ answer: Exchange; has: boolean } | undefined> {
  const answer = await listSessions(ctx, { page_size: '100', is_closed: String(closed) });
  if (!expectSuccess(sink, answer, 'MessageSessionListAnswer')) return undefined;
  return { answer, has: listItems(answer).some((s) => s.id === id) };
}

const closeCheck: Check = {
  id: 'conversation.close',
  title:
    "message_session/close on the run's own session answers errcode 0; then list with is_closed=1 shows it (is_close 1) and is_closed=0 does not",
  level: 'DOC',
  mockOnly: false,
  async run(ctx, sink) {
    const c = ready(ctx, sink, true);
    if (!c || c.sessionId === undefined) return;
    const answer = await post(ctx, 'message_session/close', { session_id: c.sessionId });
    if (!expectSuccess(sink, answer, 'MessageSessionActionAnswer')) return;
    const closed = await inFilter(ctx, sink, c.sessionId, 1);
    const open = await inFilter(ctx, sink, c.sessionId, 0);
    if (!closed || !open) return;
    if (!closed.has || open.has) {
      violation(sink, metaOf(closed.has ? open.answer : closed.answer), {
        path: '$.list',
        rule: `close not reflected in list filters: closed session ${c.sessionId} is listed by is_closed=1 and not by is_closed=0`,
        expected: 'in is_closed=1, not in is_closed=0',
        found: `${closed.has ? 'in' : 'not in'} is_closed=1, ${open.has ? 'in' : 'not in'} is_closed=0`,
      });
    }
  },
};

/** A small text file as message/batchupload's multipart form. */
function uploadForm(text: string): { contentType: string; text: string } {
  const boundary = `pbx-contract-${randomBytes(8).toString('hex')}`;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    text: [
      `--${boundary}`,
      'Content-Disposition: form-data; name="files"; filename="pbx-contract.txt"',
      'Content-Type: text/plain',
      '',
      text,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  };
}

const uploadCheck: Check = {
  id: 'conversation.batchupload',
  title:
    'message/batchupload answers a File_Info per file under list, and its uri gives the file back (with the access token)',
  level: 'DOC',
  mockOnly: true,
  async run(ctx, sink) {
    const text = `pbx-contract upload ${randomBytes(4).toString('hex')}`;
    const answer = await ctx.client.call({
      method: 'POST',
      endpoint: 'message/batchupload',
      token: ctx.token,
      rawBody: uploadForm(text),
    });
    if (!expectSuccess(sink, answer, 'MessageBatchUploadAnswer')) return;
    const file = listItems(answer)[0];
    if (typeof file?.uri !== 'string' || file.name !== 'pbx-contract.txt') {
      violation(sink, metaOf(answer), {
        path: '$.list[0]',
        rule: 'the File_Info names the file and has a uri',
        expected: 'name "pbx-contract.txt", a uri',
        found: shown(file),
      });
      return;
    }
    const got = await ctx.client.download(file.uri, ctx.token);
    if (got.status !== 200 || got.body !== text) {
      sink.add({
        kind: 'violation',
        // the uri's form and how it is fetched are OPEN (device-api.md); the mock serves it with the token
        level: 'OPEN',
        request: got.request,
        status: got.status,
        path: 'uri',
        rule: "the upload's uri gives back the bytes uploaded",
        expected: 'HTTP 200 with the file',
        found: `HTTP ${got.status}, ${got.body.length} bytes${got.body === text ? '' : ', not the file'}`,
      });
    }
  },
};

const giveBackCheck: Check = {
  id: 'conversation.give-back',
  title: 'the session the run added to the mock is removed again (DELETE /__mock/sessions/:id)',
  level: 'DOC',
  mockOnly: true,
  async run(ctx, sink) {
    const c = conversationOf(ctx);
    if (c.sessionId === undefined || !c.own) return sink.skip('the run added no session');
    await controlOk(ctx, sink, 'DELETE', `/__mock/sessions/${c.sessionId}`);
  },
};

/** The conversation checks, in the order they run (after the reads, before the token flows). */
export const CONVERSATION_CHECKS: readonly Check[] = [
  sendCheck,
  historyCheck,
  listOrderCheck,
  deliveryCheck,
  failureCheck,
  transferCheck,
  pickupCheck,
  closeCheck,
  uploadCheck,
  giveBackCheck,
];
