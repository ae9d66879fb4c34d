#!/usr/bin/env node
/**
 * pbx-mock: runs the fake PBX. Flags win over environment variables, which win over defaults. Bad flags
 * answer with one line and exit 2; a port that cannot be bound, one line and exit 1.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_SEED, DEFAULT_SESSION_COUNT, MAX_SESSION_COUNT } from '../fixtures/session-set.js';
import { createMockPbx } from './app.js';
import { DEFAULT_TOKEN_RULES } from './token-store.js';
import { listen } from './server.js';

function integer(min: number, max: number) {
  return (raw: string): number => {
    const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
}

const program = new Command('pbx-mock')
  .description(
    'A fake Yeastar P-Series PBX (OpenAPI /openapi/v1.0/) for local development and tests.',
  )
  .addOption(
    new Option('--host <address>', 'address to bind').env('PBX_MOCK_HOST').default('127.0.0.1'),
  )
  .addOption(
    new Option('--port <port>', 'port to listen on (0 picks a free one)')
      .env('PBX_MOCK_PORT')
      .default(8088)
      .argParser(integer(0, 65_535)),
  )
  .addOption(
    new Option('--seed <n>', 'seed of the generated sessions')
      .env('PBX_MOCK_SEED')
      .default(DEFAULT_SEED)
      .argParser(integer(0, 2 ** 32 - 1)),
  )
  .addOption(
    new Option('--sessions <n>', 'generated sessions (ids 1..n), besides session 2862')
      .env('PBX_MOCK_SESSIONS')
      .default(DEFAULT_SESSION_COUNT)
      .argParser(integer(0, MAX_SESSION_COUNT)),
  )
  .addOption(
    new Option('--client-id <id>', 'API client id that get_token accepts')
      .env('PBX_MOCK_CLIENT_ID')
      .default(DEFAULT_TOKEN_RULES.clientId),
  )
  .addOption(
    new Option('--client-secret <secret>', 'API client secret that get_token accepts')
      .env('PBX_MOCK_CLIENT_SECRET')
      .default(DEFAULT_TOKEN_RULES.clientSecret, 'mock-client-secret'),
  )
  .addOption(
    new Option('--empty-fields <style>', 'channel-only fields on other channels (OPEN)')
      .env('PBX_MOCK_EMPTY_FIELDS')
      .choices(['blank', 'omit'])
      .default('blank'),
  )
  .showHelpAfterError(false)
  .exitOverride()
  .configureOutput({
    // one clear line for a usage error, instead of commander's multi-line output
    writeErr: (text) => {
      const line = text.trim().split('\n')[0];
      if (line) process.stderr.write(`pbx-mock: ${line.replace(/^error: /, '')}\n`);
    },
  });

interface CliOptions {
  host: string;
  port: number;
  seed: number;
  sessions: number;
  clientId: string;
  clientSecret: string;
  emptyFields: 'blank' | 'omit';
}

function usage(argv: string[]): CliOptions {
  try {
    program.parse(argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
    process.exit(code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : 2);
  }
  return program.opts<CliOptions>();
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** The curl line that gets a token; the secret is never printed unless it is the public default. */
function tokenCurl(url: string, options: CliOptions): string {
  const secret =
    options.clientSecret === DEFAULT_TOKEN_RULES.clientSecret
      ? DEFAULT_TOKEN_RULES.clientSecret
      : '$PBX_MOCK_CLIENT_SECRET';
  const body = `{"username":"${options.clientId}","password":"${secret}"}`;
  const quotedBody = secret.startsWith('$') ? `"${body.replaceAll('"', '\\"')}"` : shellQuote(body);
  return `curl -s -X POST ${url}/openapi/v1.0/get_token -H 'User-Agent: OpenAPI' -H 'Content-Type: application/json' -d ${quotedBody}`;
}

const options = usage(process.argv);
const pbx = createMockPbx({
  seed: options.seed,
  sessions: options.sessions,
  clientId: options.clientId,
  clientSecret: options.clientSecret,
  emptyFields: options.emptyFields,
});

try {
  const running = await listen(pbx.app, options.host, options.port);
  const custom = options.clientSecret !== DEFAULT_TOKEN_RULES.clientSecret;
  process.stdout.write(
    [
      `pbx-mock: fake PBX listening on ${running.url}`,
      `  API client id: ${options.clientId} (secret: ${custom ? 'as configured, not shown' : 'the default, see README'})`,
      `  sessions: ${options.sessions} generated with seed ${options.seed}, plus session 2862`,
      `  get a token:${custom ? ' (export PBX_MOCK_CLIENT_SECRET first)' : ''}`,
      `    ${tokenCurl(running.url, options)}`,
      '',
    ].join('\n'),
  );
  const stop = () => {
    void running.close().finally(() => process.exit(0));
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
