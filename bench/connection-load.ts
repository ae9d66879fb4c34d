/**
 * Load without keep-alive, as many device clients send it: every request opens its own TCP connection,
 * writes one pre-built request with `Connection: close`, and is done when the server ends the connection.
 * Raw sockets keep the generator's own cost low, the same for every server.
 */
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { LatencyRecorder } from './latency.js';
import type { LoadFigures, LoadPlan } from './load.js';

/** Milliseconds one request may take before it counts as an error. */
const REQUEST_TIMEOUT_MS = 10_000;

function exchange(host: string, port: number, request: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let head = '';
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => socket.destroy(new Error('timeout')));
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => {
      if (head.length < 12) head += chunk.toString('latin1', 0, 12);
    });
    socket.on('end', () => resolve(Number(head.slice(9, 12))));
    socket.on('error', reject);
  });
}

/** Runs `plan` with a new connection per request and `plan.connections` requests in flight. */
export async function runConnectionPerRequest(plan: LoadPlan): Promise<LoadFigures> {
  const url = new URL(plan.url);
  const host = url.hostname;
  const port = Number(url.port);
  const requests = plan.paths.map((path) =>
    Buffer.from(
      `GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\nUser-Agent: OpenAPI\r\nConnection: close\r\n\r\n`,
      'latin1',
    ),
  );
  const latencies = new LatencyRecorder();
  let sent = 0;
  let errors = 0;
  let non2xx = 0;
  const start = performance.now();
  const deadline = start + plan.seconds * 1000;
  const more = () =>
    plan.amount !== undefined ? sent < plan.amount : performance.now() < deadline;
  const worker = async (offset: number): Promise<void> => {
    for (let i = offset; more(); i++) {
      sent++;
      const request = requests[i % requests.length];
      if (!request) return;
      const begin = performance.now();
      try {
        const status = await exchange(host, port, request);
        latencies.record(performance.now() - begin);
        if (status < 200 || status > 299) non2xx++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, (_, k) => worker(k)));
  const seconds = (performance.now() - start) / 1000;
  const completed = latencies.count;
  return {
    requests: completed,
    seconds,
    reqPerSec: seconds > 0 ? completed / seconds : 0,
    p50Ms: latencies.percentile(50),
    p99Ms: latencies.percentile(99),
    errors,
    non2xx,
  };
}
