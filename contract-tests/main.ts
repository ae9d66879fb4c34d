/**
 * pbx-contract as a function of (argv, streams) -> exit code, so tests run it in-process. Exit codes: 0 every
 * contract check holds (differences and drift allowed unless --strict), 1 a contract check failed, 2 bad
 * usage or configuration (one line; also a report that cannot be written), 3 the target could not be reached
 * or spoke no HTTP/JSON; 129/130/143 when stopped by SIGHUP/SIGINT/SIGTERM and 141 when the reader of its
 * output went away (EPIPE), always after revoking the run's tokens; 70 when pbx-contract itself failed.
 */
import { CommanderError } from 'commander';
import { knownFlags, usageLine } from '../mock-server/cli/cli-usage.js';
import { ALL_CHECKS } from './checks/all-checks.js';
import { buildProgram, resolveCli } from './cli-options.js';
import type { CliEnv, CliFlags } from './cli-options.js';
import { UsageError } from './errors.js';
import { Redactor } from './redact.js';
import { ConsoleReport } from './report/console-report.js';
import { writeJson } from './report/json-report.js';
import { writeJunit } from './report/junit-report.js';
import { visible } from './report/visible.js';
import { exitMeaning } from './report/summary-counts.js';
import { runContract } from './runner.js';

/** Where the CLI reads and writes. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin?: NodeJS.ReadableStream;
  readonly env: CliEnv;
  /** Aborted with a StopReason ('SIGINT', 'SIGTERM', 'SIGHUP', 'EPIPE', 'internal-error') to stop the run. */
  readonly signal?: AbortSignal;
}

function shownBase(url: URL): string {
  return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
}

/** Runs pbx-contract with `argv` (the arguments after the command name); resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const redactor = new Redactor();
  const fail = (message: string) => {
    io.stderr.write(`pbx-contract: ${visible(redactor.redact(message))}\n`);
    return 2;
  };
  const program = buildProgram();
  program.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    // one clear line for a usage error, instead of commander's multi-line output
    writeErr: (text) => {
      const line = usageLine(text, knownFlags(program));
      if (line) io.stderr.write(`pbx-contract: ${line}\n`);
    },
  });
  let flags: CliFlags;
  try {
    program.parse([...argv], { from: 'user' });
    flags = program.opts<CliFlags>();
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)
        ? 0
        : 2;
    }
    throw error;
  }
  redactor.add(flags.clientSecret);
  let resolved;
  try {
    resolved = await resolveCli(flags, io.env, io.stdin);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  const { options, files } = resolved;
  redactor.addCredentials(options.clientId, options.clientSecret);
  const base = shownBase(options.baseUrl);
  const progress = new ConsoleReport((text) => io.stdout.write(text), redactor, ALL_CHECKS);
  const report = await runContract(options, {
    redactor,
    ...(io.signal ? { signal: io.signal } : {}),
    onStart: (info) => progress.start(base, info),
    onResult: (result) => progress.result(result),
  });
  const { problem } = report;
  if (problem?.kind === 'transport') {
    io.stderr.write(
      `${visible(redactor.redact(`pbx-contract: cannot reach the target at ${base}: ${problem.message}`))}\n`,
    );
  } else if (problem?.kind === 'interrupted') {
    io.stderr.write(
      `${visible(redactor.redact(`pbx-contract: ${problem.message}; the run's tokens were revoked (exit ${report.exitCode})`))}\n`,
    );
  } else if (problem) {
    io.stderr.write(`${visible(redactor.redact(`pbx-contract: ${problem.message}`))}\n`);
  }
  if (report.revokeFailures > 0) {
    io.stderr.write(
      `pbx-contract: could not revoke ${report.revokeFailures} of the run's tokens; they expire within 30 minutes\n`,
    );
  }
  // a configuration problem is its one line; a summary of checks that never ran would bury it
  if (report.isMock !== undefined && problem?.kind !== 'configuration') progress.summary(report);
  const writers = [
    ['--junit', files.junit, writeJunit],
    ['--json', files.json, writeJson],
  ] as const;
  let unwritten = false;
  for (const [flag, file, write] of writers) {
    if (file === undefined) continue;
    try {
      write(file, report, redactor);
    } catch (error) {
      unwritten = true;
      const { code, message } = error as NodeJS.ErrnoException;
      fail(
        `cannot write ${flag} ${file}: ${code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : (code ?? message)}; ` +
          `the run itself ended with exit ${report.exitCode} (${exitMeaning(report.exitCode)})`,
      );
    }
  }
  // a report CI expects and cannot find must not pass for a verdict; a worse verdict stays
  return unwritten && report.exitCode === 0 ? 2 : report.exitCode;
}
