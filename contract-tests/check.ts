/**
 * A check is data: an id, a behaviour sentence, the evidence level of the behaviour it checks, whether it
 * only makes sense against the mock, and an async run that records findings. The CLI's runner and the vitest
 * spec iterate the same list (checks/all-checks.ts).
 */
import type { Finding, Level } from './finding.js';
import type { RunContext } from './run-context.js';

/** Records what a check finds. */
export interface FindingSink {
  /** The check's own level; findings default to it. */
  readonly level: Level;
  add(finding: Finding): void;
  /** Records what the target did where the behaviour is OPEN (never a failure). */
  note(text: string, request?: string): void;
  /** Ends the check as skipped, e.g. when the target has no session to look at. */
  skip(reason: string): void;
}

/** One contract check. */
export interface Check {
  /** Stable id, `group.name` (`token.refresh`, `mock.errcode.60001`). */
  readonly id: string;
  /** What holds when it passes, as a sentence. */
  readonly title: string;
  readonly level: Level;
  /** Only run against the mock (it announces itself); skipped against anything else. */
  readonly mockOnly: boolean;
  run(context: RunContext, sink: FindingSink): Promise<void>;
}
