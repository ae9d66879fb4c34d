/** Counts and words shared by the reports. */
import type { MutatingCall } from '../target-client.js';
import type { RunReport } from '../runner.js';

/** How many checks ended each way. */
export interface SummaryCounts {
  readonly checks: number;
  readonly passed: number;
  readonly failed: number;
  readonly differences: number;
  readonly skipped: number;
  readonly notRun: number;
  readonly drift: number;
}

/** The counts of `report`. */
export function countResults(report: RunReport): SummaryCounts {
  const count = (outcome: string) => report.results.filter((r) => r.outcome === outcome).length;
  return {
    checks: report.results.length,
    passed: count('pass'),
    failed: count('fail'),
    differences: count('difference'),
    skipped: count('skip'),
    notRun: count('not-run'),
    drift: report.drift.length,
  };
}

/** What an exit code means, in words. */
export function exitMeaning(code: number): string {
  switch (code) {
    case 0:
      return 'every contract check holds';
    case 1:
      return 'a contract check failed';
    case 2:
      return 'bad usage or configuration';
    case 3:
      return 'the target could not be reached or spoke no HTTP/JSON';
    case 70:
      return "pbx-contract itself failed; the run's tokens were revoked";
    case 141:
      return "the reader of its output went away; the run's tokens were revoked";
    default:
      return "interrupted; the run's tokens were revoked";
  }
}

/** One mutating call as the reports show it: `POST message/send session 2862: errcode 0`. */
export function mutatingLine(call: MutatingCall): string {
  // an upload belongs to no session; a send without a session id starts one
  const session =
    call.sessionId !== undefined
      ? ` session ${call.sessionId}`
      : call.endpoint === 'message/send'
        ? ' new session'
        : '';
  return `${call.method} ${call.endpoint}${session}: ${call.result}`;
}
