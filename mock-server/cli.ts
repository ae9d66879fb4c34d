#!/usr/bin/env node
/**
 * pbx-mock: runs the fake PBX. Flags win over environment variables, which win over defaults. Bad flags
 * answer with one line and exit 2; a port that cannot be bound, one line and exit 1. Request lines go to
 * stdout as JSON (pino) unless --quiet; the client secret (even the public default), tokens and the
 * control token are never printed.
 */
import type { TLSSocket } from 'node:tls';
import { createMockPbx } from './app.js';
import type { MockPbx } from './app.js';
import { parseCli } from './cli-options.js';
import type { CliOptions } from './cli-options.js';
import { createCliLogger } from './logger.js';
import type { CliLogger } from './logger.js';
import { listen } from './server.js';
import { fingerprint, readCertificate, selfSignedCertificate } from './tls.js';
import type { TlsMaterial } from './tls.js';
import { DEFAULT_TOKEN_RULES } from './token-store.js';

function usageError(message: string): never {
  process.stderr.write(`pbx-mock: ${message}\n`);
  process.exit(2);
}

/**
 * The curl line that gets a token. The secret is never printed, not even the public default: the line reads
 * it from $PBX_MOCK_CLIENT_SECRET, so it is ready to paste once that is exported.
 */
function tokenCurl(url: string, options: CliOptions): string {
  // Inside shell double quotes only \\ " $ and ` are special; the secret's variable is left to expand.
  const inDoubleQuotes = (text: string) => text.replace(/[\\"$`]/g, (c) => `\\${c}`);
  const body = `${inDoubleQuotes(`{"username":${JSON.stringify(options.clientId)},"password":"`)}$PBX_MOCK_CLIENT_SECRET${inDoubleQuotes('"}')}`;
  const insecure = url.startsWith('https:') ? ' -k' : '';
  return `curl -s${insecure} -X POST ${url}/openapi/v1.0/get_token -H 'User-Agent: OpenAPI' -H 'Content-Type: application/json' -d "${body}"`;
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
      ...(options.latency === undefined ? {} : { latency: options.latency }),
      ...(logger ? { logger: logger.logger } : {}),
    });
  } catch (error) {
    // RangeError: options that make no sense together (an errcode twice, a cap errcode not in the catalogue)
    const message = (error as Error).message.replace(/^capErrcode/, '--token-cap-errcode');
    return usageError(
      message.endsWith('not in the catalogue')
        ? `${message}; add it with --errcode CODE=MESSAGE`
        : message,
    );
  }
}

/** A duration in the words people use: 600 -> "10 minutes". */
function spell(seconds: number): string {
  const [value, unit] =
    seconds % 3600 === 0 && seconds > 0
      ? [seconds / 3600, 'hour']
      : seconds % 60 === 0 && seconds > 0
        ? [seconds / 60, 'minute']
        : [seconds, 'second'];
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

/**
 * The two lock-outs a user following the README meets, said up front: what triggers them, how long they
 * last and how to undo them. Both are faithful to the device, so they stay on by default.
 */
function lockOutLines(options: CliOptions, controlUrl: string | undefined): string[] {
  const cap =
    options.tokenCap === 0
      ? '  token cap: none (--token-cap 0)'
      : options.tokenCapPolicy === 'evict-oldest'
        ? `  token cap: ${options.tokenCap} live tokens per API client; a new login revokes the oldest (--token-cap-policy evict-oldest)`
        : `  token cap: ${options.tokenCap} live tokens per API client; the next login answers ${options.tokenCapErrcode} until one is revoked (del_token) or expires (30 minutes) (--token-cap)`;
  const block =
    options.loginFailureLimit === 0
      ? '  login block: never (--login-failure-limit 0)'
      : `  login block: ${options.loginFailureLimit} failed logins from one address block it for ${spell(options.loginBlock)} with 70004 (--login-failure-limit, --login-block)`;
  const undo = controlUrl
    ? [
        `  lift both at once: curl -X POST ${controlUrl}/__mock/reset (forgets every token, rule and block)`,
      ]
    : [];
  return [cap, block, ...undo];
}

function banner(url: string, options: CliOptions, pbx: MockPbx, tls: TlsMaterial | undefined) {
  const custom = options.clientSecret !== DEFAULT_TOKEN_RULES.clientSecret;
  const control = pbx.control.enabled
    ? `${url}/__mock/ (${pbx.control.reason})`
    : `off (${pbx.control.reason}); /__mock/* answers like an unknown path`;
  const lines = [
    `pbx-mock: fake PBX listening on ${url}`,
    `  API client id: ${options.clientId} (secret: ${custom ? 'as configured' : 'the default, in the README'}; never shown)`,
    `  sessions: ${options.sessions} generated with seed ${options.seed}, plus session 2862`,
    `  control API: ${control}`,
  ];
  if (tls) {
    const source = options.cert === undefined ? 'self-signed, generated at start' : options.cert;
    lines.push(`  TLS: ${source}; SHA-256 fingerprint ${fingerprint(tls.cert)}`);
  }
  lines.push(...lockOutLines(options, pbx.control.enabled ? url : undefined));
  if (options.errcode.length > 0) {
    lines.push(
      `  extra errcodes: ${options.errcode.map((e) => `${e.errcode} ${e.errmsg}`).join(', ')}`,
    );
  }
  lines.push(
    '  get a token (export PBX_MOCK_CLIENT_SECRET=<the client secret> first):',
    `    ${tokenCurl(url, options)}`,
    '',
  );
  process.stdout.write(lines.join('\n'));
}

/** The one line for a port that cannot be listened on, with what to do about it. */
function listenFailure(error: NodeJS.ErrnoException, options: CliOptions): string {
  const where = `${options.host}:${options.port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return `cannot listen on ${where}: EADDRINUSE (the port is in use, perhaps by another pbx-mock); pick another with --port N or PBX_MOCK_PORT=N, or --port 0 for a free one`;
    case 'EACCES':
      return `cannot listen on ${where}: EACCES (ports below 1024 need privileges); pick one above 1023 with --port N or PBX_MOCK_PORT=N`;
    case 'EADDRNOTAVAIL':
      return `cannot listen on ${where}: EADDRNOTAVAIL (no such address on this machine); give one of its addresses with --host or PBX_MOCK_HOST, e.g. 127.0.0.1`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on ${where}: ${error.code} (unknown host name); give an address with --host or PBX_MOCK_HOST, e.g. 127.0.0.1`;
    default:
      return `cannot listen on ${where}: ${error.code ?? error.message}`;
  }
}

// A reader of stdout that goes away (pbx-mock | head -1) must not crash the mock with an unhandled 'error'
// event: the request log stops, the mock keeps serving.
process.stdout.on('error', () => undefined);

const options = parseCli(process.argv);
const level = options.quiet ? 'silent' : options.logLevel;
const tls = await tlsMaterial(options);
const logger = level === 'silent' ? undefined : createCliLogger(level);
const pbx = build(options, logger);

try {
  const running = await listen(pbx.app, options.host, options.port, tls);
  banner(running.url, options, pbx, tls);
  if (tls && logger) {
    // the client's mistake the request log cannot show: no request ever arrives
    running.server.on('tlsClientError', (error: NodeJS.ErrnoException, socket: TLSSocket) => {
      logger.logger.warn(
        { from: socket.remoteAddress, error: error.code ?? error.message },
        'a client failed the TLS handshake: plain http:// to this https:// port, or it does not trust the certificate',
      );
    });
  }
  const stop = () => {
    pbx.close();
    void running.close().finally(() => {
      logger?.flush();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
} catch (error) {
  process.stderr.write(`pbx-mock: ${listenFailure(error as NodeJS.ErrnoException, options)}\n`);
  process.exit(1);
}
