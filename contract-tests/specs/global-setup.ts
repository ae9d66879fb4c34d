/**
 * Where the contract suite points: PBX_BASE_URL (with PBX_CLIENT_ID, PBX_CLIENT_SECRET, PBX_SESSION_IDS,
 * PBX_INSECURE, PBX_CA, PBX_TIMEOUT, PBX_RATE, PBX_STRICT, and for the mutating checks PBX_ALLOW_MUTATING with
 * PBX_TEST_SESSION or PBX_TEST_TO/PBX_TEST_CHANNEL/PBX_TEST_DID) when set; otherwise a mock started here, in-process,
 * on an ephemeral loopback port with the known credentials. The specs get the target through `inject`.
 */
import type { TestProject } from 'vitest/node';
import { createMockPbx } from '../../mock-server/app.js';
import { listen } from '../../mock-server/server.js';

/** The serialisable target the specs receive. */
export interface ProvidedTarget {
  /** Environment-style settings, resolved in the spec exactly as the CLI resolves them. */
  readonly env: Record<string, string>;
  /** The target is the in-process mock. */
  readonly inProcess: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    contractTarget: ProvidedTarget;
  }
}

const PASSED_ON = [
  'PBX_BASE_URL',
  'PBX_CLIENT_ID',
  'PBX_CLIENT_SECRET',
  'PBX_SESSION_IDS',
  'PBX_INSECURE',
  'PBX_CA',
  'PBX_TIMEOUT',
  'PBX_RATE',
  'PBX_STRICT',
  'PBX_ALLOW_MUTATING',
  'PBX_TEST_SESSION',
  'PBX_TEST_TO',
  'PBX_TEST_CHANNEL',
  'PBX_TEST_DID',
  'PBX_TEST_TRANSFER',
];

/** Starts the in-process mock unless PBX_BASE_URL names a target; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.PBX_BASE_URL) {
    const env: Record<string, string> = {};
    for (const name of PASSED_ON) {
      const value = process.env[name];
      if (value !== undefined) env[name] = value;
    }
    project.provide('contractTarget', { env, inProcess: false });
    return async () => {};
  }
  const pbx = createMockPbx();
  const running = await listen(pbx.app, '127.0.0.1', 0);
  project.provide('contractTarget', {
    env: {
      PBX_BASE_URL: running.url,
      PBX_CLIENT_ID: 'mock-client-id',
      PBX_CLIENT_SECRET: 'mock-client-secret',
      PBX_RATE: '0',
    },
    inProcess: true,
  });
  return async () => {
    pbx.close();
    await running.close();
  };
}
