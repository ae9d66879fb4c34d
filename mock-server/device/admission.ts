/**
 * The device's own checks before any handler, in its order: the User-Agent, the endpoint and its method
 * (10001 otherwise), the access token (10004). Each refusal says why in words, for the request log: the
 * missing header, the path or method, the token's state. Why-texts name parameters, never their values, so a
 * log line cannot carry a secret.
 */
import { Errcode } from '../../schemas/error-catalogue.js';
import type { DeviceError } from '../core/device-error.js';
import type { Endpoint } from './endpoint.js';
import { API_PREFIX } from '../../schemas/device-endpoints.js';
import { servedEndpoint } from './endpoints.js';
import { single } from '../core/query.js';
import type { Query } from '../core/query.js';
import type { TokenStore } from '../state/token-store.js';

/** What admission looks at. */
export interface Admission {
  readonly method: string;
  readonly userAgent: string | undefined;
  readonly path: string;
  /** The endpoint name when the path is under the API prefix. */
  readonly name: string | undefined;
  readonly query: Query;
}

/** Why the device refuses a request before any handler. */
export interface Refusal {
  readonly errcode: number;
  readonly why: string;
}

/** Whether admission refused the request. */
export function isRefusal<T extends object = Endpoint>(value: Refusal | T): value is Refusal {
  return 'errcode' in value;
}

/** Why a 40002 answer names the parameters it does: their names only, never their values. */
export function paramsWhy(error: DeviceError): string | undefined {
  const list = error.details.invalid_param_list;
  if (!list || list.length === 0) return undefined;
  return list
    .map((p) =>
      'validation_type' in p && p.validation_type !== undefined
        ? `parameter ${p.field}: ${p.validation_type}`
        : `parameter ${p.field}: invalid value`,
    )
    .join('; ');
}

/** An unexpected error in one line: its name, message and where it was thrown. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  const at = error.stack?.split('\n').find((line) => line.trim().startsWith('at '));
  return `${error.name}: ${error.message}${at ? ` (${at.trim()})` : ''}`;
}

/** The errcode the device answers instead of running a handler (and why), or the endpoint to run. */
export function admitRequest(
  p: Admission,
  requireUserAgent: boolean,
  tokens: TokenStore,
): Refusal | Endpoint {
  if (requireUserAgent && !p.userAgent) {
    return {
      errcode: Errcode.PARAMETER_ERROR,
      why: 'no User-Agent header (the device requires one)',
    };
  }
  const endpoint = servedEndpoint(p.name);
  if (!endpoint) {
    return {
      errcode: Errcode.INTERFACE_NOT_EXISTED,
      why:
        p.name === undefined
          ? `${p.path} is not under ${API_PREFIX}`
          : `no endpoint ${p.name} under ${API_PREFIX}`,
    };
  }
  if (endpoint.spec.method !== p.method) {
    return {
      errcode: Errcode.INTERFACE_NOT_EXISTED,
      why: `${p.name ?? ''} takes ${endpoint.spec.method}, not ${p.method}`,
    };
  }
  if (endpoint.spec.auth) {
    const refusal = tokenRefusal(p.query, tokens);
    if (refusal) return refusal;
  }
  return endpoint;
}

/** Why the access_token of `query` is refused (10004), or undefined when it is live. */
export function tokenRefusal(query: Query, tokens: TokenStore): Refusal | undefined {
  const token = single(query, 'access_token');
  if (token === undefined) {
    return {
      errcode: Errcode.TOKEN_EXPIRED,
      why:
        query.access_token === undefined
          ? 'no access_token in the query (a Bearer header is ignored, as on the device)'
          : 'access_token given more than once',
    };
  }
  const state = tokens.stateOf(token);
  if (state === 'live') return undefined;
  return {
    errcode: Errcode.TOKEN_EXPIRED,
    why:
      state === 'expired'
        ? 'access_token expired (30 minutes; refresh_token gives a new one)'
        : 'access_token unknown: never issued, revoked (del_token, refresh_token, reset) or expired',
  };
}
