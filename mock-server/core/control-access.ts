/**
 * Who may drive the mock. The control API can change everything a client sees, so it is on by default only
 * when the mock is bound to a loopback address; bound to any other address (0.0.0.0 included) it is off
 * unless a control token is set, and then every control request must carry it. Off, /__mock/* answers
 * exactly as the device answers an unknown path.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/** The header that carries the control token. */
export const CONTROL_TOKEN_HEADER = 'x-pbx-mock-control-token';

/** The path prefix of the control API. */
export const CONTROL_PREFIX = '/__mock/';

/** How the control API is exposed. */
export interface ControlAccess {
  readonly enabled: boolean;
  /** Set when every control request must carry it. */
  readonly token: string | undefined;
  /** The address the mock is bound to: a Host naming it passes the cross-site guard (cross-site.ts). */
  readonly bindHost: string;
  /** Why it is on or off, in a few words, for the start-up banner. */
  readonly reason: string;
}

/** What decides the exposure. */
export interface ControlAccessOptions {
  /** false: off whatever else is set. */
  readonly control?: boolean | undefined;
  /** The address the mock will be bound to. */
  readonly bindHost?: string | undefined;
  readonly controlToken?: string | undefined;
}

/** Whether `host` is a loopback address or name (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice(7) : bare;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return isIP(bare) === 6 && /^(0{0,4}:){2,7}0{0,3}1$|^::1$/.test(bare);
}

/** Decides the exposure; throws RangeError on an empty token. */
export function controlAccess(options: ControlAccessOptions): ControlAccess {
  const host = options.bindHost ?? '127.0.0.1';
  const token = options.controlToken;
  if (token !== undefined && token.length < 1) {
    throw new RangeError('the control token must not be empty');
  }
  if (options.control === false) {
    return { enabled: false, token: undefined, bindHost: host, reason: 'turned off' };
  }
  if (token !== undefined) {
    return {
      enabled: true,
      token,
      bindHost: host,
      reason: `requires the ${CONTROL_TOKEN_HEADER} header`,
    };
  }
  if (isLoopback(host)) {
    return {
      enabled: true,
      token: undefined,
      bindHost: host,
      reason: 'loopback bind, no token needed',
    };
  }
  return {
    enabled: false,
    token: undefined,
    bindHost: host,
    reason: `bound to ${host} without a control token`,
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Whether `given` is the token, compared in constant time. */
export function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/** How each built app's control API is exposed, for listen() to check its address against. */
const exposures = new WeakMap<object, ControlAccess>();

/** Remembers how `app`'s control API is exposed (createMockPbx calls it). */
export function noteAccess(app: object, access: ControlAccess): void {
  exposures.set(app, access);
}

/**
 * The RangeError to refuse `app` listening on `host` with, when that would expose a control API without a
 * token beyond loopback (createMockPbx decided from its bindHost option, 127.0.0.1 by default, so listening
 * elsewhere would silently widen it); undefined when the bind is fine.
 */
export function bindRefusal(app: object, host: string): RangeError | undefined {
  const access = exposures.get(app);
  if (access?.enabled && access.token === undefined && !isLoopback(host)) {
    return new RangeError(
      `the control API of this mock is on without a control token, so it may only listen on a loopback address, not ${JSON.stringify(host)}; build it with createMockPbx({ bindHost: ${JSON.stringify(host)} }) (control off), a controlToken, or control: false`,
    );
  }
  return undefined;
}
