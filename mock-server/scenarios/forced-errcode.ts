/**
 * Forcing an answer on purpose, so every code of the catalogue is reachable, even those no natural request
 * triggers: `Prefer: errcode=60002` or `?__errcode=60002` (HTTP 200 with that errcode, as the device answers),
 * and `Prefer: code=503` (that HTTP status with an HTML page, as a reverse proxy in front of a device answers:
 * the reading Prism's users bring). A malformed value, or a preference the mock does not understand, is the
 * caller's mistake and gets a problem+json answer naming what it understands, never a silent fallback to the
 * normal reply. The preferences of RFC 7240 any HTTP client may send (return, respond-async, wait, handling)
 * are ignored, as the device ignores them.
 */
import type { CatalogueEntry } from '../../schemas/error-catalogue.js';
import { MockProblem } from '../core/mock-problem.js';
import { single } from '../core/query.js';
import type { Query } from '../core/query.js';

/** The query parameter that forces an errcode. */
export const FORCE_QUERY_PARAM = '__errcode';

const ERRCODE_VALUE = /^-?\d{1,9}$/;

/** What Prefer may ask of the mock, as problem answers list it. */
export const UNDERSTOOD_PREFERENCES = [
  'errcode=N: answer HTTP 200 with catalogue errcode N, as the device does',
  'code=NNN: answer HTTP status NNN (400 to 599) with an HTML error page, as a proxy in front of the device does; code=200 answers normally',
] as const;

/** RFC 7240's registered preferences: generic HTTP clients send them, the device ignores them. */
const IGNORED_PREFERENCES = new Set(['return', 'respond-async', 'wait', 'handling']);

/** What a request forces, and what asked for it (for the request log). */
export interface Forced {
  readonly errcode?: number;
  /** An HTTP status fault (Prefer: code=NNN). */
  readonly status?: number;
  readonly why: string;
}

function parseStatus(raw: string): number {
  const text = raw.trim().replace(/^"(.*)"$/, '$1');
  const status = /^\d{3}$/.test(text) ? Number(text) : NaN;
  if (status !== 200 && !(status >= 400 && status <= 599)) {
    throw new MockProblem(
      'PBX_MOCK_BAD_CODE_PREFERENCE',
      `Prefer: code must be an HTTP status from 400 to 599 (or 200, the normal answer) such as code=503; got ${JSON.stringify(raw.slice(0, 64))}. For a device error (HTTP 200 with an errcode) use errcode=N.`,
      { understood: UNDERSTOOD_PREFERENCES },
    );
  }
  return status;
}

function parseValue(
  raw: string,
  where: string,
  known: ReadonlyMap<number, CatalogueEntry>,
): number {
  const text = raw.trim().replace(/^"(.*)"$/, '$1');
  if (!ERRCODE_VALUE.test(text)) {
    throw new MockProblem(
      'PBX_MOCK_BAD_ERRCODE_PREFERENCE',
      `${where} must be an integer errcode such as errcode=60001; got ${JSON.stringify(raw.slice(0, 64))}.`,
    );
  }
  const errcode = Number(text);
  if (errcode === 0 || !known.has(errcode)) {
    throw new MockProblem(
      'PBX_MOCK_UNKNOWN_ERRCODE',
      errcode === 0
        ? `${where} asks for errcode 0, which is success, not an error.`
        : `${where} asks for errcode ${errcode}, which is not in the catalogue. Add it with the extraErrcodes option (--errcode CODE=MESSAGE) or pick a known one.`,
      { known_errcodes: [...known.keys()].filter((code) => code !== 0) },
    );
  }
  return errcode;
}

/** What a request forces, or undefined when it forces nothing. Throws MockProblem on misuse. */
export function forcedAnswer(
  prefer: string | undefined,
  query: Query,
  known: ReadonlyMap<number, CatalogueEntry>,
): Forced | undefined {
  let fromHeader: number | undefined;
  let status: number | undefined;
  if (prefer !== undefined) {
    for (const part of prefer.split(/[,;]/)) {
      const [rawName, ...rest] = part.split('=');
      const name = rawName?.trim().toLowerCase() ?? '';
      if (name === 'errcode') fromHeader = parseValue(rest.join('='), 'Prefer: errcode', known);
      else if (name === 'code') status = parseStatus(rest.join('='));
      else if (name !== '' && !IGNORED_PREFERENCES.has(name)) {
        throw new MockProblem(
          'PBX_MOCK_UNKNOWN_PREFERENCE',
          `The mock does not understand Prefer: ${part.trim().slice(0, 64)}. It understands errcode=N (HTTP 200 with a catalogue errcode, as the device answers) and code=NNN (an HTTP status from 400 to 599, as a proxy in front of the device answers).`,
          { understood: UNDERSTOOD_PREFERENCES },
        );
      }
    }
  }
  let fromQuery: number | undefined;
  if (query[FORCE_QUERY_PARAM] !== undefined) {
    const raw = single(query, FORCE_QUERY_PARAM);
    if (raw === undefined) {
      throw new MockProblem(
        'PBX_MOCK_BAD_ERRCODE_PREFERENCE',
        `${FORCE_QUERY_PARAM} was given more than once; give it once.`,
      );
    }
    fromQuery = parseValue(raw, FORCE_QUERY_PARAM, known);
  }
  if (fromHeader !== undefined && fromQuery !== undefined && fromHeader !== fromQuery) {
    throw new MockProblem(
      'PBX_MOCK_BAD_ERRCODE_PREFERENCE',
      `Prefer asks for ${fromHeader} but ${FORCE_QUERY_PARAM} asks for ${fromQuery}; ask for one.`,
    );
  }
  const errcode = fromQuery ?? fromHeader;
  if (status !== undefined && status !== 200 && errcode !== undefined) {
    throw new MockProblem(
      'PBX_MOCK_BAD_CODE_PREFERENCE',
      `The request asks for HTTP ${status} (code=${status}) and for errcode ${errcode}; a device error is HTTP 200, so ask for one.`,
      { understood: UNDERSTOOD_PREFERENCES },
    );
  }
  if (errcode !== undefined) {
    return {
      errcode,
      why:
        fromQuery !== undefined
          ? `forced by ?${FORCE_QUERY_PARAM}=${errcode}`
          : `forced by Prefer: errcode=${errcode}`,
    };
  }
  return status !== undefined && status !== 200
    ? { status, why: `forced by Prefer: code=${status}` }
    : undefined;
}
