/** Every endpoint the fake PBX serves under /openapi/v1.0/, by name. */
import type { Endpoint } from './endpoint.js';
import {
  getSession,
  listSessionsEndpoint,
  querySessions,
  searchSessionsEndpoint,
} from './session-endpoints.js';
import { delToken, getToken, refreshToken } from './token-endpoints.js';

/** The path prefix of the device's API. */
export const API_PREFIX = '/openapi/v1.0/';

/** Endpoint name (the path after API_PREFIX) to endpoint. */
export const ENDPOINTS: ReadonlyMap<string, Endpoint> = new Map([
  ['get_token', getToken],
  ['refresh_token', refreshToken],
  ['del_token', delToken],
  ['message_session/get', getSession],
  ['message_session/query', querySessions],
  ['message_session/list', listSessionsEndpoint],
  ['message_session/search', searchSessionsEndpoint],
]);
