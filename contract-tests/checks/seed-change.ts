/**
 * Whether session 2862 was changed on the mock since it started. The README's and conversation.md's
 * walk-throughs reply to it, transfer, close it and shape its history on purpose; a run against that mock
 * afterwards must not call those changes faults of the mock. Read once per run from the mock's own record
 * and history view (mock only, through the control API).
 */
import { SEED_SESSION, SEED_SESSION_ID } from '../../fixtures/seed-session.js';
import { fieldOf } from '../json-fields.js';
import type { RunContext } from '../run-context.js';

const SEED_RECORD = JSON.stringify(SEED_SESSION);

/**
 * Why session 2862 is no longer the seed on this mock (the skip reason of the checks that compare it with
 * the seed page), or undefined when it is the seed, or when the control API does not say.
 */
export function seedChange(ctx: RunContext): Promise<string | undefined> {
  return ctx.once('seed-change', async () => {
    const record = await ctx.client.control('GET', `/__mock/sessions/${SEED_SESSION_ID}`);
    const history = await ctx.client.control('GET', `/__mock/sessions/${SEED_SESSION_ID}/history`);
    const changed =
      (record.status === 200 &&
        JSON.stringify({
          info: fieldOf(record.json, 'info'),
          state: fieldOf(record.json, 'state'),
        }) !== SEED_RECORD) ||
      (history.status === 200 && fieldOf(history.json, 'shape') !== null);
    return changed
      ? `session ${SEED_SESSION_ID} was changed on this mock since it started (by the API or the control API: a reply, a transfer, a close, a history shape): POST /__mock/reset gives the seeded session back`
      : undefined;
  });
}
