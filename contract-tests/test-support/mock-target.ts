/** The mock on an ephemeral loopback port, for the CLI's tests, and a way to run the CLI in-process. */
import { Readable } from 'node:stream';
import { createMockPbx } from '../../mock-server/app.js';
import type { MockPbx, MockPbxOptions } from '../../mock-server/app.js';
import { listen } from '../../mock-server/server.js';
import { runCli } from '../main.js';

/** A listening mock. */
export interface MockTarget {
  readonly pbx: MockPbx;
  readonly url: string;
  close(): Promise<void>;
}

/** Starts a fresh mock on 127.0.0.1, port 0. */
export async function startMock(options: MockPbxOptions = {}): Promise<MockTarget> {
  const pbx = createMockPbx(options);
  const running = await listen(pbx.app, '127.0.0.1', 0);
  // close() also removes what the mock keeps on disk (uploads); the exit hook never runs in a test worker
  return {
    pbx,
    url: running.url,
    close: async () => {
      pbx.close();
      await running.close();
    },
  };
}

/** What an in-process CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs pbx-contract in-process with `argv`; no environment unless given. */
export async function runPbxContract(
  argv: readonly string[],
  extra: { env?: Record<string, string>; stdin?: string; signal?: AbortSignal } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: extra.env ?? {},
    ...(extra.stdin === undefined ? {} : { stdin: Readable.from([extra.stdin]) }),
    ...(extra.signal ? { signal: extra.signal } : {}),
  });
  return { code, stdout, stderr };
}

/** The flags that point the CLI at `url` with the mock's default credentials, unlimited rate. */
export function mockFlags(url: string): string[] {
  return [
    '--base-url',
    url,
    '--client-id',
    'mock-client-id',
    '--client-secret',
    'mock-client-secret',
    '--rate',
    '0',
  ];
}
