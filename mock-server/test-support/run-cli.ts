/** Runs the pbx-mock CLI from source (through tsx) in a child process, for tests of the CLI itself. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a finished run printed and how it ended. */
export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
  /** The URL from the banner, when it started listening. */
  url?: string;
}

/**
 * Runs `pbx-mock ARGS` with `env` on top of this process's environment (less any PBX_MOCK_* of its own). Once
 * the whole banner is out (it ends with the curl line), `whileUp(url, stdout)` runs; then SIGTERM stops it.
 */
export function runMockCli(
  args: readonly string[],
  env: Record<string, string> = {},
  whileUp: (url: string, stdout: () => string) => Promise<void> = () => Promise.resolve(),
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('PBX_MOCK_')),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      env: { ...clean, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: CliRun = { stdout: '', stderr: '', code: null };
    let started = false;
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString();
      const url = /listening on (\S+)/.exec(run.stdout)?.[1];
      if (url && !started && /\n {4}curl .*\n/.test(run.stdout)) {
        started = true;
        run.url = url;
        whileUp(url, () => run.stdout).then(
          () => child.kill('SIGTERM'),
          (error: unknown) => {
            child.kill('SIGKILL');
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ...run, code }));
  });
}
