/**
 * Secrets never leave the process: the client secret and every token the run obtained or saw are replaced by
 * `***` in everything written (stdout, stderr, JUnit, JSON). Checks already avoid printing them; this is the
 * last line of defence, applied by each writer.
 *
 * A target may echo a secret in any encoding it likes, so text is also searched in a decoded view where
 * every character may have come in any of its forms: as is, percent-encoded (either hex case; a space also as
 * `+`), HTML-escaped (named, decimal or hex), or JSON-escaped (`\"`, `\/`, `\u00e9`). Forms may mix within
 * one echo. Base64 of the secret, and of `id:secret` (an HTTP Basic header), are secrets of their own.
 */

/** The mask that replaces a secret. */
export const MASK = '***';

/** How a value cut short for display ends (see `shown` in finding.ts). */
export const CUT = '...';

/** Shortest secret masked; shorter strings would mask ordinary words. */
const MIN_SECRET = 4;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);/y;
const PERCENT = /(?:%[0-9a-fA-F]{2})+/y;
const BACKSLASHES = /\\+(u[0-9a-fA-F]{4}|["/])?/y;
/** An escape cut short by a display cut: `%2`, `&#x2`, `\u00`, a lone `\`. */
const PARTIAL_ESCAPE = /(?:%[0-9a-fA-F]?|&#?[xX]?[0-9a-zA-Z]*|\\+u?[0-9a-fA-F]{0,3})$/;

/**
 * `text` with every escape decoded (percent-encoding, HTML entities, JSON escapes; `+` read as a space; a
 * run of backslashes read as one), and for each decoded code unit where it starts in `text` (`starts`, one
 * more entry than units, the last being text.length). Secrets are then found in it with indexOf, whatever
 * mix of forms the target chose: one pass, instead of a pattern tried at every position.
 */
export function decodedView(text: string): { view: string; starts: Int32Array } {
  const starts = new Int32Array(text.length + 1);
  let view = '';
  let units = 0;
  const emit = (decoded: string, from: number) => {
    for (let k = 0; k < decoded.length; k++) starts[units++] = from;
    // `+` may be an encoded space: both read as a space, in text and in secrets alike
    view += decoded === '+' ? ' ' : decoded;
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    let decoded: string | undefined;
    let next = i + 1;
    if (char === '%') {
      PERCENT.lastIndex = i;
      const run = PERCENT.exec(text);
      if (run) {
        // one %XX at a time, or a whole UTF-8 sequence when the bytes form one
        const bytes = Buffer.from(run[0].replaceAll('%', ''), 'hex');
        const lead = bytes[0] ?? 0;
        const size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        const piece = bytes.subarray(0, size).toString('utf8');
        if (bytes.length >= size && !piece.includes('\ufffd')) {
          decoded = piece;
          next = i + size * 3;
        }
      }
    } else if (char === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(text);
      const name = entity?.[1];
      if (entity && name !== undefined) {
        const code =
          name.startsWith('#x') || name.startsWith('#X')
            ? parseInt(name.slice(2), 16)
            : name.startsWith('#')
              ? parseInt(name.slice(1), 10)
              : undefined;
        decoded =
          code === undefined
            ? NAMED_ENTITIES[name]
            : code <= 0x10ffff
              ? String.fromCodePoint(code)
              : undefined;
        next = i + entity[0].length;
      }
    } else if (char === '\\') {
      BACKSLASHES.lastIndex = i;
      const run = BACKSLASHES.exec(text);
      if (run) {
        const escaped = run[1];
        decoded =
          escaped === undefined
            ? '\\'
            : escaped.length === 5
              ? String.fromCharCode(parseInt(escaped.slice(1), 16))
              : escaped;
        next = i + run[0].length;
      }
    }
    emit(decoded ?? char, i);
    i = decoded === undefined ? i + 1 : next;
  }
  starts[units] = text.length;
  return { view, starts: starts.subarray(0, units + 1) };
}

/** The forms of `secret` to look for in a decoded view: as decoded, and as written (for an encoded echo). */
function viewForms(secret: string): string[] {
  const asWritten = secret.replace(/\+/g, ' ').replace(/\\+/g, '\\');
  return [...new Set([decodedView(secret).view, asWritten])].filter(
    (form) => form.length >= MIN_SECRET,
  );
}

/** Masks the secrets in any encoding, and a secret's start where a display cut (CUT) ends inside it. */
function maskEncoded(text: string, forms: readonly string[]): string {
  const { view, starts } = decodedView(text);
  const spans: [number, number][] = [];
  for (const form of forms) {
    for (let at = view.indexOf(form); at >= 0; at = view.indexOf(form, at + form.length)) {
      spans.push([starts[at] ?? 0, starts[at + form.length] ?? text.length]);
    }
  }
  for (let cut = text.indexOf(CUT); cut >= 0; cut = text.indexOf(CUT, cut + 1)) {
    const partial = PARTIAL_ESCAPE.exec(text.slice(Math.max(0, cut - 8), cut))?.[0] ?? '';
    const end = cut - partial.length;
    // the view's units that end at `end`
    let unitEnd = 0;
    let high = view.length;
    while (unitEnd < high) {
      const mid = (unitEnd + high) >>> 1;
      if ((starts[mid] ?? 0) < end) unitEnd = mid + 1;
      else high = mid;
    }
    for (const form of forms) {
      let k = Math.min(form.length - 1, unitEnd);
      while (k >= MIN_SECRET && !view.startsWith(form.slice(0, k), unitEnd - k)) k--;
      if (k >= MIN_SECRET) {
        spans.push([starts[unitEnd - k] ?? 0, cut]);
        break;
      }
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let done = 0;
  for (const [from, to] of spans) {
    if (to <= done) continue;
    out += text.slice(done, Math.max(from, done)) + (from >= done ? MASK : '');
    done = to;
  }
  return out + text.slice(done);
}

/** Knows the run's secrets and removes them from text. */
export class Redactor {
  private readonly secrets = new Set<string>();
  /** The secrets longest first and their decoded-view forms, built again after an add. */
  private sorted: { secrets: string[]; forms: string[] } | undefined;

  /** Adds a secret (ignores short strings, which would mask ordinary words). */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_SECRET || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.sorted = undefined;
  }

  /** Adds the client secret with its base64 forms, alone and as `id:secret` (an HTTP Basic header). */
  addCredentials(clientId: string, secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_SECRET) return;
    this.add(secret);
    this.addBase64(secret);
    this.addBase64(`${clientId}:${secret}`);
  }

  /** `text` with every known secret masked, and any access_token query value masked too. */
  redact(text: string): string {
    if (this.secrets.size === 0) return maskTokenParams(text);
    // longest first, so a secret containing another is masked whole
    if (!this.sorted) {
      const secrets = [...this.secrets].sort((a, b) => b.length - a.length);
      this.sorted = { secrets, forms: secrets.flatMap(viewForms) };
    }
    // encoded forms first: a literal pass would leave an encoded tail behind (an unpadded base64 inside
    // a padded one whose `==` came as %3D%3D)
    let out = maskEncoded(text, this.sorted.forms);
    for (const secret of this.sorted.secrets) out = out.split(secret).join(MASK);
    return maskTokenParams(out);
  }

  /** A deep copy of `value` with every string redacted. */
  redactDeep<T>(value: T): T {
    return JSON.parse(
      JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? this.redact(v) : v)),
    ) as T;
  }

  private addBase64(text: string): void {
    const base64 = Buffer.from(text, 'utf8').toString('base64');
    for (const form of [
      base64,
      base64.replace(/=+$/, ''),
      Buffer.from(text).toString('base64url'),
    ]) {
      if (form.length >= MIN_SECRET) this.secrets.add(form);
    }
    this.sorted = undefined;
  }
}

/** Masks the value of every access_token / refresh_token query parameter in `text`. */
export function maskTokenParams(text: string): string {
  return text.replace(/((?:access|refresh)_token=)[^&\s"'#:;,<>()]+/g, `$1${MASK}`);
}
