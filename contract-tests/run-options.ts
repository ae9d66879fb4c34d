/**
 * The options of one contract run, resolved and checked once, whether they come from CLI flags, the
 * environment (PBX_BASE_URL, PBX_CLIENT_ID, PBX_CLIENT_SECRET, PBX_SESSION_IDS, ...) or the vitest global setup.
 */
import { UsageError } from './errors.js';

/** Default deadline of one request. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Most session ids PBX_SESSION_IDS / --session-ids may name. */
export const MAX_SESSION_IDS = 50;

/** A run's resolved options. */
export interface RunOptions {
  readonly baseUrl: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Sessions to check instead of discovering them. */
  readonly sessionIds: readonly number[] | undefined;
  readonly insecure: boolean;
  /** PEM text of --ca. */
  readonly ca: string | undefined;
  readonly timeoutMs: number;
  /** undefined = the polite default, lifted when the target announces it is the mock. */
  readonly rate: number | undefined;
  /** Differences (SEEN/OPEN) and drift fail the run. */
  readonly strict: boolean;
  readonly allowMutating: boolean;
  /** Where the mutating checks write on a device (--test-session, or --test-to/--test-channel/--test-did). */
  readonly testTarget?: TestTarget | undefined;
}

/** The conversation a run with --allow-mutating writes its one message to on a device. */
export type TestTarget =
  | { readonly kind: 'session'; readonly sessionId: number }
  | {
      readonly kind: 'new';
      readonly to: string;
      readonly channel: string;
      readonly did: string;
      /** --test-transfer: where the run transfers the session its send started, once. */
      readonly transfer?: TransferDestination | undefined;
    };

/** A message_session/transfer destination (--test-transfer queue:ID, extension:NUMBER or api). */
export interface TransferDestination {
  readonly type: 'queue' | 'extension' | 'api';
  /** The queue or extension number; '' for api. */
  readonly id: string;
}

/** Parses --test-transfer's DEST; throws UsageError with one line. */
export function parseTransfer(raw: string): TransferDestination {
  const value = raw.trim();
  if (value === 'api') return { type: 'api', id: '' };
  const match = /^(queue|extension):([0-9]{1,32})$/.exec(value);
  if (!match?.[1] || !match[2]) {
    throw new UsageError(
      `--test-transfer must be queue:ID, extension:NUMBER or api (for example queue:6401); got "${raw}"`,
    );
  }
  return { type: match[1] as 'queue' | 'extension', id: match[2] };
}

/** The `channel` values message/send accepts (the guide's list). */
export const SEND_CHANNELS = [
  'general',
  'apidaze',
  'athena',
  'bandwidth',
  'flowroute',
  'ixica',
  'siptrunk',
  'skyetel',
  'telnyx',
  'twilio',
  'vetta',
  'voicemeup',
  'whatsapp',
  'facebook',
  'livechat',
] as const;

/** The raw values of the test-target flags (or their environment variables). */
export interface TestTargetInput {
  readonly allowMutating: boolean;
  readonly session: string | undefined;
  readonly to: string | undefined;
  readonly channel: string | undefined;
  readonly did: string | undefined;
  /** --test-transfer DEST (only with a new test session). */
  readonly transfer?: string | undefined;
}

const PHONE = /^\+?[0-9().\-*# ]{1,64}$/;

const NEEDS_TARGET =
  '--allow-mutating needs the conversation to write to: --test-session ID (an existing session to reply into), or --test-to NUMBER --test-channel CHANNEL --test-did DID (a new one)';

function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Resolves and checks the test-target flags; throws UsageError with one line. */
export function parseTestTarget(input: TestTargetInput): TestTarget | undefined {
  const session = given(input.session);
  const to = given(input.to);
  const channel = given(input.channel);
  const did = given(input.did);
  const transferRaw = given(input.transfer);
  const named = [
    session === undefined ? undefined : '--test-session',
    to === undefined ? undefined : '--test-to',
    channel === undefined ? undefined : '--test-channel',
    did === undefined ? undefined : '--test-did',
    transferRaw === undefined ? undefined : '--test-transfer',
  ].filter((flag): flag is string => flag !== undefined);
  if (!input.allowMutating) {
    if (named.length === 0) return undefined;
    throw new UsageError(
      `${named.join(', ')} ${named.length === 1 ? 'names' : 'name'} where mutating checks write, but they are off: add --allow-mutating (or drop ${named.length === 1 ? 'it' : 'them'})`,
    );
  }
  const transfer = transferRaw === undefined ? undefined : parseTransfer(transferRaw);
  if (transfer !== undefined && session !== undefined) {
    throw new UsageError(
      '--test-transfer cannot go with --test-session: transfer runs only on a session the run starts (give --test-to, --test-channel and --test-did instead)',
    );
  }
  if (transfer !== undefined && to === undefined && channel === undefined && did === undefined) {
    throw new UsageError(
      '--test-transfer needs a new test session, --test-to, --test-channel and --test-did: transfer runs only on a session the run starts',
    );
  }
  if (named.length === 0) throw new UsageError(NEEDS_TARGET);
  if (session !== undefined) {
    if (named.length > 1) {
      throw new UsageError(
        `give --test-session alone (a reply into that session) or --test-to, --test-channel and --test-did (a new session), not both`,
      );
    }
    if (!/^[1-9]\d{0,14}$/.test(session)) {
      throw new UsageError(
        `--test-session must be a session id (a positive integer); got "${session}"`,
      );
    }
    return { kind: 'session', sessionId: Number(session) };
  }
  const missing = [
    to === undefined ? '--test-to' : undefined,
    channel === undefined ? '--test-channel' : undefined,
    did === undefined ? '--test-did' : undefined,
  ].filter((flag): flag is string => flag !== undefined);
  if (missing.length > 0 || to === undefined || channel === undefined || did === undefined) {
    throw new UsageError(
      `a new test session needs --test-to, --test-channel and --test-did together; missing ${missing.join(', ')}`,
    );
  }
  if (!PHONE.test(to) || !/\d/.test(to)) {
    throw new UsageError(
      `--test-to must be a phone number (digits, an optional leading +, and ().-*# or spaces); got "${to}"`,
    );
  }
  if (!PHONE.test(did) || !/\d/.test(did)) {
    throw new UsageError(`--test-did must be the channel's DID number; got "${did}"`);
  }
  if (!(SEND_CHANNELS as readonly string[]).includes(channel)) {
    throw new UsageError(
      `--test-channel must be one of ${SEND_CHANNELS.join(', ')} (the provider, as message/send takes it); got "${channel}"`,
    );
  }
  return { kind: 'new', to, channel, did, ...(transfer === undefined ? {} : { transfer }) };
}

/** Parses a base URL: http or https, no query; a trailing /openapi/v1.0 is dropped. */
export function parseBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UsageError(
      `--base-url must be a URL such as https://192.168.5.150:8088; got "${raw}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--base-url must start with http:// or https://; got "${raw}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new UsageError('--base-url must not carry a query, fragment or credentials');
  }
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/openapi\/v1\.0$/, '') || '/';
  if (/^\/api\/v2(\.\d+)*(\/|$)/.test(url.pathname)) {
    throw new UsageError(
      `--base-url ${url.origin}${url.pathname}: ${url.pathname} is the legacy S-Series API, which this kit does not speak (P-Series devices answer under /openapi/v1.0/); the base URL ends at the port: --base-url ${url.origin}`,
    );
  }
  if (/\/openapi(\/|$)/.test(url.pathname)) {
    const prefix = url.pathname.slice(0, url.pathname.search(/\/openapi(\/|$)/));
    throw new UsageError(
      `--base-url ${url.origin}${url.pathname} goes past the API's root; the base URL ends at the port (or at a proxy's path prefix): --base-url ${url.origin}${prefix}`,
    );
  }
  return url;
}

/** Parses `1,2,3` into session ids. */
export function parseSessionIds(raw: string): number[] {
  const parts = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0 || parts.some((part) => !/^[1-9]\d{0,14}$/.test(part))) {
    throw new UsageError(
      `--session-ids must be positive integers separated by commas; got "${raw}"`,
    );
  }
  if (parts.length > MAX_SESSION_IDS) {
    throw new UsageError(
      `--session-ids names ${parts.length} sessions; at most ${MAX_SESSION_IDS}`,
    );
  }
  return [...new Set(parts.map(Number))];
}

/** Parses a positive integer number of milliseconds. */
export function parseTimeout(raw: string): number {
  const value = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > 600_000) {
    throw new UsageError(`--timeout must be milliseconds from 1 to 600000; got "${raw}"`);
  }
  return value;
}

/** Parses requests per second (0 = unlimited). */
export function parseRate(raw: string): number {
  const value = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isFinite(value) || value < 0 || value > 10_000) {
    throw new UsageError(
      `--rate must be requests per second from 0 (unlimited) to 10000; got "${raw}"`,
    );
  }
  return value;
}

/** Parses a boolean environment variable (1/true/yes, 0/false/no/empty). */
export function parseFlagEnv(name: string, raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no', ''].includes(value)) return false;
  throw new UsageError(`${name} must be 1/true/yes or 0/false/no; got "${raw}"`);
}
