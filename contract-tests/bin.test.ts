/**
 * The real bin in its own process (contract-tests/cli.ts, what dist/contract-tests/cli.js is compiled from):
 * exit 0 against the mock; a SIGINT in the middle of a run stops it, revokes its tokens and exits 130.
 */
import { describe, expect, it } from 'vitest';
import { mockFlags, startMock } from './test-support/mock-target.js';
import { startProxy } from './test-support/proxy.js';
import { spawnBin } from './test-support/spawn-bin.js';

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
      const run = await spawnBin(mockFlags(proxy.url), (stdout, child) => {
        if (!sent && stdout.includes('token.bearer-ignored')) {
          sent = true;
          child.kill('SIGINT');
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
