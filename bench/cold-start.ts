/**
 * Cold start: from spawn() to the first HTTP 200 on message_session/get, polled on a fresh connection every
 * few milliseconds from the moment the process prints its URL.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { BENCH_HEADERS, fetchToken, httpRequest } from './http-request.js';
import { startServer } from './server-process.js';
import type { ServerCommand } from './server-process.js';
import { GET_PATH } from './baseline-data.js';

/** One cold start. */
export interface ColdStart {
  /** Milliseconds from spawn to the first HTTP 200. */
  readonly firstOkMs: number;
  /** The mock only: milliseconds from spawn to the first session answer (get_token, then get), else NaN. */
  readonly firstSessionMs: number;
}

async function firstOk(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const answer = await httpRequest(`${url}${GET_PATH}?id=1`, { headers: { ...BENCH_HEADERS } });
      if (answer.status === 200) return;
    } catch {
      // not accepting yet: poll again
    }
    if (performance.now() > deadline) throw new Error('no HTTP 200 within the deadline');
    await sleep(2);
  }
}

/** Starts `server`, waits for its first 200 (and first session answer when `withToken`), stops it. */
export async function measureColdStart(
  server: ServerCommand,
  withToken: boolean,
): Promise<ColdStart> {
  const start = performance.now();
  const running = await startServer(server);
  try {
    await firstOk(running.url, start + 20_000);
    const firstOkMs = performance.now() - start;
    let firstSessionMs = NaN;
    if (withToken) {
      const token = await fetchToken(running.url);
      const answer = await httpRequest(`${running.url}${GET_PATH}?access_token=${token}&id=1`, {
        headers: { ...BENCH_HEADERS },
      });
      if (!answer.body.startsWith('{"errcode":0,')) throw new Error('first session answer failed');
      firstSessionMs = performance.now() - start;
    }
    return { firstOkMs, firstSessionMs };
  } finally {
    await running.stop();
  }
}
