/**
 * Access and refresh tokens as the device keeps them: 30-minute access and 24-hour refresh lifetimes, at
 * most 8 live access tokens per API client, failed logins counted per source address.
 */
import { randomBytes } from 'node:crypto';
import { Errcode } from '../../schemas/error-catalogue.js';
import type { MockClock } from './clock.js';
import { DeviceError } from '../core/device-error.js';

/** What happens when a client asks for a 9th live access token (OPEN). */
export type TokenCapPolicy = 'reject' | 'evict-oldest';

/** Token rules; defaults are the device's (DOC) or the mock's documented choice (OPEN). */
export interface TokenRules {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Access-token lifetime in seconds (DOC: 1800). */
  readonly accessTtlSeconds: number;
  /** Refresh-token lifetime in seconds (DOC: 86400). */
  readonly refreshTtlSeconds: number;
  /** Live access tokens one client may hold (DOC, Cloud guide: 8; 0 = no cap). */
  readonly maxAccessTokens: number;
  /** At the cap: reject the new login, or revoke the oldest token (OPEN; default reject). */
  readonly capPolicy: TokenCapPolicy;
  /** The errcode of a rejected login at the cap (OPEN; default 60002 MAX LIMITATION EXCEEDED). */
  readonly capErrcode: number;
  /** Failed logins from one address before it is blocked with 70004 (OPEN; default 5; 0 never blocks). */
  readonly loginFailureLimit: number;
  /** How long a block lasts, in seconds (OPEN; default 600). */
  readonly blockSeconds: number;
}

/** The device's token rules, with the mock's choices where the guide is silent. */
export const DEFAULT_TOKEN_RULES: TokenRules = {
  clientId: 'mock-client-id',
  clientSecret: 'mock-client-secret',
  accessTtlSeconds: 1800,
  refreshTtlSeconds: 86_400,
  maxAccessTokens: 8,
  capPolicy: 'reject',
  capErrcode: Errcode.MAX_LIMITATION_EXCEEDED,
  loginFailureLimit: 5,
  blockSeconds: 600,
};

/** Largest per-client token cap the options take (0 = no cap). */
export const MAX_TOKEN_CAP = 100_000;
/** Largest failed-login threshold the options take (0 = never block). */
export const MAX_LOGIN_FAILURE_LIMIT = 1_000_000;
/** Longest login block the options take: 30 days. */
export const MAX_BLOCK_SECONDS = 30 * 86_400;

/** A freshly issued pair, in the order get_token answers it. */
export interface TokenPair {
  readonly access_token_expire_time: number;
  readonly access_token: string;
  readonly refresh_token_expire_time: number;
  readonly refresh_token: string;
}

interface AccessEntry {
  readonly clientId: string;
  readonly expiresAt: number;
  readonly refreshToken: string;
}

interface RefreshEntry {
  readonly clientId: string;
  readonly expiresAt: number;
  readonly accessToken: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 32 random alphanumerics, like the device's tokens. */
export function newToken(): string {
  let token = '';
  while (token.length < 32) {
    for (const byte of randomBytes(40)) {
      // 248 = 4 * 62: drop the bytes that would bias the alphabet
      if (byte < 248 && token.length < 32) token += ALPHABET[byte % 62];
    }
  }
  return token;
}

/**
 * Tokens remembered after they expire or are revoked, so logs and the journal keep masking them (a client
 * that sends a dead token still sends a secret); the oldest are forgotten first, so memory stays flat.
 */
export const REMEMBERED_TOKENS = 10_000;

/**
 * Addresses whose failed logins are counted at once; past it the longest-known is forgotten, so a client
 * cycling through IPv6 addresses cannot grow memory without bound.
 */
export const MAX_TRACKED_ADDRESSES = 10_000;

/** The token state of one mock PBX. */
export class TokenStore {
  private readonly access = new Map<string, AccessEntry>();
  private readonly refresh = new Map<string, RefreshEntry>();
  private readonly failures = new Map<string, { count: number; blockedUntil: number }>();
  /** Every token issued lately, live or not, oldest first (insertion order). */
  private readonly issued = new Set<string>();

  constructor(
    readonly rules: TokenRules,
    private readonly clock: MockClock,
  ) {}

  /** get_token: checks the credentials and issues a pair, or throws the device's answer. */
  login(username: string, password: string, address: string): TokenPair {
    const now = this.clock.now();
    const record = this.failures.get(address);
    if (record && record.blockedUntil > now) {
      throw new DeviceError(
        Errcode.ACCOUNT_IP_BLOCKED,
        {},
        {
          why: `address ${address} is blocked after ${this.rules.loginFailureLimit} failed logins, for ${Math.ceil((record.blockedUntil - now) / 1000)} s more (POST /__mock/reset lifts it; --login-failure-limit, --login-block)`,
          warn: true,
        },
      );
    }
    if (username !== this.rules.clientId || password !== this.rules.clientSecret) {
      const count = this.countFailure(address, now);
      const limit = this.rules.loginFailureLimit;
      const which = username !== this.rules.clientId ? 'client id' : 'client secret';
      throw new DeviceError(
        Errcode.FAILURE,
        { invalid_param_list: [{ field: 'username or password', value: 'error' }] },
        limit > 0 && count >= limit
          ? {
              why: `wrong ${which}: failed login ${count} of ${limit} from ${address}, which is now blocked for ${this.rules.blockSeconds} s (70004)`,
              warn: true,
            }
          : {
              why: `wrong ${which}${limit > 0 ? ` (failed login ${count} of ${limit} from ${address} before it is blocked)` : ''}`,
            },
      );
    }
    this.failures.delete(address);
    return this.issue(username, now);
  }

  /** refresh_token: trades a live refresh token for a new pair; the old pair stops working (OPEN). */
  renew(refreshToken: string): TokenPair {
    const now = this.clock.now();
    const entry = this.refresh.get(refreshToken);
    if (!entry || entry.expiresAt <= now) {
      throw new DeviceError(
        Errcode.TOKEN_EXPIRED,
        {},
        {
          why: entry
            ? 'refresh_token expired (24 hours)'
            : 'refresh_token unknown, already used or revoked',
        },
      );
    }
    this.refresh.delete(refreshToken);
    this.access.delete(entry.accessToken);
    return this.issue(entry.clientId, now);
  }

  /** What state `accessToken` is in, for the request log. */
  stateOf(accessToken: string): 'live' | 'expired' | 'unknown' {
    const entry = this.access.get(accessToken);
    if (!entry) return 'unknown';
    return entry.expiresAt > this.clock.now() ? 'live' : 'expired';
  }

  /** Whether `accessToken` is live now. */
  isLive(accessToken: string): boolean {
    const entry = this.access.get(accessToken);
    return entry !== undefined && entry.expiresAt > this.clock.now();
  }

  /** del_token: revokes an access token and the refresh token issued with it. */
  revoke(accessToken: string): void {
    const entry = this.access.get(accessToken);
    if (!entry) return;
    this.access.delete(accessToken);
    this.refresh.delete(entry.refreshToken);
  }

  /** Whether the mock issued `token` (access or refresh, live or not, among the last REMEMBERED_TOKENS). */
  wasIssued(token: string): boolean {
    return this.issued.has(token) || this.access.has(token) || this.refresh.has(token);
  }

  /** Addresses whose failed logins are being counted. */
  get trackedAddresses(): number {
    return this.failures.size;
  }

  /** Live access tokens right now (all clients). */
  liveCount(): number {
    this.sweep(this.clock.now());
    return this.access.size;
  }

  /** Forgets every token and every failed login. */
  clear(): void {
    this.access.clear();
    this.refresh.clear();
    this.failures.clear();
  }

  private issue(clientId: string, now: number): TokenPair {
    this.sweep(now);
    const live = [...this.access].filter(([, e]) => e.clientId === clientId);
    if (this.rules.maxAccessTokens > 0 && live.length >= this.rules.maxAccessTokens) {
      if (this.rules.capPolicy === 'reject') {
        throw new DeviceError(
          this.rules.capErrcode,
          {},
          {
            why: `client ${clientId} already holds ${live.length} live access tokens, the cap; revoke one with del_token, or POST /__mock/reset (--token-cap, --token-cap-policy)`,
            warn: true,
          },
        );
      }
      const oldest = live.sort(([, a], [, b]) => a.expiresAt - b.expiresAt)[0];
      if (oldest) this.revoke(oldest[0]);
    }
    const accessToken = newToken();
    const refreshToken = newToken();
    this.remember(accessToken);
    this.remember(refreshToken);
    const { accessTtlSeconds, refreshTtlSeconds } = this.rules;
    this.access.set(accessToken, {
      clientId,
      expiresAt: now + accessTtlSeconds * 1000,
      refreshToken,
    });
    this.refresh.set(refreshToken, {
      clientId,
      expiresAt: now + refreshTtlSeconds * 1000,
      accessToken,
    });
    return {
      access_token_expire_time: accessTtlSeconds,
      access_token: accessToken,
      refresh_token_expire_time: refreshTtlSeconds,
      refresh_token: refreshToken,
    };
  }

  private remember(token: string): void {
    this.issued.add(token);
    if (this.issued.size > REMEMBERED_TOKENS) {
      const oldest = this.issued.values().next();
      if (!oldest.done) this.issued.delete(oldest.value);
    }
  }

  /** Counts a failed login from `address`; returns how many in a row so far (0 when never blocking). */
  private countFailure(address: string, now: number): number {
    const { loginFailureLimit, blockSeconds } = this.rules;
    if (loginFailureLimit <= 0) return 0;
    const record = this.failures.get(address) ?? { count: 0, blockedUntil: 0 };
    record.count = record.blockedUntil > 0 && record.blockedUntil <= now ? 1 : record.count + 1;
    record.blockedUntil = record.count >= loginFailureLimit ? now + blockSeconds * 1000 : 0;
    this.failures.set(address, record);
    if (this.failures.size > MAX_TRACKED_ADDRESSES) {
      const oldest = this.failures.keys().next();
      if (!oldest.done) this.failures.delete(oldest.value);
    }
    return record.count;
  }

  /** Drops expired entries so memory stays flat however many tokens a long run issues. */
  private sweep(now: number): void {
    for (const [token, entry] of this.access) if (entry.expiresAt <= now) this.access.delete(token);
    for (const [token, entry] of this.refresh)
      if (entry.expiresAt <= now) this.refresh.delete(token);
  }
}
