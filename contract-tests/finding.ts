/**
 * What a check finds: a violation of the contract, drift (a field no schema knows) or a note (what the
 * target did where the behaviour is OPEN). Each finding carries the request, the HTTP status, the errcode,
 * the JSON path, the schema location and expected versus found, so a reader never has to re-run anything.
 */

/** Evidence level of a behaviour, as docs/device-api.md grades it. */
export type Level = 'DOC' | 'SEEN' | 'OPEN';

const STRENGTH: Record<Level, number> = { DOC: 2, SEEN: 1, OPEN: 0 };

/** The weaker of two levels: an OPEN check cannot make any of its findings DOC. */
export function weakest(a: Level, b: Level): Level {
  return STRENGTH[a] <= STRENGTH[b] ? a : b;
}

/** One finding of a check. */
export interface Finding {
  readonly kind: 'violation' | 'drift' | 'note';
  readonly level: Level;
  /** `GET /openapi/v1.0/message_session/get?id=3&access_token=***` */
  readonly request?: string | undefined;
  readonly status?: number | undefined;
  /** The errcode as the target sent it, JSON-encoded (so 0 and "0" differ). */
  readonly errcode?: string | undefined;
  /** JSON path in the answer (`$.list.user_info.user_type`), or what else was looked at. */
  readonly path?: string | undefined;
  /** The rule broken, in words. */
  readonly rule?: string | undefined;
  readonly expected?: string | undefined;
  readonly found?: string | undefined;
  /** `$id#pointer` of the schema keyword that failed. */
  readonly schema?: string | undefined;
}

/** A JSON pointer's segments as a JSON path: ['list', 'participants', '0'] -> $.list.participants[0]. */
export function jsonPath(segments: readonly string[], wildcardIndexes = false): string {
  let path = '$';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += wildcardIndexes ? '[*]' : `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** Segments of an ajv instancePath (`/list/user_info` -> ['list', 'user_info']). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A field whose string value is a secret: a token, a channel's verify_token. */
const SECRET_FIELD = /(^|_)token$/i;

/** What a masked secret reads as in a finding. */
const MASKED = '***';

/**
 * `value` with every secret replaced: the values of a channel's account_data (provider credentials, whatever
 * their type) and token-like string fields, at any depth. `inAccountData`: `value` sits inside account_data.
 */
export function maskSecrets(value: unknown, inAccountData = false): unknown {
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, inAccountData));
  if (typeof value !== 'object' || value === null) {
    return inAccountData && value !== undefined ? MASKED : value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (inAccountData && key !== 'k') out[key] = maskSecrets(field, true);
    else if (key === 'account_data') out[key] = maskSecrets(field, true);
    else if (SECRET_FIELD.test(key) && typeof field === 'string') out[key] = MASKED;
    else out[key] = maskSecrets(field, false);
  }
  return out;
}

/**
 * A short, printable rendering of a found value (long values are cut; token-like fields and a channel's
 * account_data values are masked, at `segments` and inside the value).
 */
export function shown(value: unknown, segments: readonly string[] = []): string {
  if (value === undefined) return 'absent';
  const last = segments[segments.length - 1] ?? '';
  const underAccountData = segments.includes('account_data');
  if (
    typeof value === 'string' &&
    (SECRET_FIELD.test(last) || (underAccountData && last !== 'k'))
  ) {
    return `a ${value.length}-character string (masked)`;
  }
  let text: string;
  try {
    // JSON.stringify gives undefined only for functions and symbols, which JSON answers never hold
    const masked = maskSecrets(value, underAccountData && last !== 'k');
    text = JSON.stringify(masked) ?? typeof value;
  } catch {
    text = typeof value;
  }
  if (Array.isArray(value)) text = `an array ${text}`;
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** The one-line description of a finding used by every report. */
export function describeFinding(finding: Finding): string {
  const where: string[] = [];
  if (finding.request !== undefined) where.push(finding.request);
  const answer: string[] = [];
  if (finding.status !== undefined) answer.push(`HTTP ${finding.status}`);
  if (finding.errcode !== undefined) answer.push(`errcode ${finding.errcode}`);
  const head = where.join(' ') + (answer.length > 0 ? ` -> ${answer.join(', ')}` : '');
  const body: string[] = [];
  if (finding.path !== undefined) body.push(`${finding.path}:`);
  if (finding.rule !== undefined)
    body.push(finding.rule + (finding.expected !== undefined ? ';' : ''));
  if (finding.expected !== undefined) {
    body.push(`expected ${finding.expected}, found ${finding.found ?? 'absent'}`);
  }
  if (finding.schema !== undefined) body.push(`[schema ${shortSchema(finding.schema)}]`);
  return [head, body.join(' ')].filter((part) => part !== '').join(': ');
}

/** A schema location without the common base URI, for people. */
export function shortSchema(location: string): string {
  return location.replace(/^https:\/\/pbx-mock-kit\.local\/schemas\//, '');
}
