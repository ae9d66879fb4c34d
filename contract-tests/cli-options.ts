/**
 * pbx-contract's flags (commander) and their resolution with the environment into RunOptions. Flags win over
 * the environment. Anything wrong is a UsageError whose message is the one line the CLI prints (exit 2).
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { helpFooter, packageVersion } from '../mock-server/cli/cli-usage.js';
import { UsageError } from './errors.js';
import {
  DEFAULT_TIMEOUT_MS,
  parseBaseUrl,
  parseFlagEnv,
  parseRate,
  parseSessionIds,
  parseTestTarget,
  parseTimeout,
} from './run-options.js';
import type { RunOptions } from './run-options.js';
import { DEFAULT_RATE } from './rate-limiter.js';

/** The flags as commander hands them over. */
export interface CliFlags {
  baseUrl?: string;
  clientId?: string;
  clientSecret?: string;
  secretFile?: string;
  sessionIds?: string;
  insecure?: boolean;
  ca?: string;
  timeout?: string;
  rate?: string;
  strict?: boolean;
  junit?: string;
  json?: string;
  allowMutating?: boolean;
  testSession?: string;
  testTo?: string;
  testChannel?: string;
  testDid?: string;
  testTransfer?: string;
}

/** The environment variables pbx-contract reads. */
export type CliEnv = Readonly<Record<string, string | undefined>>;

/** Where the run's reports go. */
export interface OutputFiles {
  readonly junit: string | undefined;
  readonly json: string | undefined;
}

/** The commander program (a new one per call, so in-process runs do not share state). */
export function buildProgram(): Command {
  return new Command('pbx-contract')
    .description(
      'Checks a Yeastar P-Series PBX (or the pbx-mock-kit mock) against the OpenAPI contract. Read-only on a device unless --allow-mutating.',
    )
    .option('--base-url <url>', 'the target, e.g. https://192.168.5.150:8088 (env PBX_BASE_URL)')
    .option('--client-id <id>', 'API client id (env PBX_CLIENT_ID)')
    .option(
      '--client-secret <secret>',
      'API client secret (env PBX_CLIENT_SECRET); prefer --secret-file',
    )
    .option('--secret-file <file>', 'read the client secret from FILE; "-" reads it from stdin')
    .option(
      '--session-ids <ids>',
      'check these sessions instead of discovering them: 1,2,3 (env PBX_SESSION_IDS)',
    )
    .option('--insecure', 'accept any TLS certificate (env PBX_INSECURE=1)')
    .option('--ca <file>', 'trust this PEM certificate, e.g. the PBX self-signed one (env PBX_CA)')
    .option(
      '--timeout <ms>',
      `deadline of each request (default ${DEFAULT_TIMEOUT_MS}; env PBX_TIMEOUT)`,
    )
    .option(
      '--rate <n>',
      `requests per second, 0 = unlimited (default ${DEFAULT_RATE}, lifted when the target is the mock; env PBX_RATE)`,
    )
    .option('--strict', 'SEEN/OPEN differences and drift fail the run too (env PBX_STRICT=1)')
    .option('--junit <file>', 'write JUnit XML to FILE')
    .option('--json <file>', 'write the whole run as JSON to FILE')
    .option(
      '--allow-mutating',
      'on a device, send ONE test message (and close only a session that send started); needs --test-session or --test-to/--test-channel/--test-did (env PBX_ALLOW_MUTATING=1)',
    )
    .option(
      '--test-session <id>',
      'with --allow-mutating: reply into this existing session; never closed or transferred (env PBX_TEST_SESSION)',
    )
    .option(
      '--test-to <number>',
      'with --allow-mutating: start a new session to this number (env PBX_TEST_TO)',
    )
    .option(
      '--test-channel <channel>',
      'with --test-to: the provider channel, e.g. twilio or whatsapp (env PBX_TEST_CHANNEL)',
    )
    .option(
      '--test-did <number>',
      "with --test-to: the channel's DID number to send from (env PBX_TEST_DID)",
    )
    .option(
      '--test-transfer <dest>',
      'with --test-to: transfer the session the run started, once, to queue:ID, extension:NUMBER or api, before closing it (env PBX_TEST_TRANSFER)',
    )
    .version(packageVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText(
      'after',
      helpFooter(
        [
          [
            'pbx-contract --base-url http://127.0.0.1:8088 --client-id mock-client-id --secret-file secret.txt',
            'check the mock (pbx-mock) on this machine',
          ],
          [
            'pbx-contract --base-url https://192.168.5.150:8088 --ca pbx.pem --client-id ID --secret-file - < secret.txt',
            'check a PBX, trusting its certificate',
          ],
          [
            'PBX_BASE_URL=https://pbx.example:8088 PBX_CLIENT_ID=ID PBX_CLIENT_SECRET=S pbx-contract --junit junit.xml',
            'in CI, with a JUnit report',
          ],
        ],
        [
          'The base URL ends at the port (or at a proxy path prefix); on a device the run is read-only unless',
          '--allow-mutating, and revokes every token it obtains, however it ends.',
          'Exit codes: 0 every contract check holds, 1 a contract check failed, 2 bad usage or configuration,',
          '3 the target could not be reached or spoke no HTTP/JSON, 70 pbx-contract itself failed, 129/130/143',
          'stopped by SIGHUP/SIGINT/SIGTERM, 141 its output was closed (| head).',
          'Docs: README.md and docs/troubleshooting.md of pbx-mock-kit (exit codes, reports, forcing errcodes on',
          "the mock with 'Prefer: errcode=N', its control API under /__mock/).",
        ],
      ),
    )
    .allowExcessArguments(false)
    .showHelpAfterError(false)
    .exitOverride();
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function readText(file: string, flag: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

async function secretOf(
  flags: CliFlags,
  env: CliEnv,
  stdin: NodeJS.ReadableStream | undefined,
): Promise<string> {
  if (flags.clientSecret !== undefined && flags.secretFile !== undefined) {
    throw new UsageError('give the client secret once: --client-secret or --secret-file, not both');
  }
  let secret = flags.clientSecret;
  if (flags.secretFile !== undefined) {
    if (flags.secretFile === '-') {
      if (!stdin) throw new UsageError('--secret-file - needs the secret on stdin');
      secret = await readAll(stdin);
    } else secret = readText(flags.secretFile, '--secret-file');
    secret = secret.replace(/\r?\n$/, '');
  }
  secret ??= env.PBX_CLIENT_SECRET;
  if (secret === undefined || secret === '') {
    throw new UsageError(
      'no client secret: give --secret-file FILE (or - for stdin), --client-secret or PBX_CLIENT_SECRET',
    );
  }
  return secret;
}

function outputPath(file: string | undefined, flag: string): string | undefined {
  if (file === undefined) return undefined;
  const folder = dirname(resolve(file));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UsageError(`${flag} ${file}: folder ${folder} does not exist`);
  // found out now, before the run spends a login, rather than after it (a full disk still shows only then)
  let stats;
  try {
    stats = statSync(file);
  } catch {
    stats = undefined;
  }
  if (stats?.isDirectory()) throw new UsageError(`${flag} ${file} is a folder; name a file`);
  try {
    accessSync(stats ? file : folder, constants.W_OK);
  } catch (error) {
    throw new UsageError(
      `${flag} ${file}: cannot write ${stats ? 'the file' : `in folder ${folder}`} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return file;
}

/** Resolves flags and environment into the run's options and output files. Throws UsageError. */
export async function resolveCli(
  flags: CliFlags,
  env: CliEnv,
  stdin?: NodeJS.ReadableStream,
): Promise<{ options: RunOptions; files: OutputFiles }> {
  const base = flags.baseUrl ?? env.PBX_BASE_URL;
  if (base === undefined || base === '') {
    throw new UsageError(
      'no target: give --base-url URL (e.g. https://192.168.5.150:8088) or PBX_BASE_URL',
    );
  }
  const baseUrl = parseBaseUrl(base);
  const clientId = flags.clientId ?? env.PBX_CLIENT_ID;
  if (clientId === undefined || clientId === '') {
    throw new UsageError('no API client id: give --client-id ID or PBX_CLIENT_ID');
  }
  const ids = flags.sessionIds ?? env.PBX_SESSION_IDS;
  const caFile = flags.ca ?? env.PBX_CA;
  let ca: string | undefined;
  if (caFile !== undefined && caFile !== '') {
    ca = readText(caFile, '--ca');
    if (!ca.includes('BEGIN CERTIFICATE')) {
      throw new UsageError(`--ca ${caFile} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
    }
  }
  const rate = flags.rate ?? env.PBX_RATE;
  const files = {
    junit: outputPath(flags.junit, '--junit'),
    json: outputPath(flags.json, '--json'),
  };
  if (files.junit !== undefined && files.junit === files.json) {
    throw new UsageError('--junit and --json must name different files');
  }
  const allowMutating =
    flags.allowMutating === true || parseFlagEnv('PBX_ALLOW_MUTATING', env.PBX_ALLOW_MUTATING);
  const testTarget = parseTestTarget({
    allowMutating,
    session: flags.testSession ?? env.PBX_TEST_SESSION,
    to: flags.testTo ?? env.PBX_TEST_TO,
    channel: flags.testChannel ?? env.PBX_TEST_CHANNEL,
    did: flags.testDid ?? env.PBX_TEST_DID,
    transfer: flags.testTransfer ?? env.PBX_TEST_TRANSFER,
  });
  const timeout = flags.timeout ?? env.PBX_TIMEOUT;
  const options: RunOptions = {
    baseUrl,
    clientId,
    clientSecret: await secretOf(flags, env, stdin),
    sessionIds: ids === undefined || ids === '' ? undefined : parseSessionIds(ids),
    insecure: flags.insecure === true || parseFlagEnv('PBX_INSECURE', env.PBX_INSECURE),
    ca,
    timeoutMs: timeout === undefined || timeout === '' ? DEFAULT_TIMEOUT_MS : parseTimeout(timeout),
    rate: rate === undefined || rate === '' ? undefined : parseRate(rate),
    strict: flags.strict === true || parseFlagEnv('PBX_STRICT', env.PBX_STRICT),
    allowMutating,
    testTarget,
  };
  return { options, files };
}
