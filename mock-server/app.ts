/**
 * createMockPbx: the fake PBX as an Express app, built with no side effects (it never listens and never
 * reads the environment; the CLI does both), so tests can drive it in-process with supertest.
 */
import express from 'express';
import type { Express } from 'express';
import { ERROR_CATALOGUE } from '../schemas/error-catalogue.js';
import type { CatalogueEntry } from '../schemas/error-catalogue.js';
import { DEFAULT_SEED, DEFAULT_SESSION_COUNT, MAX_SESSION_COUNT } from '../fixtures/session-set.js';
import { createClock } from './clock.js';
import type { MockClock } from './clock.js';
import { createDispatcher, createErrorHandler } from './dispatch.js';
import type { EmptyFieldStyle, PbxState } from './endpoint.js';
import { SessionStore } from './session-store.js';
import { DEFAULT_TOKEN_RULES, TokenStore } from './token-store.js';
import type { TokenRules } from './token-store.js';

/** How to build a fake PBX; every field has the device's default or a documented choice. */
export interface MockPbxOptions {
  /** Seed of the generated sessions (default 1). */
  readonly seed?: number;
  /** How many generated sessions (ids 1..N) besides session 2862 (default 48). */
  readonly sessions?: number;
  /** The API client id get_token accepts (default mock-client-id). */
  readonly clientId?: string;
  /** The API client secret get_token accepts (default mock-client-secret). */
  readonly clientSecret?: string;
  /** Token lifetimes, the per-client cap and what happens at it, login blocking. */
  readonly tokenRules?: Partial<Omit<TokenRules, 'clientId' | 'clientSecret'>>;
  /** OPEN: channel-only fields on other channels: blank ("", [], empty form; default) or omitted. */
  readonly emptyFields?: EmptyFieldStyle;
  /** Errcodes beyond the documented table (the vendor's list goes on past 70120). */
  readonly extraErrcodes?: readonly CatalogueEntry[];
  /** SEEN: answer 40002 when User-Agent is missing (default true). */
  readonly requireUserAgent?: boolean;
  /** The clock; real time unless a test brings its own. */
  readonly clock?: MockClock;
}

/** A built fake PBX: the app plus handles on its state. */
export interface MockPbx {
  readonly app: Express;
  readonly clock: MockClock;
  readonly tokens: TokenStore;
  readonly sessions: SessionStore;
  /** Restores the seeded sessions, forgets every token and returns the clock to real time. */
  reset(): void;
}

function checkInteger(name: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}; got ${value}`);
  }
  return value;
}

/** Builds the catalogue the mock answers from: the documented table plus configured extras. */
export function buildCatalogue(extra: readonly CatalogueEntry[] = []): Map<number, CatalogueEntry> {
  const catalogue = new Map(ERROR_CATALOGUE.map((entry) => [entry.errcode, entry]));
  for (const entry of extra) {
    checkInteger('extra errcode', entry.errcode, -(2 ** 31), 2 ** 31 - 1);
    if (catalogue.has(entry.errcode)) {
      throw new RangeError(`errcode ${entry.errcode} is already in the catalogue`);
    }
    catalogue.set(entry.errcode, entry);
  }
  return catalogue;
}

/** Builds a fake PBX. Throws RangeError on options that make no sense. */
export function createMockPbx(options: MockPbxOptions = {}): MockPbx {
  const seed = checkInteger('seed', options.seed ?? DEFAULT_SEED, 0, 2 ** 32 - 1);
  const count = checkInteger(
    'sessions',
    options.sessions ?? DEFAULT_SESSION_COUNT,
    0,
    MAX_SESSION_COUNT,
  );
  const catalogue = buildCatalogue(options.extraErrcodes);
  const rules: TokenRules = {
    ...DEFAULT_TOKEN_RULES,
    ...options.tokenRules,
    clientId: options.clientId ?? DEFAULT_TOKEN_RULES.clientId,
    clientSecret: options.clientSecret ?? DEFAULT_TOKEN_RULES.clientSecret,
  };
  if (!catalogue.has(rules.capErrcode)) {
    throw new RangeError(`capErrcode ${rules.capErrcode} is not in the catalogue`);
  }
  const clock = options.clock ?? createClock();
  const pbx: PbxState = {
    clock,
    tokens: new TokenStore(rules, clock),
    sessions: new SessionStore(seed, count),
    emptyFields: options.emptyFields ?? 'blank',
    catalogue,
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', false);
  app.use(createDispatcher(pbx, options.requireUserAgent ?? true));
  app.use(createErrorHandler(pbx));

  return {
    app,
    clock,
    tokens: pbx.tokens,
    sessions: pbx.sessions,
    reset() {
      pbx.sessions.reset();
      pbx.tokens.clear();
      clock.reset();
    },
  };
}
