/**
 * The device's API as one table: one entry per endpoint under /openapi/v1.0/, with its method, its
 * parameters or body and their schemas, the answer's schema and the key its payload sits under, the errcodes
 * it answers itself, and whether it changes the PBX. It is data only, so everything can read it: the mock's
 * dispatcher (which validates parameters from it and attaches a handler to each entry, see
 * mock-server/device/handlers.ts), the scenario rules and the journal, the OpenAPI document, and the contract
 * CLI's read-only guard (contract-tests/allow-list.ts), which lets a live run call only what `mutates: false`
 * marks. Adding an endpoint: its schemas, one entry here, one handler (decisions/007-endpoint-tables.md).
 */
import { Errcode } from './error-catalogue.js';
import type { SchemaTitle } from './validators.js';

/** The path prefix of the device's API. */
export const API_PREFIX = '/openapi/v1.0/';

/** An errcode an endpoint answers itself, with when. */
export type ErrcodeWhen = readonly [errcode: number, when: string];

/** One endpoint of the device. */
export interface DeviceEndpointSpec {
  /** The path after API_PREFIX. */
  readonly name: string;
  readonly method: 'GET' | 'POST';
  /** One line for the OpenAPI document and the contract CLI's allow-list. */
  readonly summary: string;
  /** Whether a live access_token is required (10004 otherwise). */
  readonly auth: boolean;
  /** Whether it changes the PBX: a contract run never calls it unless --allow-mutating is given. */
  readonly mutates: boolean;
  /** GET: the schema of its query parameters; the dispatcher answers 40002 naming the field at fault. */
  readonly params?: SchemaTitle;
  /** POST: the schema of its JSON body; checked the same way. */
  readonly body?: SchemaTitle;
  /** The schema of the success answer, envelope included. */
  readonly answer: SchemaTitle;
  /** The key the payload sits under (`list` or `data`, as the device has it), or null for top-level fields. */
  readonly key: 'list' | 'data' | null;
  /** Errcodes the endpoint answers itself (the token, User-Agent, method and body rules are added for all). */
  readonly errcodes: readonly ErrcodeWhen[];
  /**
   * Whether a scenario rule may answer it with a session: `one` (an object under list, as get answers) or
   * `many` (an array, as query answers), with `id` or `ids` naming the ids asked for.
   */
  readonly sessionAnswer?: 'one' | 'many';
}

const PARAMETER_ERROR: ErrcodeWhen = [
  Errcode.PARAMETER_ERROR,
  'a parameter is missing or invalid (invalid_param_list names it)',
];

/** Every endpoint the kit knows, in the order the OpenAPI document lists them. */
export const DEVICE_ENDPOINTS = [
  {
    name: 'get_token',
    method: 'POST',
    summary: 'Get an access token (30 min) and a refresh token (24 h) for an API client.',
    auth: false,
    mutates: false,
    body: 'GetTokenRequest',
    answer: 'GetTokenAnswer',
    key: null,
    errcodes: [
      [Errcode.FAILURE, 'wrong client id or secret'],
      [Errcode.ACCOUNT_IP_BLOCKED, 'too many failed logins from this address (OPEN: after 5)'],
      [
        Errcode.MAX_LIMITATION_EXCEEDED,
        'the client already holds 8 live access tokens (OPEN errcode)',
      ],
      PARAMETER_ERROR,
    ],
  },
  {
    name: 'refresh_token',
    method: 'POST',
    summary: 'Trade a refresh token for a new access token and a new refresh token.',
    auth: false,
    mutates: false,
    body: 'RefreshTokenRequest',
    answer: 'RefreshTokenAnswer',
    key: null,
    errcodes: [
      [Errcode.TOKEN_EXPIRED, 'the refresh token is expired, used or unknown'],
      PARAMETER_ERROR,
    ],
  },
  {
    name: 'del_token',
    method: 'GET',
    // it revokes only the token the call carries: a run's own, never another client's
    summary: 'Revoke the access token the call carries (and its refresh token).',
    auth: true,
    mutates: false,
    params: 'DelTokenParams',
    answer: 'DelTokenAnswer',
    key: null,
    errcodes: [],
  },
  {
    name: 'message_session/get',
    method: 'GET',
    summary: 'One message session by id (a single SessionInfo under list).',
    auth: true,
    mutates: false,
    params: 'MessageSessionGetParams',
    answer: 'MessageSessionGetAnswer',
    key: 'list',
    errcodes: [[Errcode.DATA_NOT_FOUND, 'no session has this id (OPEN errcode)'], PARAMETER_ERROR],
    sessionAnswer: 'one',
  },
  {
    name: 'message_session/query',
    method: 'GET',
    summary: 'Several message sessions by id; unknown ids are left out (OPEN).',
    auth: true,
    mutates: false,
    params: 'MessageSessionQueryParams',
    answer: 'MessageSessionQueryAnswer',
    key: 'list',
    errcodes: [PARAMETER_ERROR],
    sessionAnswer: 'many',
  },
  {
    name: 'message_session/list',
    method: 'GET',
    summary: 'One page of message sessions, newest first; first_msg_id pages on.',
    auth: true,
    mutates: false,
    params: 'MessageSessionListParams',
    answer: 'MessageSessionListAnswer',
    key: 'list',
    errcodes: [PARAMETER_ERROR],
  },
  {
    name: 'message_session/search',
    method: 'GET',
    summary: 'Like list, restricted to sessions matching search_value.',
    auth: true,
    mutates: false,
    params: 'MessageSessionSearchParams',
    answer: 'MessageSessionListAnswer',
    key: 'list',
    errcodes: [PARAMETER_ERROR],
  },
  {
    name: 'message/get',
    method: 'GET',
    summary:
      "One session's messages, newest first, older than last_msg_id (a MsgSessionRecords under data).",
    auth: true,
    mutates: false,
    params: 'MessageGetParams',
    answer: 'MessageGetAnswer',
    key: 'data',
    errcodes: [[Errcode.DATA_NOT_FOUND, 'no session has this id (OPEN errcode)'], PARAMETER_ERROR],
  },
  {
    name: 'message/query',
    method: 'GET',
    summary:
      'The newest messages of several sessions (an array under data); unknown ids left out (OPEN).',
    auth: true,
    mutates: false,
    params: 'MessageQueryParams',
    answer: 'MessageQueryAnswer',
    key: 'data',
    errcodes: [PARAMETER_ERROR],
  },
  {
    name: 'message_channel/get',
    method: 'GET',
    summary: 'One messaging channel by id (a MsgChannel under data).',
    auth: true,
    mutates: false,
    params: 'MessageChannelGetParams',
    answer: 'MessageChannelGetAnswer',
    key: 'data',
    errcodes: [[Errcode.DATA_NOT_FOUND, 'no channel has this id (OPEN errcode)'], PARAMETER_ERROR],
  },
  {
    name: 'message_channel/query',
    method: 'GET',
    summary: 'Several messaging channels by id (an array under list); unknown ids left out (OPEN).',
    auth: true,
    mutates: false,
    params: 'MessageChannelQueryParams',
    answer: 'MessageChannelQueryAnswer',
    key: 'list',
    errcodes: [PARAMETER_ERROR],
  },
] as const satisfies readonly DeviceEndpointSpec[];

/** The name of an endpoint of the table. */
export type DeviceEndpointName = (typeof DEVICE_ENDPOINTS)[number]['name'];

/** The table's entry for `name`. */
export type DeviceEndpointOf<N extends DeviceEndpointName> = Extract<
  (typeof DEVICE_ENDPOINTS)[number],
  { name: N }
>;

const BY_NAME: ReadonlyMap<string, DeviceEndpointSpec> = new Map(
  DEVICE_ENDPOINTS.map((spec) => [spec.name, spec]),
);

/** The entry for an endpoint name (the path after API_PREFIX), or undefined when the device has none. */
export function deviceEndpoint(name: string | undefined): DeviceEndpointSpec | undefined {
  return name === undefined ? undefined : BY_NAME.get(name);
}

/** The endpoints a scenario rule may answer with a session. */
export const SESSION_ANSWER_ENDPOINTS: readonly string[] = DEVICE_ENDPOINTS.filter(
  (spec: DeviceEndpointSpec) => spec.sessionAnswer !== undefined,
).map((spec) => spec.name);
