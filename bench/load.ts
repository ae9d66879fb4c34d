/**
 * One measured load, generated in the orchestrator's process (the server under test is always another
 * process). With keep-alive: autocannon, cycling through the scenario's paths on every connection. Without:
 * see connection-load.ts (autocannon's reconnectRate drops the answer of every reset connection from its
 * counts, so with a reset after each request it counts nothing).
 */
import autocannon from 'autocannon';
import { runConnectionPerRequest } from './connection-load.js';
import { BENCH_HEADERS } from './http-request.js';
import { LatencyRecorder } from './latency.js';

/** What one load gives. */
export interface LoadFigures {
  readonly requests: number;
  readonly seconds: number;
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Transport errors (refused, reset, timeouts). */
  readonly errors: number;
  readonly non2xx: number;
}

/** How to load. */
export interface LoadPlan {
  readonly url: string;
  readonly paths: readonly string[];
  readonly connections: number;
  readonly keepAlive: boolean;
  /** Seconds to run (ignored when `amount` is set). */
  readonly seconds: number;
  /** A fixed number of requests instead of a duration. */
  readonly amount?: number;
}

function runAutocannon(plan: LoadPlan): Promise<LoadFigures> {
  const options: autocannon.Options = {
    url: plan.url,
    connections: plan.connections,
    duration: plan.seconds,
    headers: { ...BENCH_HEADERS },
    requests: plan.paths.map((path) => ({ method: 'GET', path })),
  };
  if (plan.amount !== undefined) options.amount = plan.amount;
  const latencies = new LatencyRecorder();
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => {
      if (error) {
        return reject(
          error instanceof Error ? error : new Error('autocannon failed', { cause: error }),
        );
      }
      const seconds = result.duration;
      resolve({
        requests: result.requests.total,
        seconds,
        reqPerSec: seconds > 0 ? result.requests.total / seconds : 0,
        p50Ms: latencies.percentile(50),
        p99Ms: latencies.percentile(99),
        errors: result.errors,
        non2xx: result.non2xx,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.record(responseTime),
    );
  });
}

/** Runs `plan` and returns its figures. */
export function runLoad(plan: LoadPlan): Promise<LoadFigures> {
  return plan.keepAlive ? runAutocannon(plan) : runConnectionPerRequest(plan);
}
