/**
 * Generates schemas/types.generated.ts from the JSON Schemas with json-schema-to-typescript.
 * `--stdout` prints instead of writing (used by gen-check).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';
import { schemas } from '../schemas/registry.js';

const schemasDir = fileURLToPath(new URL('../schemas/', import.meta.url));
export const TYPES_FILE = fileURLToPath(new URL('../schemas/types.generated.ts', import.meta.url));

const BANNER = `/* eslint-disable */
/**
 * GENERATED FILE, DO NOT EDIT.
 * Generated from schemas/*.json by \`npm run gen:types\` (json-schema-to-typescript);
 * \`npm run gen:check\` fails when it differs from what the schemas produce.
 */
`;

/** Renders the whole types file for the current schemas. */
export async function renderTypes(): Promise<string> {
  const parts: string[] = [];
  for (const schema of schemas) {
    const { $id: _id, ...rest } = schema;
    const ts = await compile(rest, schema.title, {
      bannerComment: '',
      cwd: schemasDir,
      declareExternallyReferenced: false,
      additionalProperties: false,
      format: false,
      strictIndexSignatures: true,
      unreachableDefinitions: false,
    });
    parts.push(ts.trim());
  }
  const options = (await prettier.resolveConfig(TYPES_FILE)) ?? {};
  return prettier.format(BANNER + '\n' + parts.join('\n\n') + '\n', {
    ...options,
    parser: 'typescript',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await renderTypes();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else writeFileSync(TYPES_FILE, text);
}
