/**
 * However a run ends, it revokes every token it obtained first and exits with a code that says how it ended:
 * a reader that closes stdout early (`| head -1`), closed stdout and stderr, SIGTERM, SIGHUP, a report that
 * cannot be written, an exception in a check or in a hook. Each ending is checked against a mock that counts
 * live tokens.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from './checks/all-checks.js';
import type { Check } from './check.js';
import { runCli } from './main.js';
import { parseBaseUrl } from './run-options.js';
import { runContract } from './runner.js';
import { mockFlags, runPbxContract, startMock } from './test-support/mock-target.js';
import type { MockTarget } from './test-support/mock-target.js';
import { startProxy } from './test-support/proxy.js';
import type { RunningProxy } from './test-support/proxy.js';
import { spawnBin } from './test-support/spawn-bin.js';

const dir = mkdtempSync(join(tmpdir(), 'pbx-contract-endings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A mock behind a proxy whose answers take 30 ms and which, after the first three, holds every answer until
 * `release()`: whatever the test does to the run before releasing lands in its middle, however busy the
 * machine.
 */
async function slowTarget(): Promise<{
  mock: MockTarget;
  proxy: RunningProxy;
  release(): void;
  close(): Promise<void>;
}> {
  const mock = await startMock();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const proxy = await startProxy(mock.url, {
    answer: async (_req, _res, log) => {
      if (log.length >= 3) await released;
      await new Promise<void>((resolve) => setTimeout(resolve, 30));
    },
  });
  return {
    mock,
    proxy,
    release,
    close: async () => {
      release();
      await proxy.close();
      await mock.close();
    },
  };
}

function delTokens(proxy: RunningProxy): number {
  return proxy.log.filter((c) => c.request.endpoint === 'del_token').length;
}

describe('a run whose output goes away', () => {
  it('stops when the reader of stdout closes it (| head -1), revokes its token and exits 141', async () => {
    const target = await slowTarget();
    try {
      const run = await spawnBin(mockFlags(target.proxy.url), (stdout, child) => {
        if (stdout.includes('\n')) {
          child.closeStdout();
          target.release();
        }
      });
      expect(run.code).toBe(141);
      expect(run.stderr).toBe(
        "pbx-contract: interrupted: the reader of its output went away (EPIPE); the run's tokens were revoked (exit 141)\n",
      );
      expect(delTokens(target.proxy)).toBeGreaterThan(0);
      expect(target.mock.pbx.tokens.liveCount()).toBe(0);
      // stopped early: far fewer calls than a whole run makes
      expect(target.proxy.log.length).toBeLessThan(40);
    } finally {
      await target.close();
    }
  });

  it('stops without a stack trace when stdout and stderr both close, and revokes its token', async () => {
    const target = await slowTarget();
    try {
      const run = await spawnBin(mockFlags(target.proxy.url), (stdout, child) => {
        if (stdout.includes('\n')) {
          child.closeStderr();
          child.closeStdout();
          target.release();
        }
      });
      expect(run.code).toBe(141);
      expect(run.stderr).not.toMatch(/Error|at /);
      expect(delTokens(target.proxy)).toBeGreaterThan(0);
      expect(target.mock.pbx.tokens.liveCount()).toBe(0);
    } finally {
      await target.close();
    }
  });
});

describe('a run stopped by a signal', () => {
  it.for([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('on %s stops, revokes its token and exits %i', async ([signal, code]) => {
    const target = await slowTarget();
    let sent = false;
    try {
      const run = await spawnBin(mockFlags(target.proxy.url), (stdout, child) => {
        if (!sent && stdout.includes('token.get')) {
          sent = true;
          child.kill(signal);
          target.release();
        }
      });
      expect(sent).toBe(true);
      expect(run.code).toBe(code);
      expect(run.stderr).toContain(
        `pbx-contract: interrupted (${signal}): stopping and revoking the run's tokens\n`,
      );
      expect(run.stderr).toContain(`the run's tokens were revoked (exit ${code})`);
      expect(run.stdout).toMatch(/not run: interrupted \(/);
      expect(run.stdout).not.toContain('not run: not run');
      expect(delTokens(target.proxy)).toBeGreaterThan(0);
      expect(target.mock.pbx.tokens.liveCount()).toBe(0);
    } finally {
      await target.close();
    }
  });
});

describe('an interrupted run in the reports', () => {
  it('is an error naming the interruption in JUnit and reads as interrupted in JSON', async () => {
    const target = await slowTarget();
    const junit = join(dir, 'interrupted.xml');
    const json = join(dir, 'interrupted.json');
    const controller = new AbortController();
    let lines = 0;
    try {
      const code = await runCli(
        [...mockFlags(target.proxy.url), '--junit', junit, '--json', json],
        {
          stdout: {
            write: (text: string) => {
              lines += text.split('\n').length - 1;
              if (lines >= 3) {
                controller.abort('SIGTERM');
                target.release();
              }
            },
          },
          stderr: { write: () => undefined },
          env: {},
          signal: controller.signal,
        },
      );
      expect(code).toBe(143);
      expect(target.mock.pbx.tokens.liveCount()).toBe(0);
      const xml = new XMLParser({
        ignoreAttributes: false,
        isArray: (n) => n === 'testcase',
      }).parse(readFileSync(junit, 'utf8')) as {
        testsuites: {
          '@_errors': string;
          testsuite: { testcase: { '@_name': string; error?: { '@_message': string } }[] };
        };
      };
      expect(xml.testsuites['@_errors']).toBe('1');
      const error = xml.testsuites.testsuite.testcase.find((c) => c.error !== undefined);
      expect(error?.['@_name']).toBe('the run ran every check to the end');
      expect(error?.error?.['@_message']).toBe('interrupted (SIGTERM)');
      const report = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
      expect(report).toMatchObject({
        exitCode: 143,
        verdict: 'interrupted',
        complete: false,
        problem: { kind: 'interrupted', message: 'interrupted (SIGTERM)' },
      });
    } finally {
      await target.close();
    }
  });
});

describe('a run whose report cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))(
    'says which report and why in one line, revokes its token and exits 2 (a full disk)',
    async () => {
      const mock = await startMock();
      try {
        const run = await runPbxContract([...mockFlags(mock.url), '--junit', '/dev/full']);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
          'pbx-contract: cannot write --junit /dev/full: no space left on the device (ENOSPC); the run itself ended with exit 0 (every contract check holds)\n',
        );
        expect(mock.pbx.tokens.liveCount()).toBe(0);
        expect(mock.pbx.journal.counts().del_token).toBeGreaterThan(0);
      } finally {
        await mock.close();
      }
    },
  );

  it('refuses a report path that is a folder before spending a login', async () => {
    const mock = await startMock();
    try {
      const run = await runPbxContract([...mockFlags(mock.url), '--json', dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`pbx-contract: --json ${dir} is a folder; name a file\n`);
      expect(mock.pbx.journal.counts().get_token ?? 0).toBe(0);
    } finally {
      await mock.close();
    }
  });
});

describe('a run that meets an exception', () => {
  const options = (url: string) => ({
    baseUrl: parseBaseUrl(url),
    clientId: 'mock-client-id',
    clientSecret: 'mock-client-secret',
    sessionIds: undefined,
    insecure: false,
    ca: undefined,
    timeoutMs: 5000,
    rate: 0,
    strict: false,
    allowMutating: false,
  });
  const throwing: Check = {
    id: 'test.throws',
    title: 'a check with a defect',
    level: 'DOC',
    mockOnly: false,
    run: () => Promise.reject(new TypeError('boom')),
  };

  it('in a check: fails that check as a defect of the check, runs the rest and revokes its token', async () => {
    const mock = await startMock();
    try {
      const report = await runContract(options(mock.url), {
        checks: [throwing, ...ALL_CHECKS.slice(0, 2)],
      });
      expect(report.results[0]).toMatchObject({ outcome: 'fail' });
      expect(report.results[0]?.findings[0]?.rule).toBe(
        'the check itself failed, not the target: TypeError: boom',
      );
      expect(report.results.slice(1).map((r) => r.outcome)).toEqual(['pass', 'pass']);
      expect(report.exitCode).toBe(1);
      expect(mock.pbx.tokens.liveCount()).toBe(0);
    } finally {
      await mock.close();
    }
  });

  it('in a hook (a reporter that breaks): rejects only after revoking its token', async () => {
    const mock = await startMock();
    try {
      await expect(
        runContract(options(mock.url), {
          checks: ALL_CHECKS.slice(0, 2),
          onResult: () => {
            throw new RangeError('reporter broke');
          },
        }),
      ).rejects.toThrow('reporter broke');
      expect(mock.pbx.journal.counts().del_token).toBeGreaterThan(0);
      expect(mock.pbx.tokens.liveCount()).toBe(0);
    } finally {
      await mock.close();
    }
  });
});
