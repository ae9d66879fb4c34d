import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, Errcode, errmsgOf } from './error-catalogue.js';

// The project's own record of device facts.
const apiDoc = readFileSync(new URL('../docs/device-api.md', import.meta.url), 'utf8');

/** The rows of docs/device-api.md's "Error codes" table: `| errcode | errmsg | meaning |`. */
function documentedErrors(): { errcode: number; errmsg: string }[] {
  const section = apiDoc.slice(apiDoc.indexOf('## Error codes'));
  const rows: { errcode: number; errmsg: string }[] = [];
  for (const line of section.split('\n')) {
    const match = /^\|\s*(-?\d+)\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (match?.[1] && match[2]) rows.push({ errcode: Number(match[1]), errmsg: match[2] });
  }
  return rows;
}

describe('the error catalogue', () => {
  it('holds exactly the errcodes and errmsgs of the table in docs/device-api.md, in its order', () => {
    const documented = documentedErrors();
    expect(documented.length).toBeGreaterThan(20);
    expect(ERROR_CATALOGUE.map(({ errcode, errmsg }) => ({ errcode, errmsg }))).toEqual(documented);
  });

  it('has no errcode twice', () => {
    const codes = ERROR_CATALOGUE.map((entry) => entry.errcode);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names only errcodes it holds', () => {
    for (const code of Object.values(Errcode)) expect(errmsgOf(code), String(code)).toBeDefined();
  });

  it('answers undefined for an errcode it does not know', () => {
    expect(errmsgOf(12345)).toBeUndefined();
  });
});
