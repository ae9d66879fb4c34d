#!/usr/bin/env node
/**
 * pbx-contract: the contract suite as a command. Only this file touches the process: argv, streams,
 * environment, signals and the exit code. A first SIGINT/SIGTERM stops the run and revokes its tokens; a
 * second one exits at once.
 */
import { runCli } from './main.js';

const controller = new AbortController();
function onSignal(signal: 'SIGINT' | 'SIGTERM'): void {
  if (controller.signal.aborted) process.exit(signal === 'SIGTERM' ? 143 : 130);
  process.stderr.write(`pbx-contract: ${signal}: stopping and revoking the run's tokens\n`);
  controller.abort(signal);
}
process.on('SIGINT', () => onSignal('SIGINT'));
process.on('SIGTERM', () => onSignal('SIGTERM'));

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal: controller.signal,
});
