/**
 * Checks that only make sense against the mock (it announces itself with x-pbx-mock-kit): the seed page's
 * session served exactly, every errcode of the catalogue forced with `Prefer: errcode=N`, every variant
 * (channel x origin x queued/taken-over) found with list and checked with get.
 */
import { ERROR_CATALOGUE } from '../../schemas/error-catalogue.js';
import { SEED_SESSION_ID, SEED_SESSION_INFO } from '../../fixtures/seed-session.js';
import { ALL_VARIANTS, variantName } from '../../fixtures/variants.js';
import { expectError, expectSuccess, metaOf, violation } from '../answer-checks.js';
import type { Check } from '../check.js';
import { variantOfInfo } from '../discovery.js';
import { seedChange } from './seed-change.js';
import { jsonPath, shown } from '../finding.js';
import { answerField, isJsonObject, valueAt } from '../json-fields.js';

function firstDifference(
  expected: unknown,
  found: unknown,
  at: string[] = [],
): string[] | undefined {
  if (
    typeof expected !== 'object' ||
    expected === null ||
    typeof found !== 'object' ||
    found === null
  ) {
    return expected === found ? undefined : at;
  }
  const keys = new Set([...Object.keys(expected), ...Object.keys(found)]);
  for (const key of keys) {
    const diff = firstDifference(
      (expected as Record<string, unknown>)[key],
      (found as Record<string, unknown>)[key],
      [...at, key],
    );
    if (diff) return diff;
  }
  return undefined;
}

const seedCheck: Check = {
  id: 'mock.seed-session',
  title: `session ${SEED_SESSION_ID} is served exactly as the vendor's page shows it: fields, values and order`,
  level: 'DOC',
  mockOnly: true,
  async run(ctx, sink) {
    const answer = await ctx.getSession(SEED_SESSION_ID);
    if (!expectSuccess(sink, answer, 'MessageSessionGetAnswer')) return;
    const list = answerField(answer, 'list');
    if (JSON.stringify(list) === JSON.stringify(SEED_SESSION_INFO)) return;
    // a session the user changed on purpose is not the mock's fault
    const changed = await seedChange(ctx);
    if (changed !== undefined) return sink.skip(changed);
    const diff = firstDifference(SEED_SESSION_INFO, list);
    violation(sink, metaOf(answer), {
      ...(diff
        ? {
            path: jsonPath(['list', ...diff]),
            rule: "the seed page's example is served field for field",
            expected: shown(valueAt(SEED_SESSION_INFO, diff)),
            found: shown(valueAt(list, diff)),
          }
        : {
            path: '$.list',
            rule: "the seed page's field order is kept",
            expected: Object.keys(SEED_SESSION_INFO).join(', '),
            found: Object.keys(list as object).join(', '),
          }),
    });
  },
};

const errcodeChecks: Check[] = ERROR_CATALOGUE.filter((entry) => entry.errcode !== 0).map(
  (entry): Check => ({
    id: `mock.errcode.${entry.errcode}`,
    title: `Prefer: errcode=${entry.errcode} answers HTTP 200 with errcode ${entry.errcode} and errmsg "${entry.errmsg}"`,
    level: 'DOC',
    mockOnly: true,
    async run(ctx, sink) {
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint: 'message_session/get',
        token: ctx.token,
        query: { id: '1' },
        headers: { Prefer: `errcode=${entry.errcode}` },
      });
      expectError(sink, answer, entry.errcode);
    },
  }),
);

const variantChecks: Check[] = ALL_VARIANTS.map((variant): Check => {
  const name = variantName(variant);
  return {
    id: `mock.variant.${name}`,
    title: `a ${name} session is found with list and answers get with every cross-field rule`,
    level: 'DOC',
    mockOnly: true,
    async run(ctx, sink) {
      if (ctx.options.sessionIds !== undefined) {
        return sink.skip('--session-ids limits the run to the sessions named');
      }
      const discovery = await ctx.discovery();
      const id = [...discovery.infos].find(([, info]) => variantOfInfo(info) === name)?.[0];
      if (id === undefined) {
        sink.add({
          kind: 'violation',
          level: sink.level,
          path: 'message_session/list + query',
          rule: 'the mock holds every variant',
          expected: `a ${name} session among the ${discovery.ids.length} sessions listed`,
          found: 'none',
        });
        return;
      }
      const answer = await ctx.getSession(id);
      if (!expectSuccess(sink, answer, 'MessageSessionGetAnswer')) return;
      const list = answerField(answer, 'list');
      const got = isJsonObject(list) ? variantOfInfo(list) : 'not an object';
      if (got !== name) {
        violation(sink, metaOf(answer), {
          path: '$.list',
          rule: 'get answers the session as query showed it',
          expected: `a ${name} session`,
          found: got,
        });
      }
    },
  };
});

/** The mock-only checks, in the order they run. */
export const MOCK_CHECKS: readonly Check[] = [seedCheck, ...errcodeChecks, ...variantChecks];
