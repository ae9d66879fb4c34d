/** Runs the real pbx-contract bin (contract-tests/cli.ts through tsx) in its own process, for tests. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** How the bin ended, and what it printed. */
export interface BinExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** What a test may do to the running bin: signal it, or close the pipes it writes to. */
export interface BinHandle {
  kill(signal: NodeJS.Signals): void;
  closeStdout(): void;
  closeStderr(): void;
}

/** Runs the bin with `argv` and no inherited environment; `onStdout` sees stdout so far and may act on it. */
export function spawnBin(
  argv: readonly string[],
  onStdout?: (stdout: string, child: BinHandle) => void,
): Promise<BinExit> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...argv], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const handle: BinHandle = {
    kill: (signal) => child.kill(signal),
    closeStdout: () => child.stdout.destroy(),
    closeStderr: () => child.stderr.destroy(),
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout?.(stdout, handle);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
