/**
 * Compiles every schema once, at build time, with ajv (strict, draft 2020-12, ajv-formats) into standalone
 * validation code: schemas/validators.generated.ts. The mock then starts without ajv's compiler (about 90 ms
 * of a cold start) while the schemas stay the only source. `--stdout` prints instead of writing.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import prettier from 'prettier';
import { schemas } from '../schemas/registry.js';

// Both packages ship CommonJS with a default export; under NodeNext they arrive as module objects.
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const VALIDATORS_FILE = fileURLToPath(
  new URL('../schemas/validators.generated.ts', import.meta.url),
);

const BANNER = `// @ts-nocheck
/* eslint-disable */
/**
 * GENERATED FILE, DO NOT EDIT.
 * Standalone ajv validators for schemas/*.json, one export per schema title, written by
 * \`npm run gen:validators\`; \`npm run gen:check\` fails when it differs from what the schemas produce.
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
`;

/** The ajv options of every validator; the generated code is compiled with exactly these. */
export const AJV_OPTIONS = { strict: true, allErrors: true } as const;

/** Renders the standalone validators module. */
export async function renderValidators(): Promise<string> {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  addFormats(ajv);
  const exports: Record<string, string> = {};
  for (const schema of schemas) {
    ajv.addSchema(schema);
    exports[schema.title] = schema.$id;
  }
  const code = standaloneCode(ajv, exports).replace(/^"use strict";/, '');
  return prettier.format(BANNER + code, {
    ...((await prettier.resolveConfig(VALIDATORS_FILE)) ?? {}),
    parser: 'typescript',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await renderValidators();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else writeFileSync(VALIDATORS_FILE, text);
}
