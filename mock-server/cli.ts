#!/usr/bin/env node
/**
 * pbx-mock: runs the fake PBX (main.ts). Only this file touches the process: argv, environment, streams,
 * signals and the exit code. SIGINT, SIGTERM and SIGHUP stop the mock, which exits 0.
 */
import { createCliLogger } from './core/logger.js';
import { runMock } from './cli/main.js';

// A reader of stdout that goes away (pbx-mock | head -1) must not crash the mock with an unhandled 'error'
// event: the request log stops, the mock keeps serving.
process.stdout.on('error', () => undefined);

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => controller.abort(signal));
}

const code = await runMock(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
  createLogger: (level) => createCliLogger(level),
});
process.exit(code);
