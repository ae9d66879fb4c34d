/**
 * Output for people: a line per check as it runs (with its findings under it), then a summary table
 * (check, level, result), the drift list and one closing line with the exit code. Every line passes the
 * redactor on its way out.
 */
import type { Check } from '../check.js';
import { describeFinding } from '../finding.js';
import type { Redactor } from '../redact.js';
import { deviceLine } from '../device-info.js';
import { NOT_THE_MOCK } from '../runner.js';
import type { CheckResult, ClassifiedFinding, RunReport, StartInfo } from '../runner.js';
import { countResults, exitMeaning, mutatingLine } from './summary-counts.js';
import { visible } from './visible.js';

const TAGS: Record<CheckResult['outcome'], string> = {
  pass: 'ok  ',
  fail: 'FAIL',
  difference: 'DIFF',
  skip: 'skip',
  'not-run': '--  ',
};

const FINDING_TAGS: Record<ClassifiedFinding['verdict'], string> = {
  failure: 'x',
  difference: 'difference:',
  drift: 'drift:',
  note: 'note:',
};

/** Most findings printed under one check; the JSON report has them all. */
export const MAX_FINDINGS_SHOWN = 8;

/** The lines under a check: each finding, but drift once per JSON path (how many answers carried it). */
function findingLines(findings: readonly ClassifiedFinding[]): string[] {
  const entries: { text: string; count: number }[] = [];
  const byPath = new Map<string, { text: string; count: number }>();
  for (const finding of findings) {
    const entry = {
      text: `${FINDING_TAGS[finding.verdict]} ${describeFinding(finding)}`,
      count: 1,
    };
    if (finding.kind === 'drift' && finding.path !== undefined) {
      const key = finding.path.replace(/\[\d+\]/g, '[*]');
      const seen = byPath.get(key);
      if (seen) {
        seen.count++;
        continue;
      }
      byPath.set(key, entry);
    }
    entries.push(entry);
  }
  return entries.map((e) =>
    e.count > 1 ? `${e.text} (and in ${e.count - 1} more answers)` : e.text,
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function resultText(r: CheckResult): string {
  if (r.outcome === 'skip' || r.outcome === 'not-run') {
    return `${r.outcome === 'skip' ? 'skipped' : 'not run'}${r.reason ? `: ${r.reason}` : ''}`;
  }
  return r.outcome === 'fail' ? 'FAIL' : r.outcome;
}

/**
 * The rows of the summary table: generated checks (`mock.errcode.60001`, ...) collapse into one row per
 * family when they all ended the same way, so the table stays readable.
 */
export function summaryRows(
  results: readonly CheckResult[],
): { check: string; level: string; result: string }[] {
  const families = new Map<string, CheckResult[]>();
  for (const r of results) {
    const parts = r.id.split('.');
    const key = parts.length >= 3 ? `${parts.slice(0, 2).join('.')}.*` : r.id;
    families.set(key, [...(families.get(key) ?? []), r]);
  }
  const rows: { check: string; level: string; result: string }[] = [];
  for (const [key, members] of families) {
    const first = members[0];
    if (!first) continue;
    const same = members.every(
      (m) => m.outcome === first.outcome && m.level === first.level && m.reason === first.reason,
    );
    if (members.length > 1 && same) {
      rows.push({
        check: `${key} (${members.length})`,
        level: first.level,
        result: resultText(first),
      });
    } else {
      for (const m of members) rows.push({ check: m.id, level: m.level, result: resultText(m) });
    }
  }
  return rows;
}

/** Prints a run as it goes. */
export class ConsoleReport {
  private readonly width: number;
  private mockSkipShown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly redactor: Redactor,
    private readonly checks: readonly Check[],
  ) {
    this.width = Math.max(...checks.map((c) => c.id.length), 10) + 2;
  }

  private line(text = ''): void {
    this.write(`${visible(this.redactor.redact(text))}\n`);
  }

  /** The first two lines: what is checked and how strictly, then which device it is. */
  start(baseUrl: string, info: StartInfo): void {
    const rate = info.rate > 0 ? `at most ${info.rate} requests/s` : 'rate unlimited';
    const how = info.isMock
      ? 'the target is the pbx-mock-kit mock: every level is strict'
      : info.strictness.levels
        ? '--strict: SEEN/OPEN differences and drift fail'
        : 'SEEN/OPEN differences are reported, not failed (--strict to fail them)';
    const writes = info.isMock
      ? "mutating checks on the run's own session"
      : info.allowMutating
        ? 'mutating: ONE test message allowed'
        : 'read-only';
    this.line(`pbx-contract: checking ${baseUrl} (${writes}; ${rate}; ${how})`);
    this.line(`  device: ${deviceLine(info.device)}`);
  }

  /** The progress line of one check, with its findings. */
  result(result: CheckResult): void {
    // skipped because the target is not the mock: one line for all of them; any other skip is shown alone
    if (
      result.outcome === 'skip' &&
      result.reason === NOT_THE_MOCK &&
      result.findings.length === 0
    ) {
      if (this.mockSkipShown) return;
      this.mockSkipShown = true;
      const count = this.checks.filter((c) => c.mockOnly).length;
      this.line(
        `  skip ${'mock.*'.padEnd(this.width)} ${count} mock-only checks: the target is not the mock`,
      );
      return;
    }
    const reason =
      result.reason !== undefined && result.outcome !== 'pass' ? ` (${result.reason})` : '';
    this.line(
      `  ${TAGS[result.outcome]} ${result.id.padEnd(this.width)} ${result.level.padEnd(5)} ${result.title}${reason}`,
    );
    const lines = findingLines(result.findings);
    for (const text of lines.slice(0, MAX_FINDINGS_SHOWN)) this.line(`         ${text}`);
    if (lines.length > MAX_FINDINGS_SHOWN) {
      this.line(`         ... ${lines.length - MAX_FINDINGS_SHOWN} more (see --json)`);
    }
  }

  /** The summary table, the drift list and the closing line. */
  summary(report: RunReport): void {
    const counts = countResults(report);
    this.line();
    this.line('Summary');
    this.line(`  ${'check'.padEnd(this.width)} level  result`);
    for (const row of summaryRows(report.results)) {
      this.line(`  ${row.check.padEnd(this.width)} ${row.level.padEnd(6)} ${row.result}`);
    }
    this.line();
    if (report.drift.length === 0) this.line('Drift: none (every field is known to the schemas)');
    else {
      this.line(
        `Drift: fields no schema knows (warnings${report.strict ? '; --strict fails them' : ''})`,
      );
      for (const d of report.drift) this.line(`  ${d.path}  (${d.checkId}: ${d.request})`);
    }
    this.line();
    if (report.mutatingCalls.length === 0) {
      this.line('Mutating calls: none (nothing on the target was changed)');
    } else {
      this.line(`Mutating calls: ${report.mutatingCalls.length} (calls that change the target)`);
      for (const call of report.mutatingCalls) this.line(`  ${mutatingLine(call)}`);
    }
    this.line();
    const review =
      report.exitCode === 0 && counts.differences + counts.drift > 0
        ? ' (review the differences and drift above)'
        : '';
    this.line(
      `pbx-contract: ${counts.checks} checks: ${counts.passed} passed, ${counts.failed} failed, ` +
        `${plural(counts.differences, 'difference')}, ${counts.skipped} skipped, ${counts.notRun} not run; ` +
        `${plural(counts.drift, 'drift warning')}; ${plural(report.requests, 'request')} in ${(report.durationMs / 1000).toFixed(1)} s. ` +
        `Exit ${report.exitCode}: ${exitMeaning(report.exitCode)}${review}.`,
    );
  }
}
