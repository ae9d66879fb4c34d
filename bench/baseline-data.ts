/**
 * What the two baselines serve: the mock's own answers for the benchmark's ids, fetched from the mock at the
 * start of the same run and kept in a Map, so that every server sends the same bytes. Baselines import only
 * this file, node: modules and express, so their start-up is what a bare server's is.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The path every scenario asks for. */
export const GET_PATH = '/openapi/v1.0/message_session/get';

/** The file layout the orchestrator writes. */
export interface BaselineDataFile {
  /** Answer body (parsed JSON) by session id, as the mock answered it. */
  readonly answers: Record<string, unknown>;
  /** The mock's answer for an id it does not hold (60001 DATA NOT FOUND). */
  readonly notFound: unknown;
}

/** A baseline's command line: `--port N --data FILE`. */
export interface BaselineArgs {
  readonly port: number;
  readonly answers: ReadonlyMap<string, unknown>;
  readonly notFound: unknown;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index < 0 ? undefined : argv[index + 1];
}

/** Reads `--port` and `--data`; exits 2 with one line when they are missing or wrong. */
export function baselineArgs(argv: readonly string[]): BaselineArgs {
  const port = Number(flag(argv, '--port') ?? '0');
  const file = flag(argv, '--data');
  if (!Number.isInteger(port) || port < 0 || port > 65_535 || file === undefined) {
    process.stderr.write('baseline: usage: --port N --data FILE\n');
    process.exit(2);
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as BaselineDataFile;
  return { port, answers: new Map(Object.entries(data.answers)), notFound: data.notFound };
}

/** Prints the line the orchestrator waits for, in the mock CLI's wording. */
export function announce(name: string, server: Server): void {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${name}: listening on http://127.0.0.1:${port}\n`);
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
  });
}
