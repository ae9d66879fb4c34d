/**
 * Memory against the size of the session set: the mock with the default set and with a million sessions,
 * each given the same fixed warm-up load (gets, misses, list pages, queries), then read from /proc.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { fetchToken } from './http-request.js';
import { runLoad } from './load.js';
import { KNOWN_IDS, UNKNOWN_IDS } from './scenarios.js';
import { startServer } from './server-process.js';
import type { MemoryFigures, ServerCommand } from './server-process.js';

/** Requests of the fixed warm-up load. */
export const WARMUP_REQUESTS = 20_000;

/** The warm-up's paths: every kind of read the mock serves. */
export function warmupPaths(token: string): string[] {
  const api = '/openapi/v1.0/message_session';
  const auth = `access_token=${token}`;
  return [
    ...KNOWN_IDS.map((id) => `${api}/get?${auth}&id=${id}`),
    ...UNKNOWN_IDS.map((id) => `${api}/get?${auth}&id=${id}`),
    `${api}/list?${auth}&page_size=50&user_type=9&collection=all`,
    `${api}/list?${auth}&page_size=20&user_type=9&is_closed=0`,
    `${api}/search?${auth}&page_size=20&user_type=9&search_value=a`,
    `${api}/query?${auth}&ids=1,2,3,4,5,2862`,
  ];
}

/** Starts `server`, runs the warm-up, waits a moment for the heap to settle and reads its memory. */
export async function measureSessionRss(server: ServerCommand): Promise<MemoryFigures> {
  const running = await startServer(server);
  try {
    const token = await fetchToken(running.url);
    const load = await runLoad({
      url: running.url,
      paths: warmupPaths(token),
      connections: 10,
      keepAlive: true,
      seconds: 60,
      amount: WARMUP_REQUESTS,
    });
    if (load.errors > 0 || load.non2xx > 0) throw new Error('the warm-up load had failures');
    await sleep(500);
    return running.memory();
  } finally {
    await running.stop();
  }
}
