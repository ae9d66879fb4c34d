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

/**
 * JSON.stringify(answer), byte for byte, for an answer whose one payload key holds a value with a
 * remembered text; undefined otherwise.
 */
export function answerText(
  errcode: number,
  errmsg: string,
  extra: Record<string, unknown>,
): string | undefined {
  let key: string | undefined;
  for (const name in extra) {
    if (key !== undefined) return undefined;
    key = name;
  }
  if (key === undefined) return undefined;
  const text = jsonTextOf(extra[key]);
  if (text === undefined) return undefined;
  return `{"errcode":${JSON.stringify(errcode)},"errmsg":${JSON.stringify(errmsg)},${JSON.stringify(key)}:${text}}`;
}
