/**
 * Runs checks against a target and classifies what they find. Against the mock every level is strict; against
 * a device a SEEN or OPEN violation is a difference to review unless --strict; drift is a warning unless
 * --strict. A transport problem stops the run (exit 3) and is never counted as a contract failure.
 */
import { ALL_CHECKS } from './checks/all-checks.js';
import type { Check, FindingSink } from './check.js';
import { summariseDevice } from './device-info.js';
import type { DeviceSummary } from './device-info.js';
import { CredentialsError, Drift, TransportError } from './errors.js';
import type { Finding, Level } from './finding.js';
import { answerField } from './json-fields.js';
import { NoTokenError, RunContext } from './run-context.js';
import type { RunOptions } from './run-options.js';
import type { Redactor } from './redact.js';
import type { MutatingCall } from './target-client.js';
import { interruptedCode, stopMessage } from './stop-reasons.js';

/** Why a mock-only check is skipped against anything but the mock. */
export const NOT_THE_MOCK = 'mock only: the target is not the pbx-mock-kit mock';

/** What a finding means for the run. */
export type Verdict = 'failure' | 'difference' | 'drift' | 'note';

/** A finding with its verdict. */
export interface ClassifiedFinding extends Finding {
  readonly verdict: Verdict;
}

/** How a check ended. */
export type Outcome = 'pass' | 'fail' | 'difference' | 'skip' | 'not-run';

/** One check's result. */
export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly level: Level;
  readonly mockOnly: boolean;
  readonly outcome: Outcome;
  readonly findings: readonly ClassifiedFinding[];
  /** Why it was skipped or not run. */
  readonly reason?: string | undefined;
  readonly durationMs: number;
}

/** Which findings fail the run. */
export interface Strictness {
  /** SEEN and OPEN violations fail (always against the mock; with --strict against a device). */
  readonly levels: boolean;
  /** Drift fails (--strict only). */
  readonly drift: boolean;
}

/** The strictness of a run: the mock is held to every level; --strict adds drift. */
export function strictnessOf(isMock: boolean, strict: boolean): Strictness {
  return { levels: isMock || strict, drift: strict };
}

/** The verdict of `finding` under `strictness`. */
export function classify(finding: Finding, strictness: Strictness): Verdict {
  if (finding.kind === 'note') return 'note';
  if (finding.kind === 'drift') return strictness.drift ? 'failure' : 'drift';
  return finding.level === 'DOC' || strictness.levels ? 'failure' : 'difference';
}

/** Runs one check. TransportError propagates (the run stops); anything else the check throws is a finding. */
export async function runCheck(
  check: Check,
  ctx: RunContext,
  strict: boolean,
): Promise<CheckResult> {
  const strictness = strictnessOf(ctx.isMock, strict);
  const started = performance.now();
  const base = { id: check.id, title: check.title, level: check.level, mockOnly: check.mockOnly };
  if (check.mockOnly && !ctx.isMock) {
    return {
      ...base,
      outcome: 'skip',
      findings: [],
      reason: NOT_THE_MOCK,
      durationMs: 0,
    };
  }
  const findings: ClassifiedFinding[] = [];
  let reason: string | undefined;
  const sink: FindingSink = {
    level: check.level,
    add: (finding) => findings.push({ ...finding, verdict: classify(finding, strictness) }),
    note: (text, request) =>
      findings.push({ kind: 'note', level: check.level, rule: text, request, verdict: 'note' }),
    skip: (why) => {
      reason = why;
    },
  };
  try {
    await check.run(ctx, sink);
  } catch (error) {
    if (error instanceof TransportError) throw error;
    const text =
      error instanceof NoTokenError
        ? error.message
        : `the check itself failed, not the target: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    findings.push({ kind: 'violation', level: 'DOC', rule: text, verdict: 'failure' });
  }
  const verdicts = new Set(findings.map((f) => f.verdict));
  const outcome: Outcome = verdicts.has('failure')
    ? 'fail'
    : reason !== undefined
      ? 'skip'
      : verdicts.has('difference')
        ? 'difference'
        : 'pass';
  return {
    ...base,
    outcome,
    findings,
    reason,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

/** Why a run stopped early. */
export interface RunProblem {
  /** configuration: the target does not have what the options name (an unknown --session-ids id). */
  readonly kind: 'transport' | 'credentials' | 'configuration' | 'interrupted';
  readonly message: string;
}

/** Everything a run found; what the reporters print and write. */
export interface RunReport {
  readonly baseUrl: string;
  /** undefined when the target was never reached. */
  readonly isMock: boolean | undefined;
  readonly strict: boolean;
  readonly strictness: Strictness;
  /** Requests per second the run ended with (0 = unlimited). */
  readonly rate: number;
  /** Which device was checked (system/information), or why that is unknown. */
  readonly device: DeviceSummary;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly results: readonly CheckResult[];
  readonly drift: readonly Drift[];
  readonly problem: RunProblem | undefined;
  /** Tokens the run could not revoke at the end. */
  readonly revokeFailures: number;
  readonly requests: number;
  /** Every call the run made (or was refused) that changes the PBX, in order. */
  readonly mutatingCalls: readonly MutatingCall[];
  readonly exitCode: number;
}

/** What is known once the run's login worked and the device was read. */
export interface StartInfo {
  readonly isMock: boolean;
  readonly rate: number;
  readonly strictness: Strictness;
  readonly device: DeviceSummary;
  /** --allow-mutating was given (a device then gets the run's one test message). */
  readonly allowMutating: boolean;
}

/**
 * Reads system/information for the reports. Never stops the run: a target that refuses it, answers an
 * error or does not answer is checked all the same (the device.information check reports what it did).
 */
async function readDevice(ctx: RunContext, redactor: Redactor | undefined): Promise<DeviceSummary> {
  try {
    return summariseDevice(await ctx.deviceInformation(), redactor);
  } catch (error) {
    if (!(error instanceof TransportError || error instanceof NoTokenError)) throw error;
    return summariseDevice(undefined, redactor, `system/information: ${error.message}`);
  }
}

/** What a caller can hook into. */
export interface RunHooks {
  /** Called once the run's login worked. */
  onStart?(info: StartInfo): void;
  /** Called as each check ends. */
  onResult?(result: CheckResult): void;
  /** SIGINT/SIGTERM: abort with reason 'SIGINT' or 'SIGTERM'. */
  readonly signal?: AbortSignal;
  /** The checks to run (default ALL_CHECKS). */
  readonly checks?: readonly Check[];
  /** Learns every token the run sees, so writers can mask them. */
  readonly redactor?: Redactor;
}

/**
 * --session-ids names sessions the target must have: an id that message_session/query leaves out and
 * message_session/get refuses is the user's configuration, not a finding about the target. Returns the
 * problem, or undefined when every id is known. Both calls are the ones the checks make anyway (memoised).
 */
export async function unknownSessionIds(ctx: RunContext): Promise<RunProblem | undefined> {
  const given = ctx.options.sessionIds;
  if (given === undefined) return undefined;
  const discovery = await ctx.discovery();
  const unknown: number[] = [];
  for (const id of given) {
    if (discovery.infos.has(id)) continue;
    const answer = await ctx.getSession(id);
    const errcode = answerField(answer, 'errcode');
    if (errcode !== 0) unknown.push(id);
  }
  if (unknown.length === 0) return undefined;
  const ids = unknown.join(',');
  return {
    kind: 'configuration',
    message: `--session-ids names ${unknown.length === 1 ? 'a session' : 'sessions'} the target does not have (${ids}): message_session/get refused ${unknown.length === 1 ? 'it' : 'them'}; name sessions it has, or leave out --session-ids to discover them`,
  };
}

/** Drift entries, one per JSON path (array indexes as [*]), first check and request that showed it. */
export function collectDrift(results: readonly CheckResult[]): Drift[] {
  const byPath = new Map<string, Drift>();
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.kind !== 'drift' || finding.path === undefined) continue;
      const path = finding.path.replace(/\[\d+\]/g, '[*]');
      if (!byPath.has(path)) byPath.set(path, new Drift(path, result.id, finding.request ?? ''));
    }
  }
  return [...byPath.values()];
}

/** Runs every check against the target of `options`; never throws for target problems. */
export async function runContract(options: RunOptions, hooks: RunHooks = {}): Promise<RunReport> {
  const startedAt = new Date();
  const started = performance.now();
  const checks = hooks.checks ?? ALL_CHECKS;
  const results: CheckResult[] = [];
  let problem: RunProblem | undefined;
  let ctx: RunContext | undefined;
  let revokeFailures = 0;
  let device: DeviceSummary | undefined;
  try {
    ctx = await RunContext.open(options, hooks.signal, hooks.redactor);
  } catch (error) {
    if (hooks.signal?.aborted)
      problem = {
        kind: 'interrupted',
        message: `${stopMessage(hooks.signal.reason)} before the first answer`,
      };
    else if (error instanceof TransportError)
      problem = { kind: 'transport', message: error.message };
    else if (error instanceof CredentialsError)
      problem = { kind: 'credentials', message: error.message };
    else throw error;
  }
  if (ctx) {
    // from here on the run holds a token: whatever happens (an exception in a hook or a check, a signal),
    // the finally block revokes it
    try {
      device = await readDevice(ctx, hooks.redactor);
      problem = await unknownSessionIds(ctx).catch((error: unknown) => {
        if (!(error instanceof TransportError)) throw error;
        return hooks.signal?.aborted
          ? { kind: 'interrupted' as const, message: stopMessage(hooks.signal.reason) }
          : { kind: 'transport' as const, message: error.message };
      });
      if (!problem) {
        hooks.onStart?.({
          device,
          isMock: ctx.isMock,
          rate: ctx.client.rate,
          strictness: strictnessOf(ctx.isMock, options.strict),
          allowMutating: options.allowMutating,
        });
      }
      for (const check of problem ? [] : checks) {
        if (hooks.signal?.aborted) {
          problem = { kind: 'interrupted', message: stopMessage(hooks.signal.reason) };
          break;
        }
        try {
          const result = await runCheck(check, ctx, options.strict);
          results.push(result);
          hooks.onResult?.(result);
        } catch (error) {
          if (!(error instanceof TransportError)) throw error;
          problem = hooks.signal?.aborted
            ? { kind: 'interrupted', message: stopMessage(hooks.signal.reason) }
            : { kind: 'transport', message: error.message };
          break;
        }
      }
    } finally {
      revokeFailures = await ctx.close();
    }
  }
  const done = new Set(results.map((r) => r.id));
  for (const check of checks) {
    if (done.has(check.id)) continue;
    results.push({
      id: check.id,
      title: check.title,
      level: check.level,
      mockOnly: check.mockOnly,
      outcome: 'not-run',
      findings: [],
      // the reason only: reports put "not run" in front of it themselves
      reason: problem
        ? problem.kind === 'transport'
          ? 'the target could not be reached'
          : problem.message
        : undefined,
      durationMs: 0,
    });
  }
  const failed = results.some((r) => r.outcome === 'fail');
  const exitCode =
    problem?.kind === 'interrupted'
      ? interruptedCode(hooks.signal)
      : failed
        ? 1
        : problem?.kind === 'transport'
          ? 3
          : problem?.kind === 'credentials' || problem?.kind === 'configuration'
            ? 2
            : 0;
  return {
    baseUrl: options.baseUrl.href,
    isMock: ctx?.isMock,
    strict: options.strict,
    strictness: strictnessOf(ctx?.isMock ?? false, options.strict),
    rate: ctx?.client.rate ?? options.rate ?? 0,
    device:
      device ??
      summariseDevice(
        undefined,
        undefined,
        problem?.kind === 'credentials' ? 'the login was refused' : 'the target was not reached',
      ),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    results,
    drift: collectDrift(results),
    problem,
    revokeFailures,
    requests: ctx?.client.requests ?? 0,
    mutatingCalls: [...(ctx?.client.mutatingCalls ?? [])],
    exitCode,
  };
}
