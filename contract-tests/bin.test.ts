/**
 * The real bin in its own process (contract-tests/cli.ts, what dist/contract-tests/cli.js is compiled from):
 * exit 0 against the mock; a SIGINT in the middle of a run stops it, revokes its tokens and exits 130.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mockFlags, startMock } from './test-support/mock-target.js';
import { startProxy } from './test-support/proxy.js';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnBin(
  argv: readonly string[],
  onStdout?: (text: string, kill: (s: NodeJS.Signals) => void) => void,
): Promise<Exit> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...argv], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout?.(stdout, (signal) => child.kill(signal));
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the pbx-contract bin', () => {
  it('exits 0 against the mock and prints the summary', async () => {
    const mock = await startMock();
    try {
      const run = await spawnBin(mockFlags(mock.url));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Exit 0: every contract check holds\.\n$/);
    } finally {
      await mock.close();
    }
  });

  it('on SIGINT stops, revokes the tokens it obtained and exits 130', async () => {
    const mock = await startMock();
    // slow answers, so the signal lands in the middle of the run
    const proxy = await startProxy(mock.url, {
      answer: () => new Promise<void>((resolve) => setTimeout(resolve, 50)),
    });
    let sent = false;
    try {
      const run = await spawnBin(mockFlags(proxy.url), (stdout, kill) => {
        if (!sent && stdout.includes('token.bearer-ignored')) {
          sent = true;
          kill('SIGINT');
        }
      });
      expect(sent).toBe(true);
      expect(run.code).toBe(130);
      expect(run.stderr).toContain(
        "pbx-contract: interrupted (SIGINT): stopping and revoking the run's tokens",
      );
      expect(proxy.log.some((c) => c.request.endpoint === 'del_token')).toBe(true);
      expect(mock.pbx.tokens.liveCount()).toBe(0);
    } finally {
      await proxy.close();
      await mock.close();
    }
  });
});
