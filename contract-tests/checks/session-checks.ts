/** message_session/list, query, get and search: shapes, cross-field rules and cursor paging. */
import { expectSuccess, metaOf, violation } from '../answer-checks.js';
import type { Check, FindingSink } from '../check.js';
import { shown } from '../finding.js';
import { answerField, fieldOf, listItems } from '../json-fields.js';
import { PAGING_PAGE_SIZE } from '../run-context.js';
import type { Exchange } from '../target-client.js';

function checkPaging(sink: FindingSink, pages: readonly Exchange[]): void {
  const seen = new Map<unknown, number>();
  let cursor: number | undefined;
  pages.forEach((page, p) => {
    const items = listItems(page);
    const meta = metaOf(page);
    if (items.length > PAGING_PAGE_SIZE) {
      violation(sink, meta, {
        path: '$.list',
        rule: 'a page holds at most page_size sessions',
        expected: `at most ${PAGING_PAGE_SIZE} items`,
        found: `${items.length} items`,
      });
    }
    let previous: unknown;
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        violation(sink, meta, {
          path: `$.list[${i}].id`,
          rule: 'no session repeats across pages',
          expected: 'a session not listed before',
          found: `session ${shown(item.id)}, already on page ${first + 1}`,
        });
      } else seen.set(item.id, p);
      const last = item.last_msg_id;
      if (cursor !== undefined && !(typeof last === 'number' && last < cursor)) {
        violation(sink, meta, {
          path: `$.list[${i}].last_msg_id`,
          rule: "the next page starts after the previous page's last last_msg_id (first_msg_id)",
          expected: `below ${cursor}`,
          found: shown(last),
        });
      }
      if (typeof previous === 'number' && !(typeof last === 'number' && last < previous)) {
        violation(sink, meta, {
          path: `$.list[${i}].last_msg_id`,
          rule: 'newest first: last_msg_id decreases within a page, so the last item is the next cursor',
          expected: `below ${previous}`,
          found: shown(last),
        });
      }
      previous = last;
    });
    const last = items[items.length - 1]?.last_msg_id;
    cursor = typeof last === 'number' ? last : undefined;
  });
}

/** The session checks, in the order they run. */
export const SESSION_CHECKS: readonly Check[] = [
  {
    id: 'session.list',
    title:
      'message_session/list as user_type 9 with collection=all answers pages of SessionListItem',
    level: 'DOC',
    mockOnly: false,
    async run(ctx, sink) {
      const discovery = await ctx.discovery();
      for (const page of discovery.pages) expectSuccess(sink, page, 'MessageSessionListAnswer');
      if (discovery.items.size === 0) sink.note('the target listed no sessions');
    },
  },
  {
    id: 'session.list-paging',
    title:
      "list paging with first_msg_id: each page starts after the previous page's last last_msg_id and no session repeats",
    level: 'SEEN',
    mockOnly: false,
    async run(ctx, sink) {
      const pages = await ctx.pagingWalk();
      for (const page of pages) expectSuccess(sink, page, 'MessageSessionListAnswer');
      if (pages.length < 2) {
        return sink.skip(`the target has fewer than ${PAGING_PAGE_SIZE + 1} non-campaign sessions`);
      }
      checkPaging(sink, pages);
    },
  },
  {
    id: 'session.list-non-campaign',
    title: 'message_session/list without collection answers no campaign sessions',
    level: 'DOC',
    mockOnly: false,
    async run(ctx, sink) {
      for (const page of await ctx.pagingWalk()) {
        listItems(page).forEach((item, i) => {
          const to = item.to as { user_type?: unknown } | undefined;
          if (to?.user_type === 8) {
            violation(sink, metaOf(page), {
              path: `$.list[${i}].to.user_type`,
              rule: 'without collection only non-campaign sessions are listed',
              expected: 'a customer user_type other than 8 (campaign recipient)',
              found: '8',
            });
          }
        });
      }
    },
  },
  {
    id: 'session.query',
    title:
      'message_session/query answers a valid SessionInfo, cross-field rules included, for each id asked and no other',
    level: 'DOC',
    mockOnly: false,
    async run(ctx, sink) {
      const discovery = await ctx.discovery();
      if (discovery.ids.length === 0) return sink.skip('the target has no sessions to query');
      for (const { asked, answer } of discovery.queries) {
        if (!expectSuccess(sink, answer, 'MessageSessionQueryAnswer')) continue;
        const answered = listItems(answer).map((info) => info.id);
        const extra = answered.filter((id) => !asked.includes(id as number));
        const dupes = answered.filter((id, i) => answered.indexOf(id) !== i);
        const missing = asked.filter((id) => !answered.includes(id));
        if (extra.length > 0 || dupes.length > 0) {
          violation(sink, metaOf(answer), {
            path: '$.list[*].id',
            rule: 'query answers the sessions asked for, each once',
            expected: `ids among ${asked.join(',')}, no repeats`,
            found:
              `${extra.length > 0 ? `unasked ${shown(extra)}` : ''}${dupes.length > 0 ? ` repeated ${shown(dupes)}` : ''}`.trim(),
          });
        }
        if (missing.length > 0 && ctx.options.sessionIds === undefined) {
          violation(sink, metaOf(answer), {
            path: '$.list[*].id',
            rule: 'query answers every session that list showed',
            expected: `every id of ${asked.join(',')}`,
            found: `missing ${missing.join(',')}`,
          });
        } else if (missing.length > 0) {
          sink.note(`query left out ${missing.join(',')} (unknown ids, OPEN)`, answer.request);
        }
      }
    },
  },
  {
    id: 'session.get',
    title:
      'message_session/get answers one SessionInfo object under list, cross-field rules included, for a session of each variant found',
    level: 'DOC',
    mockOnly: false,
    async run(ctx, sink) {
      const ids = await ctx.sessionIdsToGet();
      if (ids.length === 0) return sink.skip('the target has no sessions to get');
      for (const id of ids) {
        const answer = await ctx.getSession(id);
        if (!expectSuccess(sink, answer, 'MessageSessionGetAnswer')) continue;
        const list = answerField(answer, 'list');
        if (list && !Array.isArray(list) && fieldOf(list, 'id') !== id) {
          violation(sink, metaOf(answer), {
            path: '$.list.id',
            rule: 'get answers the session asked for',
            expected: String(id),
            found: shown(fieldOf(list, 'id')),
          });
        }
      }
    },
  },
  {
    id: 'session.search',
    title:
      'message_session/search answers pages of SessionListItem and finds a session by its to_number',
    level: 'DOC',
    mockOnly: false,
    async run(ctx, sink) {
      const discovery = await ctx.discovery();
      const target = [...discovery.infos.values()].find(
        (info) => typeof info.to_number === 'string' && info.to_number !== '',
      );
      const value = typeof target?.to_number === 'string' ? target.to_number : '1';
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint: 'message_session/search',
        token: ctx.token,
        query: { page_size: '20', user_type: '9', collection: 'all', search_value: value },
      });
      if (!expectSuccess(sink, answer, 'MessageSessionListAnswer') || !target) return;
      const found = listItems(answer).some((item) => item.id === target.id);
      sink.note(
        `search_value=<to_number of session ${String(target.id)}> ${found ? 'found' : 'did not find'} it`,
      );
      if (!found) {
        violation(
          sink,
          metaOf(answer),
          {
            path: '$.list[*].id',
            rule: 'search_value matches the to_number (which fields it matches is OPEN)',
            expected: `session ${String(target.id)} among the results`,
            found: `ids ${shown(listItems(answer).map((item) => item.id))}`,
          },
          'OPEN',
        );
      }
    },
  },
];
