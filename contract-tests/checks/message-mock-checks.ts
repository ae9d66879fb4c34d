/**
 * Mock-only checks of the message and channel endpoints: every errcode of the catalogue forced on each with
 * `Prefer: errcode=N`, and the history shapes the control API puts on a session (PUT
 * /__mock/sessions/:id/history), read back with message/get and removed again.
 */
import { SEED_SESSION, SEED_SESSION_ID, SEED_SESSION_INFO } from '../../fixtures/seed-session.js';
import { ERROR_CATALOGUE } from '../../schemas/error-catalogue.js';
import { expectError, expectSuccess, metaOf, violation } from '../answer-checks.js';
import type { Check, FindingSink } from '../check.js';
import { shown } from '../finding.js';
import { answerField, fieldOf, isJsonObject } from '../json-fields.js';
import type { JsonObject } from '../json-fields.js';
import { msgIds, recordsOf } from '../message-walks.js';
import { seedChange } from './seed-change.js';
import type { RunContext } from '../run-context.js';

/** A valid call of each new endpoint, so only the forced errcode can make it fail. */
const VALID_CALLS: readonly { endpoint: string; query: Record<string, string> }[] = [
  { endpoint: 'message/get', query: { id: String(SEED_SESSION_ID), page_size: '1' } },
  { endpoint: 'message/query', query: { ids: String(SEED_SESSION_ID), page_size: '1' } },
  { endpoint: 'message_channel/get', query: { id: '1' } },
  { endpoint: 'message_channel/query', query: { ids: '1' } },
];

const FORCED = ERROR_CATALOGUE.filter((entry) => entry.errcode !== 0);

const forcedChecks: Check[] = VALID_CALLS.map(({ endpoint, query }): Check => ({
  id: `mock.forced-errcode.${endpoint}`,
  title: `Prefer: errcode=N on ${endpoint} answers HTTP 200 with errcode N and its exact errmsg, for each of the catalogue's ${FORCED.length} errcodes`,
  level: 'DOC',
  mockOnly: true,
  async run(ctx, sink) {
    for (const entry of FORCED) {
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint,
        token: ctx.token,
        query,
        headers: { Prefer: `errcode=${entry.errcode}` },
      });
      expectError(sink, answer, entry.errcode);
    }
  },
}));

/** Session 2862's last_msg_id (2862001, decisions/004). */
const SEED_LAST_MSG_ID = SEED_SESSION.state.last_msg_id;

/** Messages per page when paging through the long history. */
const LONG_PAGE_SIZE = 100;
/** Messages the `long` shape holds (fixtures/history-shape.ts). */
const LONG_COUNT = 500;

/** The control route of session `id`'s history. */
function historyPath(id: number): string {
  return `/__mock/sessions/${id}/history`;
}

/**
 * Puts session `id`'s history into the named shape, runs `use` with the control view, and gives the session
 * its generated history back whatever happens. A control API that is off or wants a token skips the check.
 */
async function withShape(
  ctx: RunContext,
  sink: FindingSink,
  id: number,
  name: 'long' | 'failedWhatsAppTemplate',
  use: (view: JsonObject) => Promise<void>,
): Promise<void> {
  if (ctx.options.sessionIds !== undefined) {
    return sink.skip('--session-ids limits the run to the sessions named');
  }
  const put = await ctx.client.control('PUT', historyPath(id), { name });
  if (put.status === 401 || put.status === 403 || answerField(put, 'errcode') === 10001) {
    return sink.skip(
      "the mock's control API is off or wants a control token (pbx-contract sends none), so no history can be shaped",
    );
  }
  try {
    if (put.status !== 200 || !isJsonObject(put.json)) {
      sink.add({
        kind: 'violation',
        level: sink.level,
        request: put.request,
        status: put.status,
        path: 'control API',
        rule: `PUT ${historyPath(id)} {"name":"${name}"} puts the history into the shape`,
        expected: 'HTTP 200 with the history view',
        found: `HTTP ${put.status} ${shown(fieldOf(put.json, 'detail') ?? put.json)}`,
      });
      return;
    }
    await use(put.json);
  } finally {
    const removed = await ctx.client.control('DELETE', historyPath(id));
    if (removed.status !== 200 || fieldOf(removed.json, 'shape') !== null) {
      sink.add({
        kind: 'violation',
        level: sink.level,
        request: removed.request,
        status: removed.status,
        path: 'control API',
        rule: `DELETE ${historyPath(id)} gives the session its generated history back`,
        expected: 'HTTP 200 with shape null',
        found: `HTTP ${removed.status} ${shown(removed.json)}`,
      });
    }
  }
}

const longCheck: Check = {
  id: 'mock.history.long',
  title: `a session given the long history (${LONG_COUNT} messages) through the control API pages back with message/get to its end: every message once, each page older than its cursor, the newest its last_msg_id`,
  level: 'DOC',
  mockOnly: true,
  async run(ctx, sink) {
    const discovery = await ctx.discovery();
    // not 2862, whose history stays the seed page's
    const id = discovery.ids.find((n) => n !== SEED_SESSION_ID);
    if (id === undefined) return sink.skip('the mock listed no session to shape');
    await withShape(ctx, sink, id, 'long', async (view) => {
      const seen = new Set<number>();
      let cursor: number | undefined;
      let newest: number | undefined;
      let ended = false;
      // one page more than the history needs, to see it end
      for (let p = 0; p <= LONG_COUNT / LONG_PAGE_SIZE + 1 && !ended; p++) {
        const answer = await ctx.client.call({
          method: 'GET',
          endpoint: 'message/get',
          token: ctx.token,
          query: {
            id: String(id),
            page_size: String(LONG_PAGE_SIZE),
            ...(cursor === undefined ? {} : { last_msg_id: String(cursor) }),
          },
        });
        if (!expectSuccess(sink, answer, 'MessageGetAnswer')) return;
        const ids = msgIds(recordsOf(answer));
        const bad = ids.filter((m) => seen.has(m) || (cursor !== undefined && m >= cursor));
        if (bad.length > 0 || ids.length > LONG_PAGE_SIZE) {
          violation(sink, metaOf(answer), {
            path: '$.data.records[*].msg_id',
            rule: `page ${p + 1} holds at most ${LONG_PAGE_SIZE} messages, each older than its cursor and not answered before`,
            expected: cursor === undefined ? 'new msg_ids' : `new msg_ids below ${cursor}`,
            found: `${ids.length} records${bad.length > 0 ? `, msg_ids ${bad.slice(0, 5).join(',')}` : ''}`,
          });
          return;
        }
        if (p === 0) newest = ids[0];
        for (const m of ids) seen.add(m);
        ended = ids.length < LONG_PAGE_SIZE;
        cursor = ids.length > 0 ? Math.min(...ids) : cursor;
      }
      const problems: string[] = [];
      if (!ended) problems.push('no short page after the history');
      if (seen.size !== LONG_COUNT) problems.push(`${seen.size} messages`);
      if (view.message_count !== LONG_COUNT)
        problems.push(`message_count ${shown(view.message_count)}`);
      if (newest !== view.last_msg_id)
        problems.push(`newest ${shown(newest)}, last_msg_id ${shown(view.last_msg_id)}`);
      if (problems.length > 0) {
        violation(
          sink,
          {
            request: `GET /openapi/v1.0/message/get?id=${id}&page_size=${LONG_PAGE_SIZE}&last_msg_id=...`,
            status: 200,
            errcode: '0',
          },
          {
            path: '$.data.records',
            rule: `the long history pages through ${LONG_COUNT} messages to an end, its newest the session's last_msg_id`,
            expected: `${LONG_COUNT} messages, then a short page; newest = last_msg_id`,
            found: problems.join('; '),
          },
        );
      }
    });
  },
};

const failedTemplateCheck: Check = {
  id: 'mock.history.failed-whatsapp-template',
  title:
    'a whatsapp session given the failedWhatsAppTemplate history through the control API answers, as its newest API message, a template (msg_kind 1) that failed (delivery_status 2) with send_error template_not_exist',
  level: 'DOC',
  mockOnly: true,
  async run(ctx, sink) {
    const discovery = await ctx.discovery();
    const id = [...discovery.infos].find(([, info]) => info.channel_type === 'whatsapp')?.[0];
    if (id === undefined) return sink.skip('the mock listed no whatsapp session');
    await withShape(ctx, sink, id, 'failedWhatsAppTemplate', async () => {
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint: 'message/get',
        token: ctx.token,
        query: { id: String(id), page_size: '5' },
      });
      if (!expectSuccess(sink, answer, 'MessageGetAnswer')) return;
      const records = recordsOf(answer);
      const i = records.findIndex((r) => fieldOf(r.sender, 'user_type') === 9);
      const record = records[i];
      const found = record
        ? {
            msg_kind: record.msg_kind,
            delivery_status: record.delivery_status,
            send_error: record.send_error,
          }
        : undefined;
      const want = { msg_kind: 1, delivery_status: 2, send_error: 'template_not_exist' };
      if (JSON.stringify(found) === JSON.stringify(want)) return;
      violation(sink, metaOf(answer), {
        path: i < 0 ? '$.data.records' : `$.data.records[${i}]`,
        rule: `the newest message the API sent in session ${id} is the failed WhatsApp template`,
        expected: shown(want),
        found: found === undefined ? 'no message from the API among the newest 5' : shown(found),
      });
    });
  },
};

/** What session 2862's history holds, as its state implies: the visitor's first message, then the queue. */
function seedHistoryProblems(records: readonly JsonObject[]): string[] {
  const customer = SEED_SESSION_INFO.user_info;
  const form = SEED_SESSION_INFO.pre_chat_form;
  const problems: string[] = [];
  if (records.length !== 2) problems.push(`${records.length} records, not 2`);
  const [transfer, first] = records;
  for (const [name, record] of [
    ['the transfer', transfer],
    ['the first message', first],
  ] as const) {
    const sender = record?.sender;
    if (
      fieldOf(sender, 'user_no') !== customer.user_no ||
      fieldOf(sender, 'user_type') !== customer.user_type ||
      fieldOf(sender, 'username') !== customer.username
    ) {
      problems.push(`${name}'s sender ${shown(sender)} is not the seed page's visitor`);
    }
  }
  if (transfer?.msg_id !== SEED_LAST_MSG_ID) {
    problems.push(`newest msg_id ${shown(transfer?.msg_id)}, not ${SEED_LAST_MSG_ID}`);
  }
  const param = transfer?.param;
  let target: unknown;
  try {
    target = typeof param === 'string' ? (JSON.parse(param) as unknown) : undefined;
  } catch {
    target = undefined;
  }
  if (transfer?.msg_type !== 6 || fieldOf(target, 'destination_type') !== 'queue') {
    problems.push(
      `the newest is msg_type ${shown(transfer?.msg_type)} with param ${shown(param)}, not a transfer to a message queue (6)`,
    );
  }
  const body = first?.msg_body;
  const repeats = [form?.first_name, form?.email, form?.phone].every(
    (part) => typeof body === 'string' && part !== undefined && body.includes(part),
  );
  if (first?.msg_type !== 0 || !repeats) {
    problems.push(
      `the first is msg_type ${shown(first?.msg_type)} with msg_body ${shown(body)}, not a user message repeating the pre-chat form's first name, email and phone`,
    );
  }
  return problems;
}

const seedHistoryCheck: Check = {
  id: 'mock.history.seed-session',
  title: `session ${SEED_SESSION_ID}'s history fits its state: the visitor's first message (with the pre-chat form's first name, email and phone), then, as its newest (${SEED_LAST_MSG_ID}), the transfer to a message queue its participants wait in`,
  level: 'DOC',
  mockOnly: true,
  async run(ctx, sink) {
    const changed = await seedChange(ctx);
    if (changed !== undefined) return sink.skip(changed);
    const answer = await ctx.client.call({
      method: 'GET',
      endpoint: 'message/get',
      token: ctx.token,
      query: { id: String(SEED_SESSION_ID), page_size: '20' },
    });
    if (!expectSuccess(sink, answer, 'MessageGetAnswer')) return;
    const problems = seedHistoryProblems(recordsOf(answer));
    if (problems.length === 0) return;
    violation(sink, metaOf(answer), {
      path: '$.data.records',
      rule: `session ${SEED_SESSION_ID}'s history agrees with the seed page's session`,
      expected: "the visitor's first message, then a transfer to a queue",
      found: problems.join('; '),
    });
  },
};

/** The mock-only message checks, in the order they run. */
export const MESSAGE_MOCK_CHECKS: readonly Check[] = [
  ...forcedChecks,
  seedHistoryCheck,
  longCheck,
  failedTemplateCheck,
];
