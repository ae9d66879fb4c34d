#!/usr/bin/env node
/**
 * pbx-contract: the contract suite as a command. Only this file touches the process: argv, streams,
 * environment, signals and the exit code. However the run ends, its tokens are revoked first: SIGINT,
 * SIGTERM and SIGHUP stop it; so does the reader of stdout going away (EPIPE: `| head -1`), and so does an
 * error nothing caught. A second signal exits at once.
 */
import { runCli } from './main.js';
import { STOP_CODES, stopMessage } from './stop-reasons.js';
import type { StopReason } from './stop-reasons.js';

const controller = new AbortController();

function say(line: string): void {
  if (!stderr.closed) stderr.write(`pbx-contract: ${line}\n`);
}

function stop(reason: StopReason): void {
  if (controller.signal.aborted) {
    if (reason === 'EPIPE' || reason === 'internal-error') return;
    say(`${reason} again: exiting without waiting for the run's tokens to be revoked`);
    process.exit(STOP_CODES[reason]);
  }
  // a reader that went away (| head -1) hears only the closing line, from runCli
  if (reason !== 'EPIPE') say(`${stopMessage(reason)}: stopping and revoking the run's tokens`);
  controller.abort(reason);
}

/**
 * A stream that may be closed under the run (a reader that exits, a closed terminal): writes after that are
 * dropped instead of crashing the process with an unhandled 'error' event, and `onClosed` runs once.
 */
function guarded(stream: NodeJS.WriteStream, onClosed: () => void) {
  const state = {
    closed: false,
    write(text: string): void {
      if (state.closed) return;
      try {
        stream.write(text);
      } catch {
        close();
      }
    },
  };
  const close = () => {
    if (state.closed) return;
    state.closed = true;
    onClosed();
  };
  stream.on('error', close);
  return state;
}

const stderr = guarded(process.stderr, () => undefined);
const stdout = guarded(process.stdout, () => stop('EPIPE'));

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => stop(signal));

function internalError(error: unknown): void {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  say(`internal error, a defect of pbx-contract: ${text.split('\n')[0] ?? ''}`);
  process.exitCode = STOP_CODES['internal-error'];
  stop('internal-error');
}
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

try {
  const code = await runCli(process.argv.slice(2), {
    stdout,
    stderr,
    stdin: process.stdin,
    env: process.env,
    signal: controller.signal,
  });
  process.exitCode = process.exitCode === STOP_CODES['internal-error'] ? process.exitCode : code;
} catch (error) {
  internalError(error);
}
