/**
 * Building blocks of the fuzz tests' generated requests: odd strings, huge values, header values Node's
 * client will send, and the methods Node's parser accepts.
 */
import fc from 'fast-check';

/** Methods llhttp parses (an unknown method is refused by Node before the app sees it). */
export const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const;

/** A few kB of one character: huge values without generating them one character at a time. */
export const huge = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min, max }), fc.constantFrom('a', '9', 'é', '字', '%', '&', '😀', '\u0000'))
    .map(([size, char]) => char.repeat(Math.ceil(size / char.length)));

/** Strings that break naive parsers: prototype keys, number look-alikes, NUL, BOM, other digits. */
export const oddStrings = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  '0',
  '-1',
  '1e3',
  '0x10',
  'NaN',
  'Infinity',
  '9007199254740993',
  '1.5',
  ' 1',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '%00',
  '\u0000',
  '\uFEFF1',
  '١٢',
  '𝟙',
);

/** Any short text, odd or huge now and then. */
export const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: oddStrings },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3_000 }).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: huge(1_000, 4_000) },
);

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROL_CHARACTERS = /[\x00-\x1f\x7f]/g;

/** Header values Node's client will send: Latin-1 without control characters. */
export const headerValue = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((v) => v.replace(CONTROL_CHARACTERS, '')),
  fc.constantFrom('OpenAPI', '', 'curl/8.0', 'Bearer abc', 'errcode=60001', 'gzip', 'identity'),
  huge(1_000, 6_000).map((v) => v.replace(/[^\x20-\x7e]/g, 'x')),
);
