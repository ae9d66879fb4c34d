/**
 * Forcing an errcode on purpose, so every code of the catalogue is reachable, even those no natural request
 * triggers: `Prefer: errcode=60002` or `?__errcode=60002`. A malformed or unknown preference is the caller's
 * mistake and gets a problem+json answer, never a silent fallback to the normal reply.
 */
import type { CatalogueEntry } from '../schemas/error-catalogue.js';
import { MockProblem } from './mock-problem.js';
import { single } from './query.js';
import type { Query } from './query.js';

/** The query parameter that forces an errcode. */
export const FORCE_QUERY_PARAM = '__errcode';

const ERRCODE_VALUE = /^-?\d{1,9}$/;

function parseValue(
  raw: string,
  where: string,
  known: ReadonlyMap<number, CatalogueEntry>,
): number {
  const text = raw.trim().replace(/^"(.*)"$/, '$1');
  if (!ERRCODE_VALUE.test(text)) {
    throw new MockProblem(
      'PBX_MOCK_BAD_ERRCODE_PREFERENCE',
      400,
      'Malformed errcode preference',
      `${where} must be an integer errcode such as errcode=60001; got ${JSON.stringify(raw.slice(0, 64))}.`,
    );
  }
  const errcode = Number(text);
  if (errcode === 0 || !known.has(errcode)) {
    throw new MockProblem(
      'PBX_MOCK_UNKNOWN_ERRCODE',
      400,
      'Unknown errcode',
      errcode === 0
        ? `${where} asks for errcode 0, which is success, not an error.`
        : `${where} asks for errcode ${errcode}, which is not in the catalogue. Add it with the extraErrcodes option (--errcode CODE=MESSAGE) or pick a known one.`,
      { known_errcodes: [...known.keys()].filter((code) => code !== 0) },
    );
  }
  return errcode;
}

/** The errcode a request asks for, or undefined when it asks for none. Throws MockProblem on misuse. */
export function forcedErrcode(
  prefer: string | undefined,
  query: Query,
  known: ReadonlyMap<number, CatalogueEntry>,
): number | undefined {
  let fromHeader: number | undefined;
  if (prefer !== undefined) {
    for (const part of prefer.split(/[,;]/)) {
      const [name, ...rest] = part.split('=');
      if (name?.trim().toLowerCase() !== 'errcode') continue;
      fromHeader = parseValue(rest.join('='), 'Prefer: errcode', known);
    }
  }
  let fromQuery: number | undefined;
  if (query[FORCE_QUERY_PARAM] !== undefined) {
    const raw = single(query, FORCE_QUERY_PARAM);
    if (raw === undefined) {
      throw new MockProblem(
        'PBX_MOCK_BAD_ERRCODE_PREFERENCE',
        400,
        'Malformed errcode preference',
        `${FORCE_QUERY_PARAM} was given more than once; give it once.`,
      );
    }
    fromQuery = parseValue(raw, FORCE_QUERY_PARAM, known);
  }
  if (fromHeader !== undefined && fromQuery !== undefined && fromHeader !== fromQuery) {
    throw new MockProblem(
      'PBX_MOCK_BAD_ERRCODE_PREFERENCE',
      400,
      'Conflicting errcode preferences',
      `Prefer asks for ${fromHeader} but ${FORCE_QUERY_PARAM} asks for ${fromQuery}; ask for one.`,
    );
  }
  return fromQuery ?? fromHeader;
}
