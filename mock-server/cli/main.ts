/**
 * pbx-mock as a function of (argv, io) -> exit code, so tests run it in-process on port 0. Flags win over
 * environment variables (io.env), which win over defaults. Exit codes: 2 bad flags or environment (one
 * line), 1 a port that cannot be listened on (one line), 0 after --help or --version, or once io.signal
 * aborts the running mock (the bin aborts it on SIGINT, SIGTERM and SIGHUP). Request lines go to stdout as
 * JSON (pino) unless --quiet; the client secret (even the public default), tokens and the control token are
 * never printed.
 */
import type { TLSSocket } from 'node:tls';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import { bannerText, listenFailure } from './cli-banner.js';
import { parseMockArgs } from './cli-options.js';
import type { CliOptions, MockEnv } from './cli-options.js';
import { createCliLogger } from '../core/logger.js';
import type { CliLogger, LogLevel } from '../core/logger.js';
import { listen } from '../server.js';
import type { RunningServer } from '../server.js';
import { readCertificate, selfSignedCertificate } from '../core/tls.js';
import type { TlsMaterial } from '../core/tls.js';

/** Where pbx-mock reads and writes. */
export interface MockIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** The PBX_MOCK_* settings (the bin passes process.env). */
  readonly env: MockEnv;
  /** Aborting it stops the running mock; runMock then resolves with 0. */
  readonly signal?: AbortSignal;
  /**
   * The request logger at `level`; pino writing to `stdout` unless given (the bin gives one writing
   * asynchronously to fd 1).
   */
  readonly createLogger?: (level: Exclude<LogLevel, 'silent'>) => CliLogger;
}

/** A mistake found after parsing (a certificate that cannot be read, options that clash): exit 2. */
export class MockUsageError extends Error {
  override readonly name = 'MockUsageError';
  readonly code = 'PBX_MOCK_USAGE';
}

function usageError(message: string): never {
  throw new MockUsageError(message);
}

async function tlsMaterial(options: CliOptions): Promise<TlsMaterial | undefined> {
  if ((options.cert === undefined) !== (options.key === undefined)) {
    usageError(
      '--cert and --key go together; give both, or --https alone for a generated certificate',
    );
  }
  if (options.cert !== undefined && options.key !== undefined) {
    try {
      return readCertificate(options.cert, options.key);
    } catch (error) {
      usageError((error as Error).message);
    }
  }
  return options.https ? selfSignedCertificate(options.host) : undefined;
}

function build(options: CliOptions, logger: CliLogger | undefined): MockPbx {
  try {
    return createMockPbx({
      seed: options.seed,
      sessions: options.sessions,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      emptyFields: options.emptyFields,
      device: { model: options.model, serial: options.serial, firmware: options.firmware },
      sendAnswer: options.sendAnswer,
      overRate: options.overRate,
      deliveryDelayMs: options.deliveryDelay,
      extraErrcodes: options.errcode,
      tokenRules: {
        maxAccessTokens: options.tokenCap,
        capPolicy: options.tokenCapPolicy,
        capErrcode: options.tokenCapErrcode,
        loginFailureLimit: options.loginFailureLimit,
        blockSeconds: options.loginBlock,
      },
      bindHost: options.host,
      control: options.control,
      ...(options.controlToken === undefined ? {} : { controlToken: options.controlToken }),
      journalSize: options.journalSize,
      budgets: options.budget,
      uploads: {
        maxRequestBytes: options.uploadLimit,
        tooLargeErrcode: options.uploadLimitErrcode,
        maxFiles: options.maxUploads,
      },
      ...(options.latency === undefined ? {} : { latency: options.latency }),
      ...(logger ? { logger: logger.logger } : {}),
    });
  } catch (error) {
    // RangeError: options that make no sense together (an errcode twice, a cap errcode not in the catalogue)
    const message = (error as Error).message
      .replace(/^capErrcode/, '--token-cap-errcode')
      .replace(/^uploads\.tooLargeErrcode/, '--upload-limit-errcode');
    return usageError(
      message.endsWith('not in the catalogue')
        ? `${message}; add it with --errcode CODE=MESSAGE`
        : message,
    );
  }
}

/** Resolves once `signal` aborts (never, without a signal). */
function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve();
    else signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Runs pbx-mock with `argv` (the arguments after the command name); resolves with the exit code. */
export async function runMock(argv: readonly string[], io: MockIo): Promise<number> {
  const options = parseMockArgs(argv, io.env, io);
  if (typeof options === 'number') return options;
  const level = options.quiet ? 'silent' : options.logLevel;
  let tls: TlsMaterial | undefined;
  let logger: CliLogger | undefined;
  let pbx: MockPbx;
  try {
    tls = await tlsMaterial(options);
    if (level !== 'silent') {
      logger = io.createLogger ? io.createLogger(level) : createCliLogger(level, io.stdout);
    }
    pbx = build(options, logger);
  } catch (error) {
    if (!(error instanceof MockUsageError)) throw error;
    io.stderr.write(`pbx-mock: ${error.message}\n`);
    return 2;
  }
  let running: RunningServer;
  try {
    running = await listen(pbx.app, options.host, options.port, tls);
  } catch (error) {
    pbx.close();
    io.stderr.write(`pbx-mock: ${listenFailure(error as NodeJS.ErrnoException, options)}\n`);
    return 1;
  }
  io.stdout.write(bannerText(running.url, options, pbx, tls));
  if (tls && logger) {
    const log = logger.logger;
    // the client's mistake the request log cannot show: no request ever arrives
    running.server.on('tlsClientError', (error: NodeJS.ErrnoException, socket: TLSSocket) => {
      log.warn(
        { from: socket.remoteAddress, error: error.code ?? error.message },
        'a client failed the TLS handshake: plain http:// to this https:// port, or it does not trust the certificate',
      );
    });
  }
  await aborted(io.signal);
  pbx.close();
  await running.close().catch(() => undefined);
  logger?.flush();
  return 0;
}
