/**
 * Secrets never leave the process: the client secret and every token the run obtained or saw are replaced by
 * `***` in everything written (stdout, stderr, JUnit, JSON). Checks already avoid printing them; this is the
 * last line of defence, applied by each writer.
 */

/** The mask that replaces a secret. */
export const MASK = '***';

/** How a value cut short for display ends (see `shown` in finding.ts). */
export const CUT = '...';

/** Knows the run's secrets and removes them from text. */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Adds a secret (ignores short strings, which would mask ordinary words). */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < 4) return;
    this.secrets.add(secret);
    // findings quote what the target sent as JSON, where a secret's " and \ arrive escaped
    this.secrets.add(JSON.stringify(secret).slice(1, -1));
  }

  /** `text` with every known secret masked, and any access_token query value masked too. */
  redact(text: string): string {
    let out = text;
    // longest first, so a secret containing another is masked whole
    const secrets = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of secrets) out = out.split(secret).join(MASK);
    // a quoted value cut short for display (`shown` ends it with "...") may end inside a secret
    for (const secret of secrets) {
      for (let k = secret.length - 1; k >= 4; k--) {
        out = out.split(`${secret.slice(0, k)}${CUT}`).join(`${MASK}${CUT}`);
      }
    }
    return maskTokenParams(out);
  }

  /** A deep copy of `value` with every string redacted. */
  redactDeep<T>(value: T): T {
    return JSON.parse(
      JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? this.redact(v) : v)),
    ) as T;
  }
}

/** Masks the value of every access_token / refresh_token query parameter in `text`. */
export function maskTokenParams(text: string): string {
  return text.replace(/((?:access|refresh)_token=)[^&\s"'#:;,<>()]+/g, `$1${MASK}`);
}
