/**
 * Query strings parsed the safe way: a null-prototype record (so `__proto__` or `constructor` are plain keys),
 * a repeated key becomes an array (and is then rejected by the schemas like the device rejects it).
 */

/** A parsed query string. */
export type Query = Record<string, string | string[]>;

/** Parses `search` (with or without the leading `?`). Never throws. */
export function parseQuery(search: string): Query {
  const query: Query = Object.create(null) as Query;
  for (const [key, value] of new URLSearchParams(search)) {
    const previous = query[key];
    if (previous === undefined) query[key] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else query[key] = [previous, value];
  }
  return query;
}

/** The single string value of `key`, or undefined when absent or repeated. */
export function single(query: Query, key: string): string | undefined {
  const value = query[key];
  return typeof value === 'string' ? value : undefined;
}
