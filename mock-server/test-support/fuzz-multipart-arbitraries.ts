/**
 * Hostile multipart bodies for message/batchupload: boundaries declared and used that differ, are missing,
 * quoted, long or empty; parts with huge, empty or odd names, path-climbing filenames, odd content types,
 * binary bodies that contain the boundary; bodies cut anywhere or never closed; other content types.
 */
import fc from 'fast-check';

/** One generated upload: the Content-Type header (or none) and the raw body. */
export interface MultipartCase {
  readonly contentType: string | undefined;
  readonly body: Buffer;
}

const boundaryArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant('B') },
  { weight: 3, arbitrary: fc.constant('----WebKitFormBoundary7MA4YWxkTrZu0gW') },
  fc.string({ minLength: 0, maxLength: 80 }),
  fc.constant('x'.repeat(200)),
);

const fieldNameArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant('files') },
  fc.constantFrom('file', 'files[]', 'FILES', ''),
  fc.string({ maxLength: 30 }),
  fc.nat({ max: 20_000 }).map((n) => 'n'.repeat(n)),
);

const filenameArb = fc.option(
  fc.oneof(
    fc.constantFrom(
      'a.txt',
      '../../etc/passwd',
      '/abs/path',
      '..\\..\\win.ini',
      'con',
      '.',
      '..',
      '',
    ),
    fc.string({ maxLength: 40 }),
    fc.nat({ max: 20_000 }).map((n) => 'f'.repeat(n)),
  ),
  { nil: undefined, freq: 4 },
);

const partTypeArb = fc.option(
  fc.oneof(
    fc.constantFrom(
      'application/octet-stream',
      'text/plain; charset=utf-8',
      'image/png',
      'text/html',
    ),
    fc.string({ maxLength: 40 }),
  ),
  { nil: undefined },
);

const partArb: fc.Arbitrary<Part> = fc.record({
  name: fieldNameArb,
  filename: filenameArb,
  type: partTypeArb,
  body: fc.uint8Array({ maxLength: 3000 }),
  /** Extra header lines, some of them junk. */
  extra: fc.oneof(
    { weight: 6, arbitrary: fc.constant([]) },
    fc.array(fc.string({ maxLength: 60 }), { maxLength: 3 }),
  ),
});

interface Part {
  readonly name: string;
  readonly filename: string | undefined;
  readonly type: string | undefined;
  readonly body: Uint8Array;
  readonly extra: readonly string[];
}

function partBytes(boundary: string, part: Part, mixBoundary: boolean): Buffer {
  let disposition = `Content-Disposition: form-data; name="${part.name}"`;
  if (part.filename !== undefined) disposition += `; filename="${part.filename}"`;
  const lines = [`--${boundary}`, disposition];
  if (part.type !== undefined) lines.push(`Content-Type: ${part.type}`);
  lines.push(...part.extra);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`);
  // a body that holds the boundary text (not after CRLF --), as binary data can
  const body = mixBoundary
    ? Buffer.concat([Buffer.from(part.body), Buffer.from(boundary)])
    : Buffer.from(part.body);
  return Buffer.concat([head, body, Buffer.from('\r\n')]);
}

/** A hostile (or now and then a well-formed) upload. */
export const multipartCaseArb: fc.Arbitrary<MultipartCase> = fc
  .record({
    declared: boundaryArb,
    used: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, boundaryArb),
    quoted: fc.boolean(),
    typeHeader: fc.constantFrom(
      'multipart',
      'multipart',
      'multipart',
      'no-boundary',
      'other',
      'none',
    ),
    parts: fc.oneof(
      { weight: 6, arbitrary: fc.array<Part>(partArb, { maxLength: 8 }) },
      // many tiny parts
      fc.nat({ max: 1500 }).map((n): Part[] =>
        Array.from({ length: n }, (): Part => ({
          name: 'files',
          filename: 't',
          type: undefined,
          body: new Uint8Array([120]),
          extra: [],
        })),
      ),
    ),
    mixBoundary: fc.boolean(),
    ending: fc.constantFrom('close', 'close', 'close', 'none', 'cut', 'garbage'),
    cutAt: fc.double({ min: 0, max: 1, noNaN: true }),
    garbage: fc.uint8Array({ maxLength: 200 }),
  })
  .map((c) => {
    const boundary = c.used ?? c.declared;
    const parts = c.parts.map((part) => partBytes(boundary, part, c.mixBoundary));
    let body = Buffer.concat(parts);
    if (c.ending === 'close' || c.ending === 'cut') {
      body = Buffer.concat([body, Buffer.from(`--${boundary}--\r\n`)]);
    }
    if (c.ending === 'cut') body = body.subarray(0, Math.floor(body.length * c.cutAt));
    if (c.ending === 'garbage') body = Buffer.concat([body, Buffer.from(c.garbage)]);
    const param = c.quoted ? `"${c.declared}"` : c.declared;
    const contentType =
      c.typeHeader === 'multipart'
        ? `multipart/form-data; boundary=${param}`
        : c.typeHeader === 'no-boundary'
          ? 'multipart/form-data'
          : c.typeHeader === 'other'
            ? 'application/x-www-form-urlencoded'
            : undefined;
    return { contentType, body };
  });
