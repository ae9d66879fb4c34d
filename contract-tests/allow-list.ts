/**
 * The only calls the suite may make, derived from the device table (schemas/device-endpoints.ts): every
 * endpoint it marks `mutates: false` (the token calls and the reads), the ones marked `mutates: true` only
 * with --allow-mutating, and nothing the table does not know. So close, transfer, send and every endpoint
 * that deletes (extension/delete is a GET) are refused in code before anything is sent. The two probes of
 * error behaviour are harmless on a device: a path no firmware has, and a read endpoint called with POST.
 */
import { DEVICE_ENDPOINTS } from '../schemas/device-endpoints.js';
import type { DeviceEndpointSpec } from '../schemas/device-endpoints.js';
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

function call(spec: DeviceEndpointSpec): AllowedCall {
  return { method: spec.method, endpoint: spec.name, why: spec.summary };
}

/** The probes of error behaviour, which no table entry describes. */
export const PROBES: readonly AllowedCall[] = [
  { method: 'GET', endpoint: UNKNOWN_ENDPOINT, why: 'probe: unknown path answers 10001' },
  { method: 'POST', endpoint: 'message_session/get', why: 'probe: wrong method answers 10001' },
];

/** What a device table allows a run. */
export interface AllowList {
  /** Every call a run may make without --allow-mutating: the read-only entries and the probes. */
  readonly readOnly: readonly AllowedCall[];
  /** Calls that change the PBX (`mutates: true`), allowed only with --allow-mutating. */
  readonly mutating: readonly AllowedCall[];
  /** Throws RefusedCall unless `method endpoint` is allowed. */
  assertAllowed(method: string, endpoint: string, allowMutating: boolean): void;
}

function listed(calls: readonly AllowedCall[], method: string, endpoint: string): boolean {
  return calls.some((c) => c.method === method && c.endpoint === endpoint);
}

/** The allow-list a device table gives. */
export function allowListOf(table: readonly DeviceEndpointSpec[]): AllowList {
  const readOnly = [...table.filter((spec) => !spec.mutates).map(call), ...PROBES];
  const mutating = table.filter((spec) => spec.mutates).map(call);
  return {
    readOnly,
    mutating,
    assertAllowed(method, endpoint, allowMutating) {
      if (listed(readOnly, method, endpoint)) return;
      if (listed(mutating, method, endpoint)) {
        if (allowMutating) return;
        throw new RefusedCall(
          `refused to call ${method} ${endpoint}: it changes the PBX (schemas/device-endpoints.ts marks it mutating); pass --allow-mutating to allow it`,
        );
      }
      throw new RefusedCall(
        `refused to call ${method} ${endpoint}: it is not on the read-only allow-list (contract-tests/allow-list.ts, from schemas/device-endpoints.ts)`,
      );
    },
  };
}

const ALLOW_LIST = allowListOf(DEVICE_ENDPOINTS);

/** Every call a run may make without --allow-mutating. */
export const READ_ONLY_CALLS: readonly AllowedCall[] = ALLOW_LIST.readOnly;

/** Calls allowed only with --allow-mutating. */
export const MUTATING_CALLS: readonly AllowedCall[] = ALLOW_LIST.mutating;

/** Throws RefusedCall unless `method endpoint` is allowed by the device table. */
export function assertAllowed(method: string, endpoint: string, allowMutating: boolean): void {
  ALLOW_LIST.assertAllowed(method, endpoint, allowMutating);
}
