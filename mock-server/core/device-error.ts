/**
 * Vendor errors are data: a DeviceError is an answer the device gives (HTTP 200, errcode, exact errmsg from
 * the catalogue), thrown by a handler and turned into a body by the dispatcher. It never means the mock broke.
 */
import type { InvalidParam } from '../../schemas/types.generated.js';

/** Extra fields a device error may carry. */
export interface DeviceErrorDetails {
  readonly invalid_param_list?: InvalidParam[];
  readonly duplicate_field_list?: string[];
}

/** Why the mock answers an errcode, for its request log (never the answer, never a secret). */
export interface DeviceErrorNote {
  /** In words a user reading the log understands: "wrong client id or secret (failed login 2 of 5)". */
  readonly why: string;
  /** A lock-out (login block, token cap): logged at warn, so --log-level warn shows it. */
  readonly warn?: boolean;
}

/** An errcode answer on its way to the client. */
export class DeviceError extends Error {
  override readonly name = 'DeviceError';
  readonly code = 'PBX_DEVICE_ERROR';

  constructor(
    readonly errcode: number,
    readonly details: DeviceErrorDetails = {},
    readonly note?: DeviceErrorNote,
  ) {
    // An answer, not a bug: capturing a stack trace cost ~15 µs of every error answer (10% of the request,
    // measured with --cpu-prof under load), so none is captured.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`device errcode ${errcode}`);
    Error.stackTraceLimit = limit;
  }
}

/** `{field, validation_type: "required"}`: the entry the device sends for a missing parameter. */
export function requiredParam(field: string): InvalidParam {
  return { field, validation_type: 'required' };
}

/** Longest value echoed back in invalid_param_list; longer ones are cut so a huge input is not mirrored. */
export const MAX_ECHOED_VALUE = 256;

/**
 * A rejected value as text. Never String(value) on an object: a body such as `{"toString":"x"}` makes that
 * throw (the answer was -2 INTERNAL SERVER ERROR instead of 40002), so objects are shown as their JSON.
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(valueText).join(',');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** `{field, value}`: the entry the device sends for a rejected value. */
export function invalidValue(field: string, value: unknown): InvalidParam {
  const text = valueText(value);
  return { field, value: text.length > MAX_ECHOED_VALUE ? text.slice(0, MAX_ECHOED_VALUE) : text };
}
