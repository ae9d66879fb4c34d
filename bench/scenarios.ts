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

/**
 * One endpoint of the mock measured against another on the same mock, same load: what a message/get page
 * costs next to a message_session/get answer (issue 13).
 */
export interface EndpointScenario {
  readonly id: string;
  readonly label: string;
  /** The request paths, each carrying `token`. */
  paths(token: string): string[];
  /** A history shape put on every known session first (PUT /__mock/sessions/:id/history). */
  readonly shape?: string;
}

const API = '/openapi/v1.0';

/** Cursors inside each session's id block: pages at every depth of 500-message histories. */
const DEPTHS: readonly number[] = [50, 150, 250, 400, 600, 800, 999];

/** The endpoint comparison: keep-alive, 10 connections, the known ids, one mock. */
export const ENDPOINT_SCENARIOS: readonly EndpointScenario[] = [
  {
    id: 'session-get',
    label: 'message_session/get',
    paths: (token) => KNOWN_IDS.map((id) => `${GET_PATH}?access_token=${token}&id=${id}`),
  },
  {
    id: 'message-get-20',
    label: 'message/get, newest 20',
    paths: (token) =>
      KNOWN_IDS.map((id) => `${API}/message/get?access_token=${token}&id=${id}&page_size=20`),
  },
  {
    id: 'message-get-20-deep',
    label: 'message/get, 20 at any depth',
    shape: 'long',
    paths: (token) =>
      KNOWN_IDS.flatMap((id) =>
        DEPTHS.map(
          (depth) =>
            `${API}/message/get?access_token=${token}&id=${id}&page_size=20&last_msg_id=${id * 1000 + depth}`,
        ),
      ),
  },
  {
    id: 'message-get-20-cold',
    label: 'message/get, 20, never cached',
    shape: 'long',
    // 24,010 cursors: far more pages than the mock's page cache keeps, so every page is generated afresh
    paths: (token) =>
      KNOWN_IDS.flatMap((id) =>
        Array.from(
          { length: 490 },
          (_, k) =>
            `${API}/message/get?access_token=${token}&id=${id}&page_size=20&last_msg_id=${id * 1000 + 20 + 2 * k}`,
        ),
      ),
  },
];

/** Connections of the endpoint comparison. */
export const ENDPOINT_CONNECTIONS = 10;
