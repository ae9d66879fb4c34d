/**
 * Structured request logging with pino: one JSON line per request on stdout, written through an
 * asynchronous destination so logging never blocks an answer. Tokens never reach a line: the query is logged
 * with access_token masked, bodies (credentials, refresh tokens) are never logged, and the control token is
 * a header, which is never logged either.
 */
import pino from 'pino';
import type { Logger } from 'pino';
import type { Query } from './query.js';

/** Log levels the CLI accepts, quietest first. */
export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;

/** A log level of the CLI. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The logger createMockPbx takes: pino's, or anything with its info method (warn and error, when present,
 * get the lines of those levels; without them those lines go to info).
 */
export type RequestLogger = Pick<Logger, 'info'> & Partial<Pick<Logger, 'warn' | 'error'>>;

/**
 * The level of a request's line. error: the mock itself failed (an answer of -2 nobody forced). warn: a
 * client was locked out (login block, token cap) or misused the mock (a problem+json answer, a refused
 * control request). info: every other request.
 */
export type LineLevel = 'error' | 'warn' | 'info';

/** What one request line carries. */
export interface RequestLine {
  readonly method: string;
  readonly path: string;
  /** Already masked (access_token: ***). */
  readonly query?: Query;
  readonly status: number;
  readonly errcode?: number | undefined;
  readonly rule?: string | undefined;
  readonly fault?: string | undefined;
  /** Why the answer is not a plain success: the parameter, rule, token state or lock-out behind it. */
  readonly why?: string | undefined;
  /** True for /__mock/* requests. */
  readonly control?: boolean;
  /** Time to answer, in ms. */
  readonly ms: number;
}

/** Writes one request line at `level`. */
export function logRequest(
  logger: RequestLogger,
  line: RequestLine,
  level: LineLevel = 'info',
): void {
  const write = (level === 'info' ? undefined : logger[level])?.bind(logger);
  if (write) write(line, 'request');
  else logger.info(line, 'request');
}

/** A logger for the CLI and how to flush it before exit. */
export interface CliLogger {
  readonly logger: Logger;
  /** Writes out what is buffered (call before process.exit). */
  flush(): void;
}

/**
 * A pino logger at `level` writing to `stream`, or without one asynchronously to stdout (fd 1), so logging
 * never blocks an answer.
 */
export function createCliLogger(
  level: Exclude<LogLevel, 'silent'>,
  stream?: { write(text: string): unknown },
): CliLogger {
  const destination = stream ? undefined : pino.destination({ dest: 1, sync: false });
  const options = { level, base: null, timestamp: pino.stdTimeFunctions.isoTime };
  const logger = pino(
    options,
    destination ?? { write: (text: string) => void stream?.write(text) },
  );
  return {
    logger,
    flush() {
      try {
        destination?.flushSync();
      } catch {
        // nothing buffered yet, or stdout is gone: nothing left to save
      }
    },
  };
}
