/**
 * Writes openapi/pbx-openapi.json: the mock's OpenAPI 3.1 document, built from the JSON Schemas (the same
 * document GET /__mock/openapi.json serves with the default catalogue). `--stdout` prints instead of writing
 * (gen-check compares it with the committed file).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { buildOpenApi } from '../mock-server/openapi/openapi.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi/pbx-openapi.json', import.meta.url));

/** Renders the document, formatted the way prettier formats JSON (so format:check agrees). */
export async function renderOpenApi(): Promise<string> {
  const document = {
    'x-generated':
      'GENERATED FILE, DO NOT EDIT: npm run gen:openapi writes it from schemas/*.json; npm run gen:check fails when it drifts.',
    ...buildOpenApi(),
  };
  return prettier.format(JSON.stringify(document), {
    ...((await prettier.resolveConfig(OPENAPI_FILE)) ?? {}),
    parser: 'json',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await renderOpenApi();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else writeFileSync(OPENAPI_FILE, text);
}
