/**
 * What pbx-mock prints: the banner once it listens (the lock-outs said up front, a curl line that gets a
 * token without printing the secret) and the one line for a port it cannot listen on.
 */
import type { MockPbx } from '../app.js';
import type { CliOptions } from './cli-options.js';
import { fingerprint } from '../core/tls.js';
import type { TlsMaterial } from '../core/tls.js';
import { DEFAULT_TOKEN_RULES } from '../state/token-store.js';

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

/** The banner printed once listening: where, who may log in, the control API, TLS, the lock-outs. */
export function bannerText(
  url: string,
  options: CliOptions,
  pbx: MockPbx,
  tls: TlsMaterial | undefined,
): string {
  const custom = options.clientSecret !== DEFAULT_TOKEN_RULES.clientSecret;
  const control = pbx.control.enabled
    ? `${url}/__mock/ (${pbx.control.reason})`
    : `off (${pbx.control.reason}); /__mock/* answers like an unknown path`;
  const lines = [
    `pbx-mock: fake PBX listening on ${url}`,
    `  API client id: ${options.clientId} (secret: ${custom ? 'as configured' : 'the default, in the README'}; never shown)`,
    `  sessions: ${options.sessions} generated with seed ${options.seed}, plus session 2862`,
    `  device: ${options.model}, firmware ${options.firmware}, serial ${options.serial} (--model, --firmware, --serial)`,
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
  return lines.join('\n');
}

/** The one line for a port that cannot be listened on, with what to do about it. */
export function listenFailure(error: NodeJS.ErrnoException, options: CliOptions): string {
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
