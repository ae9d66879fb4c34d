/**
 * The flags of pbx-mock. Flags win over environment variables, which win over defaults. A bad value is
 * answered with one line and exit 2 (main.ts); nothing here prints a secret, and no default is a secret except
 * the public default client secret. The environment is passed in, never read from the process.
 */
import type { EventEmitter } from 'node:events';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CatalogueEntry } from '../../schemas/error-catalogue.js';
import type { ControlDelay } from '../../schemas/types.generated.js';
import {
  DEFAULT_SEED,
  DEFAULT_SESSION_COUNT,
  MAX_SESSION_COUNT,
} from '../../fixtures/session-set.js';
import { DEFAULT_JOURNAL_SIZE, MAX_JOURNAL_SIZE } from '../scenarios/journal.js';
import { LOG_LEVELS } from '../core/logger.js';
import { DEFAULT_BUDGETS, MAX_BUDGET, STORE_NAMES } from '../state/store-budget.js';
import type { StoreName } from '../state/store-budget.js';
import type { LogLevel } from '../core/logger.js';
import { DEFAULT_DEVICE, deviceFactProblem } from '../state/device-facts.js';
import { helpFooter, knownFlags, packageVersion, usageLine } from './cli-usage.js';
import {
  DEFAULT_TOKEN_RULES,
  MAX_BLOCK_SECONDS,
  MAX_LOGIN_FAILURE_LIMIT,
  MAX_TOKEN_CAP,
} from '../state/token-store.js';
import type { TokenCapPolicy } from '../state/token-store.js';
import {
  DEFAULT_MAX_UPLOADS,
  DEFAULT_UPLOAD_RULES,
  MAX_UPLOAD_COUNT,
} from '../state/upload-store.js';

/** Everything the CLI was told. */
export interface CliOptions {
  host: string;
  port: number;
  seed: number;
  sessions: number;
  clientId: string;
  clientSecret: string;
  emptyFields: 'blank' | 'omit';
  model: string;
  serial: string;
  firmware: string;
  sendAnswer: 'string' | 'number';
  overRate: 'queue' | 'fail';
  deliveryDelay: number;
  errcode: CatalogueEntry[];
  tokenCap: number;
  tokenCapPolicy: TokenCapPolicy;
  tokenCapErrcode: number;
  loginFailureLimit: number;
  /** Seconds. */
  loginBlock: number;
  controlToken?: string;
  control: boolean;
  journalSize: number;
  budget: Partial<Record<StoreName, number>>;
  /** Bytes of files one upload may carry. */
  uploadLimit: number;
  uploadLimitErrcode: number;
  maxUploads: number;
  latency?: ControlDelay;
  logLevel: LogLevel;
  quiet?: boolean;
  https?: boolean;
  cert?: string;
  key?: string;
}

function integer(min: number, max: number) {
  return (raw: string): number => {
    const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
}

/** A device fact for system/information: printable ASCII, 1 to 64 characters. */
function deviceFact(raw: string): string {
  const problem = deviceFactProblem(raw);
  if (problem !== undefined)
    throw new InvalidArgumentError(`${problem}, got "${raw.slice(0, 64)}"`);
  return raw;
}

/** Parses `CODE=MESSAGE` (several separated by `;`, as PBX_MOCK_EXTRA_ERRCODES carries them). */
export function parseErrcodes(raw: string, previous: CatalogueEntry[] = []): CatalogueEntry[] {
  const entries = [...previous];
  for (const part of raw.split(';')) {
    if (part.trim() === '') continue;
    const match = /^\s*(-?\d{1,10})\s*=\s*(\S.{0,127}?)\s*$/.exec(part);
    const errcode = match?.[1] === undefined ? NaN : Number(match[1]);
    if (!match?.[2] || !Number.isSafeInteger(errcode) || Math.abs(errcode) > 2 ** 31 - 1) {
      throw new InvalidArgumentError(
        `expected CODE=MESSAGE such as 70200=SOME ERROR, got "${part.slice(0, 64)}"`,
      );
    }
    entries.push({ errcode, errmsg: match[2], meaning: 'configured with --errcode' });
  }
  return entries;
}

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** Parses a size: `512kb`, `64MB`, `1.5gb`, `1048576` (binary units: 1 MB = 1024 kB, as for body limits). */
export function parseSize(raw: string): number {
  const match = /^\s*(\d{1,12}(?:\.\d{1,6})?)\s*([a-z]*)\s*$/i.exec(raw);
  const unit = UNITS[match?.[2]?.toLowerCase() ?? 'x'];
  const bytes = match && unit !== undefined ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes > MAX_BUDGET) {
    throw new InvalidArgumentError(
      `expected a size such as 64MB, 512kb or 1048576 (at most 16GB), got "${raw.slice(0, 32)}"`,
    );
  }
  return bytes;
}

/** Parses `STORE=SIZE` (several separated by `;` or `,`, as PBX_MOCK_BUDGETS carries them). */
export function parseBudgets(
  raw: string,
  previous: Partial<Record<StoreName, number>> = {},
): Partial<Record<StoreName, number>> {
  const budgets = { ...previous };
  for (const part of raw.split(/[;,]/)) {
    if (part.trim() === '') continue;
    const [name = '', size, ...rest] = part.split('=');
    const store = name.trim().toLowerCase();
    if (
      size === undefined ||
      rest.length > 0 ||
      !(STORE_NAMES as readonly string[]).includes(store)
    ) {
      throw new InvalidArgumentError(
        `expected STORE=SIZE with STORE one of ${STORE_NAMES.join(', ')} (journal=16MB), got "${part.slice(0, 64)}"`,
      );
    }
    budgets[store as StoreName] = parseSize(size);
  }
  return budgets;
}

/** Parses `200` (fixed ms) or `100-500` (random between). */
export function parseLatency(raw: string): ControlDelay {
  const match = /^\s*(\d{1,6})(?:\s*-\s*(\d{1,6}))?\s*$/.exec(raw);
  const min = Number(match?.[1]);
  const max = match?.[2] === undefined ? undefined : Number(match[2]);
  if (!match || min > 600_000 || (max !== undefined && (max > 600_000 || max < min))) {
    throw new InvalidArgumentError(
      `expected milliseconds (200) or a range (100-500), at most 600000, got "${raw}"`,
    );
  }
  return max === undefined ? { ms: min } : { min_ms: min, max_ms: max };
}

/** Parses a duration for --login-block: seconds (`600`) or with a unit (`10m`, `90s`, `1h`). */
export function parseBlock(raw: string): number {
  const match = /^\s*(\d{1,7})\s*(s|m|h|d)?\s*$/.exec(raw);
  const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[match?.[2] ?? 's'] ?? 1;
  const seconds = match ? Number(match[1]) * unit : NaN;
  if (!Number.isSafeInteger(seconds) || seconds > MAX_BLOCK_SECONDS) {
    throw new InvalidArgumentError(
      `expected seconds (600) or a duration such as 10m, 90s or 1h, at most 30d; got "${raw}"`,
    );
  }
  return seconds;
}

/** Where the program writes: help and version to stdout, the one line of a usage error to stderr. */
export interface ProgramOutput {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** The environment pbx-mock reads its PBX_MOCK_* settings from. */
export type MockEnv = Readonly<Record<string, string | undefined>>;

/** The pbx-mock command (help and errors go to `output`, the process's streams unless given). */
export function buildProgram(
  output: ProgramOutput = { stdout: process.stdout, stderr: process.stderr },
): Command {
  const program = new Command('pbx-mock');
  program
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
    .addOption(
      new Option('--model <name>', 'model system/information answers')
        .env('PBX_MOCK_MODEL')
        .default(DEFAULT_DEVICE.model)
        .argParser(deviceFact),
    )
    .addOption(
      new Option('--serial <sn>', 'serial number system/information answers')
        .env('PBX_MOCK_SERIAL')
        .default(DEFAULT_DEVICE.serial)
        .argParser(deviceFact),
    )
    .addOption(
      new Option('--firmware <version>', 'firmware version system/information answers')
        .env('PBX_MOCK_FIRMWARE')
        .default(DEFAULT_DEVICE.firmware)
        .argParser(deviceFact),
    )
    .addOption(
      new Option('--send-answer <style>', "message/send's data.msg_id: a string or a number (OPEN)")
        .env('PBX_MOCK_SEND_ANSWER')
        .choices(['string', 'number'])
        .default('string'),
    )
    .addOption(
      new Option('--over-rate <what>', "sends beyond a channel's send_rate: queue or fail (OPEN)")
        .env('PBX_MOCK_OVER_RATE')
        .choices(['queue', 'fail'])
        .default('queue'),
    )
    .addOption(
      new Option('--delivery-delay <ms>', 'test-clock ms from a send to delivery_status 1 or 2')
        .env('PBX_MOCK_DELIVERY_DELAY')
        .default(2000)
        .argParser(integer(0, 86_400_000)),
    )
    .addOption(
      new Option('--errcode <CODE=MESSAGE>', 'an errcode beyond the documented table (repeatable)')
        .env('PBX_MOCK_EXTRA_ERRCODES')
        .default([], 'none')
        .argParser(parseErrcodes),
    )
    .addOption(
      new Option('--token-cap <n>', 'live access tokens per API client; 0 = no cap')
        .env('PBX_MOCK_TOKEN_CAP')
        .default(DEFAULT_TOKEN_RULES.maxAccessTokens)
        .argParser(integer(0, MAX_TOKEN_CAP)),
    )
    .addOption(
      new Option('--token-cap-policy <policy>', 'a login at the token cap (OPEN)')
        .env('PBX_MOCK_TOKEN_CAP_POLICY')
        .choices(['reject', 'evict-oldest'])
        .default(DEFAULT_TOKEN_RULES.capPolicy),
    )
    .addOption(
      new Option('--token-cap-errcode <n>', 'errcode of a login rejected at the cap (OPEN)')
        .env('PBX_MOCK_TOKEN_CAP_ERRCODE')
        .default(DEFAULT_TOKEN_RULES.capErrcode)
        .argParser(integer(-(2 ** 31), 2 ** 31 - 1)),
    )
    .addOption(
      new Option(
        '--login-failure-limit <n>',
        'failed logins from one address before it is blocked with 70004 (OPEN); 0 = never',
      )
        .env('PBX_MOCK_LOGIN_FAILURE_LIMIT')
        .default(DEFAULT_TOKEN_RULES.loginFailureLimit)
        .argParser(integer(0, MAX_LOGIN_FAILURE_LIMIT)),
    )
    .addOption(
      new Option(
        '--login-block <time>',
        'how long a blocked address stays blocked (OPEN): 600, 10m, 1h',
      )
        .env('PBX_MOCK_LOGIN_BLOCK')
        .default(DEFAULT_TOKEN_RULES.blockSeconds, '10m')
        .argParser(parseBlock),
    )
    .addOption(
      new Option(
        '--control-token <token>',
        'require this token (header x-pbx-mock-control-token) on /__mock/*; turns control on off loopback',
      ).env('PBX_MOCK_CONTROL_TOKEN'),
    )
    .addOption(
      new Option(
        '--no-control',
        'turn the control API (/__mock/*) off entirely (env: PBX_MOCK_NO_CONTROL=1)',
      ),
    )
    .addOption(
      new Option('--journal-size <n>', 'requests the journal keeps')
        .env('PBX_MOCK_JOURNAL_SIZE')
        .default(DEFAULT_JOURNAL_SIZE)
        .argParser(integer(0, MAX_JOURNAL_SIZE)),
    )
    .addOption(
      new Option(
        '--budget <STORE=SIZE>',
        `byte budget of a store (repeatable; defaults ${STORE_NAMES.map((n) => `${n}=${DEFAULT_BUDGETS[n] / 1024 ** 2}MB`).join(', ')})`,
      )
        .env('PBX_MOCK_BUDGETS')
        .default({}, 'the defaults')
        .argParser(parseBudgets),
    )
    .addOption(
      new Option(
        '--upload-limit <size>',
        'files one message/batchupload may carry together (DOC: 100MB)',
      )
        .env('PBX_MOCK_UPLOAD_LIMIT')
        .default(DEFAULT_UPLOAD_RULES.maxRequestBytes, '100MB')
        .argParser(parseSize),
    )
    .addOption(
      new Option('--upload-limit-errcode <n>', 'errcode of an upload over the limit (OPEN)')
        .env('PBX_MOCK_UPLOAD_LIMIT_ERRCODE')
        .default(DEFAULT_UPLOAD_RULES.tooLargeErrcode)
        .argParser(integer(-(2 ** 31), 2 ** 31 - 1)),
    )
    .addOption(
      new Option('--max-uploads <n>', 'uploaded files the mock keeps (60002 past it)')
        .env('PBX_MOCK_MAX_UPLOADS')
        .default(DEFAULT_MAX_UPLOADS)
        .argParser(integer(0, MAX_UPLOAD_COUNT)),
    )
    .addOption(
      new Option('--latency <ms|min-max>', 'delay every device answer (200, or 100-500 random)')
        .env('PBX_MOCK_LATENCY')
        .argParser(parseLatency),
    )
    .addOption(
      new Option(
        '--log-level <level>',
        "error: the mock's own failures; warn: also lock-outs and misuse of the mock; info: also every request",
      )
        .env('PBX_MOCK_LOG_LEVEL')
        .choices(LOG_LEVELS)
        .default('info'),
    )
    .addOption(new Option('--quiet', 'no request log (same as --log-level silent)'))
    .addOption(
      new Option(
        '--https',
        'serve TLS with a self-signed certificate generated at start (env: PBX_MOCK_HTTPS=1)',
      ),
    )
    .addOption(
      new Option('--cert <file>', 'PEM certificate to serve TLS with (needs --key)').env(
        'PBX_MOCK_CERT',
      ),
    )
    .addOption(new Option('--key <file>', 'PEM private key of --cert').env('PBX_MOCK_KEY'))
    .version(packageVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText(
      'after',
      helpFooter(
        [
          ['pbx-mock', 'a fake PBX on http://127.0.0.1:8088'],
          ['pbx-mock --port 9000 --https', 'on port 9000, over TLS with a generated certificate'],
          [
            'PBX_MOCK_TOKEN_CAP=0 pbx-mock --login-failure-limit 0',
            'no token cap and no login block (for test suites that log in a lot)',
          ],
        ],
        [
          'Like the device, the mock refuses a 9th live token per API client (60002, until tokens are revoked',
          'or expire after 30 minutes) and blocks an address for 10 minutes after 5 failed logins (70004);',
          'POST /__mock/reset lifts both, and --token-cap, --login-failure-limit and --login-block change them.',
          "Force an errcode: 'Prefer: errcode=60001' or ?__errcode=60001 (HTTP 200, as the device answers);",
          "'Prefer: code=503' answers that HTTP status instead, as a proxy in front of a device would.",
          'Control API (rules, faults, clock, journal, reset): /__mock/ on loopback.',
          'Docs: README.md and docs/troubleshooting.md of pbx-mock-kit. Exit codes: 0 stopped by a signal,',
          '1 cannot listen, 2 bad flags or environment.',
        ],
      ),
    )
    .showHelpAfterError(false)
    .exitOverride();
  return program.configureOutput({
    writeOut: (text) => output.stdout.write(text),
    // one clear line for a usage error, instead of commander's multi-line output
    writeErr: (text) => {
      const line = usageLine(text, knownFlags(program));
      if (line) output.stderr.write(`pbx-mock: ${line}\n`);
    },
  });
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off', ''];

/**
 * A boolean environment variable read the way people write them. commander's own .env() sets a flag
 * whenever its variable exists, so PBX_MOCK_HTTPS=false would turn TLS on; anything but these words is
 * refused.
 */
export function envFlag(name: string, raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  throw new InvalidArgumentError(
    `${name} must be 1, true, yes or on (or 0, false, no, off); got "${raw.slice(0, 32)}"`,
  );
}

/** The boolean flags the environment may set, applied after parsing when the command line did not. */
export function applyEnvFlags(program: Command, options: CliOptions, env: MockEnv): CliOptions {
  const fromCli = (key: string) => program.getOptionValueSource(key) === 'cli';
  if (!fromCli('https') && envFlag('PBX_MOCK_HTTPS', env.PBX_MOCK_HTTPS)) options.https = true;
  if (!fromCli('control') && envFlag('PBX_MOCK_NO_CONTROL', env.PBX_MOCK_NO_CONTROL)) {
    options.control = false;
  }
  return options;
}

/**
 * Parses `argv` (the arguments after the command name) with `env`, as commander's .env() would read the
 * process's environment: a flag wins over its variable, the variable over the default.
 */
function parseWithEnv(program: Command, argv: readonly string[], env: MockEnv): CliOptions {
  const fromEnv = program.options.flatMap((option) =>
    option.envVar === undefined ? [] : [{ option, name: option.envVar }],
  );
  // commander reads process.env itself during parse; the variables are applied below instead
  for (const { option } of fromEnv) delete option.envVar;
  try {
    program.parse([...argv], { from: 'user' });
  } finally {
    for (const { option, name } of fromEnv) option.envVar = name;
  }
  // Command is an EventEmitter; its typings leave that out
  const events = program as unknown as EventEmitter;
  for (const { option, name } of fromEnv) {
    const value = env[name];
    const source = program.getOptionValueSource(option.attributeName());
    if (value === undefined || (source !== undefined && source !== 'default')) continue;
    // the event commander's own .env() handling emits: same parser, same "from env" error line
    if (option.required || option.optional) events.emit(`optionEnv:${option.name()}`, value);
    else events.emit(`optionEnv:${option.name()}`);
  }
  return applyEnvFlags(program, program.opts<CliOptions>(), env);
}

/**
 * Parses `argv` (after the command name) with `env`: the options, or the exit code when there is nothing to
 * run (0 after --help or --version, 2 after the one line of a usage error, written to `output`).
 */
export function parseMockArgs(
  argv: readonly string[],
  env: MockEnv,
  output: ProgramOutput,
): CliOptions | number {
  const program = buildProgram(output);
  try {
    return parseWithEnv(program, argv, env);
  } catch (error) {
    // envFlag's refusal of a boolean variable (commander turns its parsers' own into a printed CommanderError)
    if (error instanceof InvalidArgumentError) {
      output.stderr.write(`pbx-mock: ${error.message}\n`);
      return 2;
    }
    if (error instanceof CommanderError) {
      // commander has printed its one line already
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)
        ? 0
        : 2;
    }
    throw error;
  }
}
