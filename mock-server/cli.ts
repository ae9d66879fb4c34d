#!/usr/bin/env node
/**
 * pbx-mock: runs the fake PBX. Flags win over environment variables, which win over defaults. Bad flags
 * answer with one line and exit 2; a port that cannot be bound, one line and exit 1. Request lines go to
 * stdout as JSON (pino) unless --quiet; the client secret (even the public default), tokens and the
 * control token are never printed.
 */
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
      tokenRules: { capPolicy: options.tokenCapPolicy, capErrcode: options.tokenCapErrcode },
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

const options = parseCli(process.argv);
const level = options.quiet ? 'silent' : options.logLevel;
const tls = await tlsMaterial(options);
const logger = level === 'silent' ? undefined : createCliLogger(level);
const pbx = build(options, logger);

try {
  const running = await listen(pbx.app, options.host, options.port, tls);
  banner(running.url, options, pbx, tls);
  const stop = () => {
    pbx.close();
    void running.close().finally(() => {
      logger?.flush();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  process.stderr.write(
    `pbx-mock: cannot listen on ${options.host}:${options.port}: ${code ?? message}\n`,
  );
  process.exit(1);
}
