/**
 * Writes fixtures/default-sessions.json: the default seeded set, readable, so users can browse what the mock
 * serves and reviewers see fixture changes in diffs. `--stdout` prints instead of writing (used by gen-check).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_SEED,
  DEFAULT_SESSION_COUNT,
  generateSessionSet,
} from '../fixtures/session-set.js';

export const FIXTURES_FILE = fileURLToPath(
  new URL('../fixtures/default-sessions.json', import.meta.url),
);

/** Renders the default fixture file. */
export function renderFixtures(): string {
  const document = {
    generated:
      'GENERATED FILE, DO NOT EDIT: npm run gen:fixtures writes it; npm run gen:check fails when it drifts.',
    seed: DEFAULT_SEED,
    count: DEFAULT_SESSION_COUNT,
    sessions: generateSessionSet(DEFAULT_SEED, DEFAULT_SESSION_COUNT),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = renderFixtures();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else writeFileSync(FIXTURES_FILE, text);
}
