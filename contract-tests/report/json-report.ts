/** Output for machines: the whole run as JSON, every string redacted before it is written. */
import { writeFileSync } from 'node:fs';
import type { Redactor } from '../redact.js';
import type { RunReport } from '../runner.js';
import { countResults, exitMeaning } from './summary-counts.js';

/** Version of the JSON layout; bumped when a field changes meaning. */
export const JSON_REPORT_VERSION = 1;

/** One word for how the run ended: what a dashboard reading the JSON keys on. */
export type Verdict = 'pass' | 'fail' | 'unreached' | 'refused' | 'configuration' | 'interrupted';

/** The verdict of `report`. */
export function verdictOf(report: RunReport): Verdict {
  switch (report.problem?.kind) {
    case 'interrupted':
      return 'interrupted';
    case 'configuration':
      return 'configuration';
    case 'credentials':
      return 'refused';
    default:
      if (report.exitCode === 1) return 'fail';
      return report.problem?.kind === 'transport' ? 'unreached' : 'pass';
  }
}

/** The JSON document of `report`. */
export function jsonReport(report: RunReport): Record<string, unknown> {
  return {
    tool: 'pbx-contract',
    version: JSON_REPORT_VERSION,
    baseUrl: report.baseUrl,
    target: report.isMock === undefined ? 'unreached' : report.isMock ? 'mock' : 'device',
    device: report.device,
    strict: report.strict,
    strictness: report.strictness,
    rate: report.rate,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    requests: report.requests,
    mutatingCalls: report.mutatingCalls,
    exitCode: report.exitCode,
    exitMeaning: exitMeaning(report.exitCode),
    verdict: verdictOf(report),
    complete: report.problem === undefined,
    problem: report.problem ?? null,
    revokeFailures: report.revokeFailures,
    summary: countResults(report),
    checks: report.results,
    drift: report.drift.map((d) => ({ path: d.path, check: d.checkId, request: d.request })),
  };
}

/** Writes the JSON report to `path`, secrets masked. */
export function writeJson(path: string, report: RunReport, redactor: Redactor): void {
  const document = redactor.redactDeep(jsonReport(report));
  writeFileSync(path, `${redactor.redact(JSON.stringify(document, null, 2))}\n`);
}
