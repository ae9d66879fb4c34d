/** The three servers of the benchmark, started the way their users start them: compiled JS under node. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ServerCommand } from './server-process.js';

/** Which server a figure belongs to. */
export type ServerName = 'http' | 'express' | 'mock';

/** Every server, in the order of the table: the ceiling, the framework, the mock. */
export const SERVER_NAMES: readonly ServerName[] = ['http', 'express', 'mock'];

/** The mock as `npm start` runs it, request log on (one JSON line per request): measured where asked. */
export const LOGGING_MOCK = 'mockLog';

/** Where `tsc -p bench/tsconfig.json` puts the compiled bench (git-ignored, and outside dist/ so that it
 * never ships in the package). */
export const BENCH_BUILD = 'bench/results/build';

/** The compiled mock CLI, relative to the repository root. */
export const MOCK_CLI = 'dist/mock-server/cli.js';

/**
 * Flags that silence the mock's request log when its CLI has them (another change adds them); a benchmark
 * that measured log lines would measure the log, not the mock.
 */
export function quietFlags(root: string): string[] {
  const help = spawnSync(process.execPath, [join(root, MOCK_CLI), '--help'], { encoding: 'utf8' });
  const text = `${help.stdout ?? ''}${help.stderr ?? ''}`;
  if (text.includes('--log-level')) return ['--log-level', 'silent'];
  if (text.includes('--quiet')) return ['--quiet'];
  return [];
}

/** The mock CLI on an ephemeral loopback port, plus `extra` flags. */
export function mockCommand(
  root: string,
  extra: readonly string[] = [],
  name = 'mock',
): ServerCommand {
  return {
    name,
    command: process.execPath,
    args: [join(root, MOCK_CLI), '--host', '127.0.0.1', '--port', '0', ...extra],
  };
}

/** The mock CLI from its TypeScript source through tsx: not how `npm start` runs it, shown for contrast. */
export function mockTsxCommand(root: string, extra: readonly string[] = []): ServerCommand {
  return {
    name: 'mock-tsx',
    command: process.execPath,
    args: [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'mock-server/cli.ts'),
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      ...extra,
    ],
  };
}

/** A baseline server serving the answers in `dataFile`. */
export function baselineCommand(
  root: string,
  kind: 'http' | 'express',
  dataFile: string,
): ServerCommand {
  return {
    name: kind,
    command: process.execPath,
    args: [join(root, BENCH_BUILD, `baseline-${kind}.js`), '--port', '0', '--data', dataFile],
  };
}
