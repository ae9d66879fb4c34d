/** The figures of one benchmark run, as written to bench/results/*.json, and the issue's targets on them. */
import type { LoadFigures } from './load.js';
import type { ServerName } from './servers.js';

/** Medians of one server under one scenario, plus every round's figures. */
export interface ServerFigures {
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Peak resident set (VmHWM) of the server process over warm-up and measured load, in MB. */
  readonly peakRssMb: number;
  /** CPU time of the server process per answered request (user + system, from /proc), in µs. */
  readonly cpuUsPerRequest: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly rounds: readonly (LoadFigures & {
    readonly peakRssMb: number;
    readonly cpuUsPerRequest: number;
  })[];
}

/** One scenario across the three servers. */
export interface ScenarioFigures {
  readonly id: string;
  readonly label: string;
  readonly servers: Readonly<Record<ServerName, ServerFigures>>;
  /** The mock with its request log on (the CLI's default), where the scenario measures it. */
  readonly mockWithLog?: ServerFigures;
  /** req/s ratios. */
  readonly mockToHttp: number;
  readonly mockToExpress: number;
  readonly expressToHttp: number;
  /**
   * Bare Express's CPU per request over the mock's: the same comparison as mockToExpress, but from CPU time,
   * which other load on the machine disturbs far less than req/s.
   */
  readonly cpuExpressToMock: number;
}

/** One endpoint of the mock under the endpoint comparison's load. */
export interface EndpointFigures {
  readonly id: string;
  readonly label: string;
  readonly mock: ServerFigures;
  /** Mean answer size in bytes. */
  readonly bytes: number;
}

/** Medians of several cold starts, in ms. */
export interface ColdStartFigures {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
}

/** Memory after the fixed warm-up, in MB (medians). */
export interface RssFigures {
  readonly sessions: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly runs: readonly { readonly rssMb: number; readonly peakRssMb: number }[];
}

/** One target of issue 5 or 13. */
export interface Target {
  readonly name: string;
  readonly value: number;
  readonly limit: string;
  readonly holds: boolean;
}

/** Everything one run measured. */
export interface BenchResults {
  readonly date: string;
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly node: string };
  readonly config: Readonly<Record<string, unknown>>;
  readonly scenarios: readonly ScenarioFigures[];
  /** message/get next to message_session/get on the same mock (empty when not measured). */
  readonly endpoints: readonly EndpointFigures[];
  readonly coldStart: Readonly<Record<string, ColdStartFigures>>;
  readonly sessionRss: { readonly default: RssFigures; readonly million: RssFigures };
  readonly rssRatio: number;
  readonly targets: readonly Target[];
}

/** The issue's targets, checked on this run's figures. */
export function checkTargets(
  scenarios: readonly ScenarioFigures[],
  coldStart: Readonly<Record<string, ColdStartFigures>>,
  rssRatio: number,
  endpoints: readonly EndpointFigures[] = [],
): Target[] {
  const cpuOf = (id: string) => endpoints.find((e) => e.id === id)?.mock.cpuUsPerRequest ?? NaN;
  const pageRatio = Math.round((cpuOf('message-get-20') / cpuOf('session-get')) * 1000) / 1000;
  const deepRatio = Math.round((cpuOf('message-get-20-deep') / cpuOf('session-get')) * 1000) / 1000;
  const pageTargets: Target[] =
    endpoints.length === 0
      ? []
      : [
          {
            name: 'message/get page of 20 / message_session/get, µs CPU per request',
            value: pageRatio,
            limit: '<= 1.0',
            holds: pageRatio <= 1,
          },
          {
            name: 'message/get page of 20 at any depth / message_session/get, µs CPU',
            value: deepRatio,
            limit: '<= 1.0',
            holds: deepRatio <= 1,
          },
        ];
  const getKa = scenarios.find((s) => s.id === 'get-ka');
  const c50 = scenarios.find((s) => s.id === 'get-c50');
  const coldRatio = (coldStart.mock?.medianMs ?? NaN) / (coldStart.express?.medianMs ?? NaN);
  const p99 = c50?.servers.mock.p99Ms ?? NaN;
  const getRatio = getKa?.mockToExpress ?? NaN;
  return [
    {
      name: 'message_session/get, keep-alive: mock / bare Express req/s',
      value: getRatio,
      limit: '>= 0.9',
      holds: getRatio >= 0.9,
    },
    {
      name: 'cold start to first 200: mock CLI / bare Express',
      value: Math.round(coldRatio * 1000) / 1000,
      limit: '<= 1.5',
      holds: coldRatio <= 1.5,
    },
    { name: 'mock p99 at 50 connections (ms)', value: p99, limit: '<= 25', holds: p99 <= 25 },
    {
      name: 'peak RSS with 1,000,000 sessions / default set',
      value: rssRatio,
      limit: '0.9 .. 1.1',
      holds: rssRatio >= 0.9 && rssRatio <= 1.1,
    },
    ...pageTargets,
  ];
}
