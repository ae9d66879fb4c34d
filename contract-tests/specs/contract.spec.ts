/**
 * The contract suite under vitest: the same checks the pbx-contract CLI runs (checks/all-checks.ts), one test
 * each, against the target the global setup provides. A check fails the test when it finds a contract failure
 * (against the mock every level is strict; against a device SEEN/OPEN differences are annotated, not failed,
 * unless PBX_STRICT=1). Mock-only checks are skipped against anything else.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALL_CHECKS } from '../checks/all-checks.js';
import { resolveCli } from '../cli-options.js';
import { ContractFailure, UsageError } from '../errors.js';
import { describeFinding } from '../finding.js';
import { RunContext } from '../run-context.js';
import type { RunOptions } from '../run-options.js';
import { runCheck, unknownSessionIds } from '../runner.js';
import type { CheckResult } from '../runner.js';

const target = inject('contractTarget');
let options: RunOptions;
let ctx: RunContext;

beforeAll(async () => {
  ({ options } = await resolveCli({}, target.env));
  ctx = await RunContext.open(options);
  // PBX_SESSION_IDS naming a session the target lacks is the configuration, not a contract failure
  const problem = await unknownSessionIds(ctx);
  if (problem) throw new UsageError(problem.message.replaceAll('--session-ids', 'PBX_SESSION_IDS'));
});

afterAll(async () => {
  // revoke every token the suite obtained; against the in-process mock none may be left
  expect(await ctx.close()).toBe(0);
});

function assertHolds(result: CheckResult): void {
  const failures = result.findings.filter((f) => f.verdict === 'failure');
  if (failures.length > 0) {
    throw new ContractFailure(
      result.id,
      failures,
      `${result.id} failed:\n${failures.map((f) => `  - ${describeFinding(f)}`).join('\n')}`,
    );
  }
}

describe(`the contract, against ${target.inProcess ? 'the in-process mock' : String(target.env.PBX_BASE_URL)}`, () => {
  it.runIf(target.inProcess)('talks to the in-process mock, which announces itself', () => {
    expect(ctx.isMock).toBe(true);
  });

  it.for(ALL_CHECKS)('$id [$level]: $title', async (check, { annotate, skip }) => {
    if (check.mockOnly && !ctx.isMock)
      return skip('mock only: the target is not the pbx-mock-kit mock');
    const result = await runCheck(check, ctx, options.strict);
    for (const finding of result.findings) {
      if (finding.verdict !== 'failure')
        await annotate(`${finding.verdict}: ${describeFinding(finding)}`);
    }
    assertHolds(result);
    if (result.outcome === 'skip') return skip(result.reason ?? 'skipped');
    expect(['pass', 'difference']).toContain(result.outcome);
  });
});
