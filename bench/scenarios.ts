/** The loads the benchmark puts on every server, and the request paths each one cycles through. */
import { GET_PATH } from './baseline-data.js';

/** Ids the default mock holds: 1..48 and the seed page's 2862. */
export const KNOWN_IDS: readonly number[] = [...Array.from({ length: 48 }, (_, i) => i + 1), 2862];

/** Ids the default mock does not hold: each answers 60001 DATA NOT FOUND. */
export const UNKNOWN_IDS: readonly number[] = [49, 50, 1_000, 2_861, 2_863, 99_999];

/** One load shape. */
export interface Scenario {
  readonly id: string;
  readonly label: string;
  /** Known ids (success answers) or unknown ids (60001 answers). */
  readonly ids: 'known' | 'unknown';
  readonly connections: number;
  /** false: a new TCP connection per request, as devices' clients often do. */
  readonly keepAlive: boolean;
  /** Also measure the mock with its request log on (the CLI's default). */
  readonly withLogging?: boolean;
}

/** Every scenario, in the order they run and print. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'get-ka',
    label: 'get, keep-alive, 10 conn',
    ids: 'known',
    connections: 10,
    keepAlive: true,
    withLogging: true,
  },
  {
    id: 'get-close',
    label: 'get, no keep-alive, 10 conn',
    ids: 'known',
    connections: 10,
    keepAlive: false,
  },
  {
    id: 'error-ka',
    label: '60001, keep-alive, 10 conn',
    ids: 'unknown',
    connections: 10,
    keepAlive: true,
  },
  {
    id: 'error-close',
    label: '60001, no keep-alive, 10 conn',
    ids: 'unknown',
    connections: 10,
    keepAlive: false,
  },
  {
    id: 'get-c50',
    label: 'get, keep-alive, 50 conn',
    ids: 'known',
    connections: 50,
    keepAlive: true,
  },
];

/** The request paths of `scenario`, each carrying `token` (baselines ignore it but get the same URLs). */
export function scenarioPaths(scenario: Scenario, token: string): string[] {
  const ids = scenario.ids === 'known' ? KNOWN_IDS : UNKNOWN_IDS;
  return ids.map((id) => `${GET_PATH}?access_token=${token}&id=${id}`);
}

/** A token-shaped placeholder for the baselines, so their URLs are as long as the mock's. */
export const PLACEHOLDER_TOKEN = 'B'.repeat(32);
