/**
 * What an endpoint of the fake PBX is: its method, whether it needs an access token, and a handler that
 * returns the success payload or throws a DeviceError.
 */
import type { CatalogueEntry } from '../../schemas/error-catalogue.js';
import type { MockClock } from '../state/clock.js';
import type { Query } from '../core/query.js';
import type { SessionStore } from '../state/session-store.js';
import type { TokenStore } from '../state/token-store.js';

/** OPEN: how fields that only one channel fills look on other channels; see SessionInfo's $comments. */
export type EmptyFieldStyle = 'blank' | 'omit';

/** The state every handler works on. */
export interface PbxState {
  readonly clock: MockClock;
  readonly tokens: TokenStore;
  readonly sessions: SessionStore;
  readonly emptyFields: EmptyFieldStyle;
  /** The catalogue plus configured extra errcodes. */
  readonly catalogue: ReadonlyMap<number, CatalogueEntry>;
}

/** One request, as a handler sees it. */
export interface EndpointContext {
  readonly query: Query;
  /** The parsed JSON body (POST only). */
  readonly body: unknown;
  /** The client's address, for login-failure counting. */
  readonly address: string;
  readonly pbx: PbxState;
}

/** The success payload; the dispatcher puts errcode 0 and SUCCESS in front of it. */
export type Payload = Record<string, unknown>;

/** One endpoint under /openapi/v1.0/. */
export interface Endpoint {
  readonly method: 'GET' | 'POST';
  /** Whether a live access_token is required. */
  readonly auth: boolean;
  /** Whether it changes the PBX's state (the contract CLI never calls these unless allowed). */
  readonly mutating: boolean;
  handle(context: EndpointContext): Payload;
}
