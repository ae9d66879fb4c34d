/**
 * Fails when a committed generated file differs from what its sources produce now (fastify's
 * test:validator:integrity). Run by `npm run check` and CI; `npm run gen` rewrites them.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { FIXTURES_FILE, renderFixtures } from './gen-fixtures.js';
import { OPENAPI_FILE, renderOpenApi } from './gen-openapi.js';
import { TYPES_FILE, renderTypes } from './gen-types.js';
import { VALIDATORS_FILE, renderValidators } from './gen-validators.js';

const generated: [string, () => string | Promise<string>][] = [
  [TYPES_FILE, renderTypes],
  [VALIDATORS_FILE, renderValidators],
  [FIXTURES_FILE, renderFixtures],
  [OPENAPI_FILE, renderOpenApi],
];

let stale = 0;
for (const [file, render] of generated) {
  const expected = await render();
  let actual = '';
  try {
    actual = readFileSync(file, 'utf8');
  } catch {
    // a missing file is as stale as a changed one
  }
  const name = relative(process.cwd(), file);
  if (actual === expected) {
    console.log(`ok     ${name}`);
  } else {
    stale++;
    console.error(
      `STALE  ${name}: differs from its sources; run \`npm run gen\` and commit the result`,
    );
  }
}
process.exitCode = stale === 0 ? 0 : 1;
