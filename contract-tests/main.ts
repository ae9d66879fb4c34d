/**
 * pbx-contract as a function of (argv, streams) -> exit code, so tests run it in-process. Exit codes: 0 every
 * contract check holds (differences and drift allowed unless --strict), 1 a contract check failed, 2 bad
 * usage or configuration (one line), 3 the target could not be reached or spoke no HTTP/JSON; 130/143 when
 * interrupted by SIGINT/SIGTERM (after revoking the run's tokens).
 */
import { CommanderError } from 'commander';
import { ALL_CHECKS } from './checks/all-checks.js';
import { buildProgram, resolveCli } from './cli-options.js';
import type { CliEnv, CliFlags } from './cli-options.js';
import { UsageError } from './errors.js';
import { Redactor } from './redact.js';
import { ConsoleReport } from './report/console-report.js';
import { writeJson } from './report/json-report.js';
import { writeJunit } from './report/junit-report.js';
import { visible } from './report/visible.js';
import { runContract } from './runner.js';

/** Where the CLI reads and writes. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin?: NodeJS.ReadableStream;
  readonly env: CliEnv;
  /** Aborted with reason 'SIGINT' or 'SIGTERM' to interrupt the run. */
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
  const program = buildProgram().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    // one clear line for a usage error, instead of commander's multi-line output
    writeErr: (text) => {
      const line = text.trim().split('\n')[0];
      // an unknown '--flag=value' is echoed whole, and a mistyped --client-secret=... carries the secret
      const masked = line?.replace(/^error: /, '').replace(/'(-[^'=\s]+)=.*'/, "'$1=***'");
      if (masked) io.stderr.write(`pbx-contract: ${masked}\n`);
    },
  });
  let flags: CliFlags;
  try {
    program.parse([...argv], { from: 'user' });
    flags = program.opts<CliFlags>();
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.help' ? 0 : 2;
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
  } else if (problem) {
    io.stderr.write(`${visible(redactor.redact(`pbx-contract: ${problem.message}`))}\n`);
  }
  if (report.revokeFailures > 0) {
    io.stderr.write(
      `pbx-contract: could not revoke ${report.revokeFailures} of the run's tokens; they expire within 30 minutes\n`,
    );
  }
  if (report.isMock !== undefined) progress.summary(report);
  try {
    if (files.junit !== undefined) writeJunit(files.junit, report, redactor);
    if (files.json !== undefined) writeJson(files.json, report, redactor);
  } catch (error) {
    return fail(`cannot write a report: ${(error as Error).message}`);
  }
  return report.exitCode;
}
