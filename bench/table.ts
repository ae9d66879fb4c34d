/** The printed summary of a run: one table of loads, cold starts, memory, and the targets. */
import type { BenchResults } from './results.js';
import { SERVER_NAMES } from './servers.js';
import { ratio } from './stats.js';

const SERVER_LABEL = { http: 'bare node:http', express: 'bare Express 5', mock: 'pbx-mock' };

const COLD_LABEL: Readonly<Record<string, string>> = {
  express: 'bare Express 5',
  mock: 'pbx-mock (node dist/…/cli.js)',
  mockFirstSession: 'pbx-mock, first session (token+get)',
  http: 'bare node:http',
  mockTsx: 'pbx-mock through tsx (contrast)',
};

function fixed(value: number, digits: number): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join('  ');
}

/** The whole summary as text. */
export function formatResults(results: BenchResults): string {
  const lines: string[] = [];
  const widths = [30, 16, 8, 7, 7, 7, 7, 6, 9];
  lines.push(
    row(
      ['scenario', 'server', 'req/s', 'p50 ms', 'p99 ms', 'µs CPU', 'RSS MB', 'errors', 'ratio'],
      widths,
    ),
  );
  lines.push('-'.repeat(widths.reduce((a, b) => a + b + 2, -2)));
  for (const scenario of results.scenarios) {
    for (const name of SERVER_NAMES) {
      const s = scenario.servers[name];
      const ratio =
        name === 'mock'
          ? `${fixed(scenario.mockToExpress, 2)}xE`
          : name === 'express'
            ? `${fixed(scenario.expressToHttp, 2)}xH`
            : '1.00xH';
      lines.push(
        row(
          [
            name === 'http' ? scenario.label : '',
            SERVER_LABEL[name],
            fixed(s.reqPerSec, 0),
            fixed(s.p50Ms, 1),
            fixed(s.p99Ms, 1),
            fixed(s.cpuUsPerRequest, 0),
            fixed(s.peakRssMb, 1),
            String(s.errors + s.non2xx),
            ratio,
          ],
          widths,
        ),
      );
    }
    const logged = scenario.mockWithLog;
    if (logged) {
      lines.push(
        row(
          [
            '',
            'pbx-mock, log on',
            fixed(logged.reqPerSec, 0),
            fixed(logged.p50Ms, 1),
            fixed(logged.p99Ms, 1),
            fixed(logged.cpuUsPerRequest, 0),
            fixed(logged.peakRssMb, 1),
            String(logged.errors + logged.non2xx),
            `${fixed(ratio(logged.reqPerSec, scenario.servers.express.reqPerSec), 2)}xE`,
          ],
          widths,
        ),
      );
    }
    lines.push(
      row(
        [
          '',
          'mock vs others',
          '',
          '',
          '',
          `${fixed(scenario.cpuExpressToMock, 2)}xE`,
          '',
          '',
          `${fixed(scenario.mockToHttp, 2)}xH`,
        ],
        widths,
      ),
    );
  }
  lines.push(
    'ratio: xE = mock req/s over bare Express, xH = over bare node:http (same run, medians);',
  );
  lines.push(
    'µs CPU: server CPU time per request; under "mock vs others", Express µs / mock µs (>1: mock cheaper)',
  );
  if (results.endpoints.length > 0) {
    lines.push('');
    lines.push('message/get next to message_session/get (pbx-mock, keep-alive, 10 conn, medians):');
    const cells = [
      'endpoint',
      'req/s',
      'p50 ms',
      'p99 ms',
      'µs CPU',
      'bytes',
      'errors',
      'CPU ratio',
    ];
    const w = [30, 8, 7, 7, 7, 7, 6, 9];
    lines.push(row(cells, w));
    const base = results.endpoints[0]?.mock.cpuUsPerRequest ?? NaN;
    for (const e of results.endpoints) {
      lines.push(
        row(
          [
            e.label,
            fixed(e.mock.reqPerSec, 0),
            fixed(e.mock.p50Ms, 1),
            fixed(e.mock.p99Ms, 1),
            fixed(e.mock.cpuUsPerRequest, 0),
            String(e.bytes),
            String(e.mock.errors + e.mock.non2xx),
            fixed(ratio(e.mock.cpuUsPerRequest, base), 2),
          ],
          w,
        ),
      );
    }
  }
  lines.push('');
  lines.push('cold start, spawn to first HTTP 200 (median ms):');
  for (const [name, figures] of Object.entries(results.coldStart)) {
    lines.push(
      `  ${(COLD_LABEL[name] ?? name).padEnd(38)} ${fixed(figures.medianMs, 0).padStart(6)}   runs: ${figures.runsMs.map((v) => fixed(v, 0)).join(' ')}`,
    );
  }
  lines.push('');
  const { default: small, million } = results.sessionRss;
  lines.push('mock memory after the same fixed warm-up (median MB):');
  for (const figures of [small, million]) {
    lines.push(
      `  --sessions ${String(figures.sessions).padEnd(9)} RSS ${fixed(figures.rssMb, 1).padStart(6)}   peak ${fixed(figures.peakRssMb, 1).padStart(6)}`,
    );
  }
  lines.push('');
  lines.push('targets (issues 5 and 13):');
  for (const target of results.targets) {
    lines.push(
      `  ${target.holds ? 'HOLDS' : 'MISSED'}  ${target.name}: ${fixed(target.value, 3)} (target ${target.limit})`,
    );
  }
  return lines.join('\n');
}
