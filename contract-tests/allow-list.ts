/**
 * The only calls the suite may make. Read-only by default: it reads sessions and manages its own tokens,
 * nothing else. close, transfer, send and every endpoint that deletes (extension/delete is a GET) are not
 * here, so they are refused in code before anything is sent. The two probes of error behaviour are harmless
 * on a device: a path no firmware has, and a read endpoint called with POST.
 */
import { RefusedCall } from './errors.js';

/** An endpoint name no device has, to see the answer to an unknown path (10001, SEEN). */
export const UNKNOWN_ENDPOINT = 'pbx_contract/no_such_endpoint';

/** One allowed call. */
export interface AllowedCall {
  readonly method: 'GET' | 'POST';
  readonly endpoint: string;
  /** Why the suite makes it. */
  readonly why: string;
}

/** Every call a run may make without --allow-mutating. */
export const READ_ONLY_CALLS: readonly AllowedCall[] = [
  { method: 'POST', endpoint: 'get_token', why: 'log in (and at most one bad-credentials probe)' },
  { method: 'POST', endpoint: 'refresh_token', why: "renew the run's own token" },
  { method: 'GET', endpoint: 'del_token', why: "revoke the run's own tokens only" },
  { method: 'GET', endpoint: 'message_session/get', why: 'read one session' },
  { method: 'GET', endpoint: 'message_session/query', why: 'read sessions by id' },
  { method: 'GET', endpoint: 'message_session/list', why: 'list sessions' },
  { method: 'GET', endpoint: 'message_session/search', why: 'search sessions' },
  { method: 'GET', endpoint: UNKNOWN_ENDPOINT, why: 'probe: unknown path answers 10001' },
  { method: 'POST', endpoint: 'message_session/get', why: 'probe: wrong method answers 10001' },
];

/**
 * Calls that change the PBX, allowed only with --allow-mutating. None exists yet: no check closes,
 * transfers or sends anything, so the flag is accepted but changes nothing today.
 */
export const MUTATING_CALLS: readonly AllowedCall[] = [];

/** Throws RefusedCall unless `method endpoint` is allowed. */
export function assertAllowed(method: string, endpoint: string, allowMutating: boolean): void {
  const allowed = allowMutating ? [...READ_ONLY_CALLS, ...MUTATING_CALLS] : READ_ONLY_CALLS;
  if (!allowed.some((call) => call.method === method && call.endpoint === endpoint)) {
    throw new RefusedCall(
      `refused to call ${method} ${endpoint}: it is not on the read-only allow-list (contract-tests/allow-list.ts)`,
    );
  }
}
