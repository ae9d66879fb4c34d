/**
 * Proof of teeth: the CLI runs against a proxy in front of the mock that breaks the contract one way at a
 * time (test-support/mutations.ts), and each break is caught by the checks named in the table, with the exit
 * code named there and output that names the fault. MUTATIONS.md must list every row.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mockFlags, runPbxContract, startMock } from './test-support/mock-target.js';
import { MUTATIONS } from './test-support/mutations.js';
import { startProxy } from './test-support/proxy.js';

const dir = mkdtempSync(join(tmpdir(), 'pbx-contract-mutations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonCheck {
  id: string;
  outcome: string;
}

describe('a target that breaks the contract', () => {
  it.concurrent.for(MUTATIONS)('is caught: $id ($fault)', async (mutation, { expect }) => {
    const mock = await startMock();
    const proxy = await startProxy(mock.url, mutation.hooks);
    const file = join(dir, `${mutation.id}.json`);
    try {
      const run = await runPbxContract([
        ...mockFlags(proxy.url),
        '--json',
        file,
        ...(mutation.args ?? []),
      ]);
      const output = run.stdout + run.stderr;
      expect(output).toMatch(mutation.message);
      expect(run.code, output).toBe(mutation.exit);
      const report = JSON.parse(readFileSync(file, 'utf8')) as { checks: JsonCheck[] };
      const failed = report.checks.filter((c) => c.outcome === 'fail').map((c) => c.id);
      if (mutation.exit === 0) expect(failed).toEqual([]);
      for (const id of mutation.caughtBy) expect(failed).toContain(id);
    } finally {
      await proxy.close();
      await mock.close();
    }
  });

  it('the same proxy without a mutation passes, so the proxy itself breaks nothing', async () => {
    const mock = await startMock();
    const proxy = await startProxy(mock.url);
    try {
      const run = await runPbxContract(mockFlags(proxy.url));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(proxy.log.length).toBeGreaterThan(50);
    } finally {
      await proxy.close();
      await mock.close();
    }
  });

  it('MUTATIONS.md lists every mutation with the checks that catch it and the exit code', () => {
    const table = readFileSync(new URL('./MUTATIONS.md', import.meta.url), 'utf8');
    const rows = table
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    for (const mutation of MUTATIONS) {
      const row = rows.find((cells) => cells[1] === `\`${mutation.id}\``);
      expect(row, `MUTATIONS.md has no row for ${mutation.id}`).toBeDefined();
      for (const id of mutation.caughtBy) expect(row?.[3]).toContain(`\`${id}\``);
      expect(row?.[4]).toBe(String(mutation.exit));
    }
  });
});
