/**
 * Output for CI: JUnit XML (junit-report-builder). A failed check is a <failure>; a skipped or not-run check
 * is <skipped>; an unreachable target, a refused login, options that do not fit the target and an
 * interrupted run are each one <error> testcase (never a failure, never green); differences, drift and notes
 * go to <system-out>. The XML passes the redactor before it is written.
 */
import { writeFileSync } from 'node:fs';
import junitBuilder from 'junit-report-builder';
import type { Builder } from 'junit-report-builder';
import { describeFinding } from '../finding.js';
import type { Redactor } from '../redact.js';
import type { RunProblem, RunReport } from '../runner.js';
import { mutatingLine } from './summary-counts.js';

// junit-report-builder is CommonJS with a default export; under NodeNext it arrives as module.exports itself.
const builderRoot = junitBuilder as unknown as Builder;

/** The error testcase of each kind of problem: class name, test name, error type. */
const PROBLEM_CASES: Record<RunProblem['kind'], readonly [string, string, string]> = {
  transport: ['pbx-contract.target', 'the target answers HTTP with JSON', 'TransportError'],
  credentials: ['pbx-contract.target', "the target accepts the run's login", 'CredentialsError'],
  configuration: ['pbx-contract.run', "the run's options fit the target", 'ConfigurationError'],
  interrupted: ['pbx-contract.run', 'the run ran every check to the end', 'Interrupted'],
};

/** The JUnit XML of `report`. */
export function junitXml(report: RunReport): string {
  const builder = builderRoot.newBuilder();
  const suite = builder
    .testSuite()
    .name('pbx-contract')
    .property('base_url', report.baseUrl)
    .property(
      'target',
      report.isMock === undefined ? 'unreached' : report.isMock ? 'mock' : 'device',
    )
    .property('strict', String(report.strict))
    .time(report.durationMs / 1000);
  // which device and firmware passed, for the rollout record (the serial masked but for its last 4)
  const { device } = report;
  suite.property('device_known', String(device.known));
  for (const [name, value] of [
    ['device_model', device.model],
    ['device_firmware', device.firmware],
    ['device_hardware_version', device.hardwareVersion],
    ['device_serial', device.serial],
    ['device_reason', device.reason],
  ] as const) {
    if (value !== undefined) suite.property(name, value);
  }
  suite.property('mutating_calls', String(report.mutatingCalls.length));
  report.mutatingCalls.forEach((call, i) => {
    suite.property(`mutating_call_${i + 1}`, mutatingLine(call));
  });
  const problem = report.problem;
  if (problem) {
    // one error testcase for whatever stopped the run, so a dashboard never shows it green
    const [className, name, type] = PROBLEM_CASES[problem.kind];
    suite.testCase().className(className).name(name).error(problem.message, type);
  }
  for (const result of report.results) {
    const group = result.id.split('.')[0] ?? result.id;
    const test = suite
      .testCase()
      .className(`pbx-contract.${group}`)
      .name(`${result.id} [${result.level}] ${result.title}`)
      .time(result.durationMs / 1000);
    const failures = result.findings.filter((f) => f.verdict === 'failure');
    const others = result.findings.filter((f) => f.verdict !== 'failure');
    if (result.outcome === 'fail') {
      test.failure(failures.map(describeFinding).join('\n'), 'ContractFailure');
    } else if (result.outcome === 'skip' || result.outcome === 'not-run') {
      test.skipped();
    }
    const out = [
      ...(result.reason ? [result.reason] : []),
      ...others.map((f) => `${f.verdict}: ${describeFinding(f)}`),
    ];
    if (out.length > 0) test.standardOutput(out.join('\n'));
  }
  return builder.build();
}

/** Writes the JUnit XML of `report` to `path`, secrets masked. */
export function writeJunit(path: string, report: RunReport, redactor: Redactor): void {
  // masked before the XML is built: once escaped (&amp;, &lt;), a secret no longer reads as itself
  writeFileSync(path, redactor.redact(junitXml(redactor.redactDeep(report))));
}
