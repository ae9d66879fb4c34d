/**
 * What can stop a run from outside (the `signal`'s abort reason): a signal, the reader of stdout going away
 * (EPIPE, what `| head -1` does), or a defect of pbx-contract itself. Each has its exit code, outside the 0-3
 * verdicts so no CI mistakes a stopped run for one: 128 + the signal's number (EPIPE counts as SIGPIPE, 13),
 * and 70 (EX_SOFTWARE) for an internal error.
 */
export const STOP_CODES = {
  SIGHUP: 129,
  SIGINT: 130,
  EPIPE: 141,
  SIGTERM: 143,
  'internal-error': 70,
} as const;

/** A reason to stop a run. */
export type StopReason = keyof typeof STOP_CODES;

/** What stopped the run, in words. */
export function stopMessage(reason: unknown): string {
  if (reason === 'EPIPE') return 'interrupted: the reader of its output went away (EPIPE)';
  if (reason === 'internal-error') return 'stopped: pbx-contract itself failed';
  return `interrupted (${typeof reason === 'string' ? reason : 'aborted'})`;
}

/** Exit code of an interrupted run: 128 + the signal's number. */
export function interruptedCode(signal: AbortSignal | undefined): number {
  const reason = signal?.reason as unknown;
  return typeof reason === 'string' && reason in STOP_CODES
    ? STOP_CODES[reason as StopReason]
    : STOP_CODES.SIGINT;
}
