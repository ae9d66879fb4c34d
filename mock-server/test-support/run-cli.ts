/** Runs pbx-mock in-process (runMock), for tests of the CLI itself: no child process, no TypeScript runner. */
import { runMock } from '../cli/main.js';

/** What a finished run printed and how it ended. */
export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
  /** The URL from the banner, when it started listening. */
  url?: string;
}

/**
 * Runs `pbx-mock ARGS` with exactly `env` as its environment. Once the whole banner is out (it ends with the
 * curl line), `whileUp(url, stdout)` runs; then the mock is stopped as a signal stops it.
 */
export function runMockCli(
  args: readonly string[],
  env: Record<string, string> = {},
  whileUp: (url: string, stdout: () => string) => Promise<void> = () => Promise.resolve(),
): Promise<CliRun> {
  const controller = new AbortController();
  const run: CliRun = { stdout: '', stderr: '', code: null };
  let failure: unknown;
  let up: Promise<void> = Promise.resolve();
  const stdout = {
    write(text: string): void {
      run.stdout += text;
      const url = /listening on (\S+)/.exec(run.stdout)?.[1];
      if (url && run.url === undefined && /\n {4}curl .*\n/.test(run.stdout)) {
        run.url = url;
        up = whileUp(url, () => run.stdout)
          .catch((error: unknown) => {
            failure = error;
          })
          .finally(() => controller.abort('SIGTERM'));
      }
    },
  };
  const stderr = { write: (text: string) => void (run.stderr += text) };
  return runMock(args, { stdout, stderr, env, signal: controller.signal }).then(async (code) => {
    await up;
    if (failure instanceof Error) throw failure;
    if (failure !== undefined) throw new Error('whileUp failed', { cause: failure });
    return { ...run, code };
  });
}
