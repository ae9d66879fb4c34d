/**
 * JSON texts remembered for values a handler answers often: a page of messages costs several times its
 * generation to serialise, so the page cache keeps its text and the answer writer uses it instead of walking
 * the value again. A remembered value must never change (the page cache freezes what it keeps).
 */

const texts = new WeakMap<object, string>();

/** Remembers `text` as the JSON of `value`; the caller never changes `value` afterwards. */
export function withJsonText<T extends object>(value: T, text: string): T {
  texts.set(value, text);
  return value;
}

/** The remembered JSON text of `value`, or undefined. */
export function jsonTextOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? texts.get(value) : undefined;
}

/** The payload's one key, or undefined when it has none or several. */
function onlyKey(extra: Record<string, unknown>): string | undefined {
  let key: string | undefined;
  for (const name in extra) {
    if (key !== undefined) return undefined;
    key = name;
  }
  return key;
}

/**
 * JSON.stringify(answer), byte for byte, for an answer whose one payload key holds a value with a
 * remembered text; undefined otherwise.
 */
export function answerText(
  errcode: number,
  errmsg: string,
  extra: Record<string, unknown>,
): string | undefined {
  const key = onlyKey(extra);
  if (key === undefined) return undefined;
  const text = jsonTextOf(extra[key]);
  if (text === undefined) return undefined;
  return `{"errcode":${JSON.stringify(errcode)},"errmsg":${JSON.stringify(errmsg)},${JSON.stringify(key)}:${text}}`;
}

/** Whole success answers already encoded, by the value they carry and its key (see successBytes). */
const successes = new WeakMap<object, { readonly key: string; readonly bytes: Buffer }>();

/**
 * The UTF-8 bytes of a success answer (errcode 0) whose one payload key holds a value with a remembered
 * text, kept with the value: a page polled again is written as it is, without building, measuring and
 * encoding its text again. undefined for any other answer.
 */
export function successBytes(
  errcode: number,
  errmsg: string,
  extra: Record<string, unknown>,
): Buffer | undefined {
  if (errcode !== 0 || errmsg !== 'SUCCESS') return undefined;
  const key = onlyKey(extra);
  if (key === undefined) return undefined;
  const value = extra[key];
  if (typeof value !== 'object' || value === null) return undefined;
  const known = successes.get(value);
  if (known !== undefined && known.key === key) return known.bytes;
  const text = answerText(errcode, errmsg, extra);
  if (text === undefined) return undefined;
  const bytes = Buffer.from(text, 'utf8');
  successes.set(value, { key, bytes });
  return bytes;
}
