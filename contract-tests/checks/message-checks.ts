/**
 * message/get and message/query: shapes against the schemas (Msg_Record's rules included), the payload under
 * `data` (not `list` as on the session endpoints), records that fit their session, the newest msg_id agreeing
 * with the session's last_msg_id, and last_msg_id paging. Read-only: only GET calls the device table marks
 * `mutates: false`.
 */
import { CAMPAIGN_USER_TYPE, USER_TYPE_BY_CHANNEL } from '../../fixtures/variants.js';
import { expectSuccess, metaOf, violation } from '../answer-checks.js';
import type { Check, FindingSink } from '../check.js';
import { jsonPath, shown, weakest } from '../finding.js';
import { answerField, fieldOf, isJsonObject } from '../json-fields.js';
import type { JsonObject } from '../json-fields.js';
import {
  MESSAGE_PAGE_SIZE,
  MESSAGE_WALK_PAGE_SIZE,
  messagePage,
  msgIds,
  newestPages,
  pagingWalk,
  recordsOf,
} from '../message-walks.js';
import { SYSTEM_MSG_TYPES } from '../message-rules.js';
import type { AnswerMeta } from '../schema-findings.js';
import type { Exchange } from '../target-client.js';

/**
 * When a success answer lacks its payload key but carries the other one, says so in words: `data` and `list`
 * differ between these endpoints, and that is what clients (and firmwares) get wrong.
 */
export function keyMixUp(
  sink: FindingSink,
  answer: Exchange,
  endpoint: string,
  key: 'data' | 'list',
): void {
  const other = key === 'data' ? 'list' : 'data';
  if (answerField(answer, key) !== undefined || answerField(answer, other) === undefined) return;
  const why =
    key === 'data'
      ? 'data, not list as the message_session endpoints'
      : 'list, not data as message_channel/get';
  violation(sink, metaOf(answer), {
    path: `$.${other}`,
    rule: `data/list mix-up: ${endpoint} answers its payload under ${why}`,
    expected: `$.${key}`,
    found: `$.${other} (${Array.isArray(answerField(answer, other)) ? 'an array' : 'an object'})`,
  });
}

/** The sender user_types a session's records may carry: its customer's, an extension (1), the API (9). */
function sendersOf(info: JsonObject): { customer: number | undefined; why: string } {
  const user = info.user_info;
  const type = fieldOf(user, 'user_type');
  if (typeof type === 'number') {
    return {
      customer: type,
      why: `this ${shown(info.channel_type)} session's customer is ${type}`,
    };
  }
  const channel = info.channel_type;
  const customer =
    info.origin === 'campaign'
      ? CAMPAIGN_USER_TYPE
      : typeof channel === 'string' && channel in USER_TYPE_BY_CHANNEL
        ? USER_TYPE_BY_CHANNEL[channel as keyof typeof USER_TYPE_BY_CHANNEL]
        : undefined;
  return { customer, why: `a ${shown(channel)} session's customer is ${String(customer)}` };
}

/**
 * The rules a record breaks against its session: it belongs to the session asked for, its sender is the
 * session's customer, an extension or the API, and a WhatsApp template (msg_kind 1) is on a whatsapp session.
 */
export function recordsFitSession(
  sink: FindingSink,
  meta: AnswerMeta,
  records: readonly JsonObject[],
  sessionId: number,
  info: JsonObject | undefined,
  at: readonly string[],
): void {
  const senders = info ? sendersOf(info) : undefined;
  records.forEach((record, i) => {
    const here = [...at, String(i)];
    if (record.session_id !== sessionId) {
      violation(sink, meta, {
        path: jsonPath([...here, 'session_id']),
        rule: 'every record belongs to the session asked for',
        expected: String(sessionId),
        found: shown(record.session_id),
      });
    }
    if (!info || !senders) return;
    const sender = record.sender;
    const type = fieldOf(sender, 'user_type');
    // who a system message the PBX writes on its own is from is OPEN (decisions/004)
    const senderLevel = SYSTEM_MSG_TYPES.has(record.msg_type) ? 'OPEN' : sink.level;
    if (typeof type === 'number' && type !== 1 && type !== 9 && type !== senders.customer) {
      violation(
        sink,
        meta,
        {
          path: jsonPath([...here, 'sender', 'user_type']),
          rule: `a sender is the session's customer, an extension (1) or the API (9, OPEN); ${senders.why}`,
          expected: `one of ${String(senders.customer)}, 1, 9`,
          found: String(type),
        },
        senderLevel,
      );
    } else if (type === senders.customer) {
      const customerNo = fieldOf(info.user_info, 'user_no');
      const senderNo = fieldOf(sender, 'user_no');
      if (typeof customerNo === 'string' && senderNo !== customerNo) {
        violation(
          sink,
          meta,
          {
            path: jsonPath([...here, 'sender', 'user_no']),
            rule: "a sender of the customer's user_type is the session's customer (user_info.user_no)",
            expected: shown(customerNo),
            found: shown(senderNo),
          },
          weakest('SEEN', senderLevel),
        );
      }
    }
    if (record.msg_kind === 1 && info.channel_type !== 'whatsapp') {
      violation(sink, meta, {
        path: jsonPath([...here, 'msg_kind']),
        rule: `msg_kind 1 is a WhatsApp template, so only on whatsapp sessions; this is a ${shown(info.channel_type)} session`,
        expected: '0',
        found: '1',
      });
    }
  });
}

function checkPageSize(sink: FindingSink, answer: Exchange, pageSize: number): void {
  const count = recordsOf(answer).length;
  if (count <= pageSize) return;
  violation(sink, metaOf(answer), {
    path: '$.data.records',
    rule: 'a page holds at most page_size messages (page_size honoured)',
    expected: `at most ${pageSize} records`,
    found: `${count} records`,
  });
}

const getCheck: Check = {
  id: 'message.get',
  title:
    "message/get answers a session's newest messages under data (an object, not list), each record valid and fitting its session, for a session of each variant found",
  level: 'DOC',
  mockOnly: false,
  async run(ctx, sink) {
    const pages = await newestPages(ctx);
    if (pages.size === 0) return sink.skip('the target has no sessions to read messages of');
    const discovery = await ctx.discovery();
    for (const [id, answer] of pages) {
      const ok = expectSuccess(sink, answer, 'MessageGetAnswer');
      if (!ok) continue;
      keyMixUp(sink, answer, 'message/get', 'data');
      const data = answerField(answer, 'data');
      if (isJsonObject(data) && data.session_id !== id) {
        violation(sink, metaOf(answer), {
          path: '$.data.session_id',
          rule: 'message/get answers the session asked for',
          expected: String(id),
          found: shown(data.session_id),
        });
      }
      checkPageSize(sink, answer, MESSAGE_PAGE_SIZE);
      const info = discovery.infos.get(id);
      recordsFitSession(sink, metaOf(answer), recordsOf(answer), id, info, ['data', 'records']);
    }
  },
};

const newestCheck: Check = {
  id: 'message.newest',
  title:
    "the newest message's msg_id (message/get without last_msg_id) is the session's last_msg_id in message_session/list",
  level: 'SEEN',
  mockOnly: false,
  async run(ctx, sink) {
    const pages = await newestPages(ctx);
    const discovery = await ctx.discovery();
    let compared = 0;
    for (const [id, answer] of pages) {
      const last = discovery.items.get(id)?.last_msg_id;
      if (typeof last !== 'number' || answerField(answer, 'errcode') !== 0) continue;
      compared++;
      const ids = msgIds(recordsOf(answer));
      const newest = ids.length > 0 ? Math.max(...ids) : undefined;
      if (newest === last) continue;
      violation(sink, metaOf(answer), {
        path: '$.data.records[*].msg_id',
        rule: `the newest message of session ${id} is its last_msg_id in message_session/list`,
        expected: String(last),
        found: newest === undefined ? 'no records' : `newest msg_id ${newest}`,
      });
    }
    if (compared === 0)
      sink.skip('no session read with message/get was also listed with its last_msg_id');
  },
};

const orderCheck: Check = {
  id: 'message.order',
  title:
    'message/get answers records newest first (msg_id decreasing), so the last record is the next cursor',
  level: 'OPEN',
  mockOnly: false,
  async run(ctx, sink) {
    const walk = await pagingWalk(ctx);
    const answers = [
      ...(await newestPages(ctx)).values(),
      ...(walk?.pages ?? []).map((p) => p.answer),
    ];
    for (const answer of answers) {
      let previous: number | undefined;
      recordsOf(answer).forEach((record, i) => {
        const id = record.msg_id;
        if (typeof id !== 'number') return;
        if (previous !== undefined && id >= previous) {
          violation(sink, metaOf(answer), {
            path: `$.data.records[${i}].msg_id`,
            rule: 'records come newest first: msg_id decreases within a page',
            expected: `below ${previous}`,
            found: String(id),
          });
        }
        previous = id;
      });
    }
  },
};

const pagingCheck: Check = {
  id: 'message.paging',
  title: `message/get pages back with last_msg_id (pages of ${MESSAGE_WALK_PAGE_SIZE}): each page strictly older than its cursor, no message twice, none skipped, page_size honoured, and the paging stops`,
  level: 'DOC',
  mockOnly: false,
  async run(ctx, sink) {
    const walk = await pagingWalk(ctx);
    if (!walk) return sink.skip('no session read with message/get has two messages or more');
    const seen = new Map<number, number>();
    const walked: number[] = [];
    walk.pages.forEach(({ cursor, answer }, p) => {
      if (!expectSuccess(sink, answer, 'MessageGetAnswer')) return;
      checkPageSize(sink, answer, walk.pageSize);
      const meta = metaOf(answer);
      recordsOf(answer).forEach((record, i) => {
        const id = record.msg_id;
        if (typeof id !== 'number') return;
        if (cursor !== undefined && id >= cursor) {
          violation(sink, meta, {
            path: `$.data.records[${i}].msg_id`,
            rule: `a page holds only messages older than its cursor (last_msg_id=${cursor}), not the cursor itself nor newer ones`,
            expected: `below ${cursor}`,
            found: String(id),
          });
        }
        const first = seen.get(id);
        if (first !== undefined) {
          violation(sink, meta, {
            path: `$.data.records[${i}].msg_id`,
            rule: 'no message repeats across pages',
            expected: 'a message not answered before',
            found: `msg_id ${id}, already on page ${first + 1}`,
          });
        } else {
          seen.set(id, p);
          walked.push(id);
        }
      });
    });
    const newest = await messagePage(ctx, walk.sessionId, MESSAGE_PAGE_SIZE);
    const all = msgIds(recordsOf(newest));
    const oldest = walked.length > 0 ? Math.min(...walked) : undefined;
    const expected = walk.ended || oldest === undefined ? all : all.filter((id) => id >= oldest);
    const skipped = expected.filter((id) => !seen.has(id));
    const last = walk.pages[walk.pages.length - 1]?.answer ?? newest;
    if (skipped.length > 0) {
      violation(sink, metaOf(last), {
        path: '$.data.records[*].msg_id',
        rule: `paging skips no message: pages of ${walk.pageSize} hold every message that one page of ${MESSAGE_PAGE_SIZE} holds (session ${walk.sessionId})`,
        expected: `msg_ids ${expected.join(',')}`,
        found: `missing ${skipped.join(',')}`,
      });
    }
    if (!walk.ended && all.length < MESSAGE_PAGE_SIZE) {
      violation(sink, metaOf(last), {
        path: '$.data.records',
        rule: `paging stops: a history of ${all.length} messages ends with a short page within ${walk.pages.length} pages of ${walk.pageSize}`,
        expected: 'a page shorter than page_size',
        found: `${walk.pages.length} full pages`,
      });
    }
    if (walk.ended && oldest !== undefined && all.length < MESSAGE_PAGE_SIZE) {
      const after = await messagePage(ctx, walk.sessionId, walk.pageSize, oldest);
      if (!expectSuccess(sink, after, 'MessageGetAnswer')) return;
      const more = msgIds(recordsOf(after));
      if (more.length > 0) {
        violation(sink, metaOf(after), {
          path: '$.data.records',
          rule: 'paging stops: last_msg_id at the oldest message answers no records',
          expected: 'no records',
          found: `msg_ids ${more.join(',')}`,
        });
      }
    }
  },
};

/** Sessions asked for at once in message/query. */
const QUERY_SESSIONS = 10;

const queryCheck: Check = {
  id: 'message.query',
  title: `message/query answers, under data (an array), each session asked for once with its newest messages, the same as message/get's`,
  level: 'DOC',
  mockOnly: false,
  async run(ctx, sink) {
    const pages = await newestPages(ctx);
    const asked = [...pages.keys()].slice(0, QUERY_SESSIONS);
    if (asked.length === 0) return sink.skip('the target has no sessions to read messages of');
    const answer = await ctx.client.call({
      method: 'GET',
      endpoint: 'message/query',
      token: ctx.token,
      query: { ids: asked.join(','), page_size: String(MESSAGE_WALK_PAGE_SIZE) },
    });
    if (!expectSuccess(sink, answer, 'MessageQueryAnswer')) return;
    keyMixUp(sink, answer, 'message/query', 'data');
    const meta = metaOf(answer);
    const data = answerField(answer, 'data');
    const items = Array.isArray(data) ? data : [];
    const discovery = await ctx.discovery();
    const answered: unknown[] = [];
    items.forEach((item: unknown, j) => {
      if (!isJsonObject(item)) return;
      const id = item.session_id;
      if (typeof id !== 'number' || !asked.includes(id) || answered.includes(id)) {
        violation(sink, meta, {
          path: `$.data[${j}].session_id`,
          rule: 'message/query answers the sessions asked for, each once',
          expected: `one of ${asked.join(',')}, not answered before`,
          found: shown(id),
        });
        return;
      }
      answered.push(id);
      const records = Array.isArray(item.records) ? item.records.filter(isJsonObject) : [];
      if (records.length > MESSAGE_WALK_PAGE_SIZE) {
        violation(sink, meta, {
          path: `$.data[${j}].records`,
          rule: 'each session holds at most page_size messages (page_size honoured)',
          expected: `at most ${MESSAGE_WALK_PAGE_SIZE} records`,
          found: `${records.length} records`,
        });
      }
      recordsFitSession(sink, meta, records, id, discovery.infos.get(id), [
        'data',
        String(j),
        'records',
      ]);
      const single = pages.get(id);
      if (!single || answerField(single, 'errcode') !== 0) return;
      const want = msgIds(recordsOf(single)).slice(0, MESSAGE_WALK_PAGE_SIZE);
      const got = msgIds(records);
      if (got.join(',') !== want.join(',')) {
        violation(sink, meta, {
          path: `$.data[${j}].records[*].msg_id`,
          rule: `message/query answers each session's newest messages, as message/get does (session ${id}, page_size ${MESSAGE_WALK_PAGE_SIZE})`,
          expected: `msg_ids ${want.join(',') || 'none'}`,
          found: `msg_ids ${got.join(',') || 'none'}`,
        });
      }
    });
    const missing = asked.filter(
      (id) => !answered.includes(id) && answerField(pages.get(id) ?? answer, 'errcode') === 0,
    );
    if (missing.length > 0) {
      violation(sink, meta, {
        path: '$.data[*].session_id',
        rule: 'message/query answers every session asked for that message/get answered',
        expected: `every id of ${asked.join(',')}`,
        found: `missing ${missing.join(',')}`,
      });
    }
  },
};

/** The message checks, in the order they run. */
export const MESSAGE_CHECKS: readonly Check[] = [
  getCheck,
  newestCheck,
  pagingCheck,
  orderCheck,
  queryCheck,
];
