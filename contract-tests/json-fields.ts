/**
 * Reading fields of the JSON a target answered. An answer is `unknown` until checked: a device may send an
 * array, a string or nothing where an object belongs, and the checks must report that rather than throw, so
 * every read here gives `undefined` (or an empty list) for a shape it does not find. The module imports
 * nothing, so the checks, the client and the run context can all use it without importing one another.
 */

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** Anything that carries a parsed JSON answer, as an Exchange does. */
export interface JsonAnswer {
  readonly json: unknown;
}

/** Whether `value` is a JSON object: arrays and null, which `typeof` calls objects too, are not. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field `key` of `value` when it is a JSON object, else undefined. */
export function fieldOf(value: unknown, key: string): unknown {
  return isJsonObject(value) ? value[key] : undefined;
}

/**
 * The value at JSON pointer `segments` of `data` (array items by index), or undefined where the path leaves
 * the data: how a finding shows what was found at the path ajv named.
 */
export function valueAt(data: unknown, segments: readonly string[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[Number(segment)] as unknown;
    else if (isJsonObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** A top-level field of an answer, or undefined. */
export function answerField(answer: JsonAnswer, key: string): unknown {
  return fieldOf(answer.json, key);
}

/** A top-level string field of an answer, when there is one and it is not empty (a token, say). */
export function answerString(answer: JsonAnswer | undefined, key: string): string | undefined {
  const value = answer === undefined ? undefined : answerField(answer, key);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The objects of a list/search/query answer's `list` (empty when it has none; other items left out). */
export function listItems(answer: JsonAnswer): JsonObject[] {
  const list = answerField(answer, 'list');
  return Array.isArray(list) ? list.filter(isJsonObject) : [];
}

/**
 * The secrets a channel answer carries, at any depth: every string value inside an `account_data` (provider
 * credentials) except the names (`k`), and every `verify_token`. The client hands them to the redactor, so no report shows them.
 */
export function channelSecrets(
  value: unknown,
  inAccountData = false,
  out: string[] = [],
): string[] {
  if (Array.isArray(value)) {
    for (const item of value) channelSecrets(item, inAccountData, out);
  } else if (isJsonObject(value)) {
    for (const [key, field] of Object.entries(value)) {
      if (key === 'verify_token' && typeof field === 'string') out.push(field);
      // inside account_data the names (k) are not secret, the values are
      else if (!(inAccountData && key === 'k')) {
        channelSecrets(field, inAccountData || key === 'account_data', out);
      }
    }
  } else if (inAccountData && typeof value === 'string') out.push(value);
  return out;
}
