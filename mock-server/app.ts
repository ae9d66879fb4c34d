/**
 * createMockPbx: the fake PBX as an Express app, built with no side effects (it never listens and never
 * reads the environment; the CLI does both), so tests can drive it in-process with supertest.
 */
import express from 'express';
import type { Express } from 'express';
import { ERROR_CATALOGUE } from '../schemas/error-catalogue.js';
import type { CatalogueEntry } from '../schemas/error-catalogue.js';
import { DEFAULT_SEED, DEFAULT_SESSION_COUNT, MAX_SESSION_COUNT } from '../fixtures/session-set.js';
import type { ControlClockState, ControlDelay } from '../schemas/types.generated.js';
import { createClock } from './state/clock.js';
import type { MockClock } from './state/clock.js';
import { controlAccess, noteAccess } from './core/control-access.js';
import type { ControlAccess } from './core/control-access.js';
import { applyClockRequest } from './control/clock-control.js';
import { createControlRouter } from './control/router.js';
import { SessionEditor } from './control/session-editor.js';
import { createDeviceHandlers } from './device/dispatch.js';
import type { EmptyFieldStyle, PbxState } from './state/pbx-state.js';
import { FaultPlayer } from './scenarios/faults.js';
import { DEFAULT_JOURNAL_SIZE, Journal } from './scenarios/journal.js';
import type { RequestLogger } from './core/logger.js';
import { buildOpenApi } from './openapi/openapi.js';
import type { OpenApiDocument } from './openapi/openapi.js';
import { RuleBook, checkLatency } from './scenarios/rules.js';
import { SessionHistories } from './state/session-history.js';
import { SessionStore } from './state/session-store.js';
import { ByteBudget, resolveBudgets } from './state/store-budget.js';
import type { StoreName } from './state/store-budget.js';
import {
  DEFAULT_TOKEN_RULES,
  MAX_BLOCK_SECONDS,
  MAX_LOGIN_FAILURE_LIMIT,
  MAX_TOKEN_CAP,
  TokenStore,
} from './state/token-store.js';
import type { TokenRules } from './state/token-store.js';

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
  /**
   * The address the mock will be bound to (default 127.0.0.1). createMockPbx never listens, so this only
   * decides whether the control API is on: on a loopback address it is; elsewhere only with controlToken.
   * listen() refuses a non-loopback address for an app whose control API is on without a token.
   */
  readonly bindHost?: string;
  /** false turns the control API (/__mock/*) off entirely (default true: on where bindHost allows it). */
  readonly control?: boolean;
  /** A token every control request must carry in x-pbx-mock-control-token; turns control on anywhere. */
  readonly controlToken?: string;
  /** Requests the journal keeps (default 1000; 0 keeps none but still counts). */
  readonly journalSize?: number;
  /**
   * Byte budget of each store (sessions, rules, journal; see DEFAULT_BUDGETS): the UTF-8 size of the JSON it
   * keeps. A full store answers 409 PBX_MOCK_STORE_FULL to control requests and 60002 to device requests;
   * the journal forgets its oldest entries instead.
   */
  readonly budgets?: Partial<Record<StoreName, number>>;
  /** One line per request goes here; without it the mock logs nothing (tests stay quiet). */
  readonly logger?: RequestLogger;
  /** A delay before every device answer (fixed ms, or random between min_ms and max_ms). */
  readonly latency?: ControlDelay;
}

/** A built fake PBX: the app plus handles on its state. */
export interface MockPbx {
  readonly app: Express;
  readonly clock: MockClock;
  readonly tokens: TokenStore;
  readonly sessions: SessionStore;
  /** Scenario rules: add (validated like POST /__mock/rules), list, get, remove. */
  readonly rules: RuleBook;
  /** The request journal and its counters per endpoint. */
  readonly journal: Journal;
  /** Session changes as the control API makes them: add, patch (close, archive, take over), remove. */
  readonly sessionEditor: SessionEditor;
  /** Whether and how /__mock/* is exposed. */
  readonly control: ControlAccess;
  /**
   * Restores the seeded sessions, forgets every token, rule and journal entry, returns the clock to real
   * time and closes held or delayed replies.
   */
  reset(): void;
  /** Moves the clock like POST /__mock/clock ({advance: "31m"} or {reset: true}). */
  setClock(request: { advance?: string | number; reset?: true }): ControlClockState;
  /** The OpenAPI 3.1 document of this mock (its catalogue, configured extras included). */
  openapi(): OpenApiDocument;
  /** Closes held (never) and delayed replies; call before closing the server in tests. */
  close(): void;
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
  checkInteger('tokenRules.maxAccessTokens', rules.maxAccessTokens, 0, MAX_TOKEN_CAP);
  checkInteger('tokenRules.loginFailureLimit', rules.loginFailureLimit, 0, MAX_LOGIN_FAILURE_LIMIT);
  checkInteger('tokenRules.blockSeconds', rules.blockSeconds, 0, MAX_BLOCK_SECONDS);
  if (!catalogue.has(rules.capErrcode)) {
    throw new RangeError(`capErrcode ${rules.capErrcode} is not in the catalogue`);
  }
  const clock = options.clock ?? createClock();
  const access = controlAccess(options);
  const latency = options.latency === undefined ? undefined : checkLatency(options.latency);
  const budgets = resolveBudgets(options.budgets);
  const sessions = new SessionStore(seed, count, new ByteBudget('sessions', budgets.sessions));
  const pbx: PbxState = {
    clock,
    tokens: new TokenStore(rules, clock),
    sessions,
    histories: new SessionHistories(sessions),
    emptyFields: options.emptyFields ?? 'blank',
    catalogue,
  };
  const ruleBook = new RuleBook(catalogue, new ByteBudget('rules', budgets.rules));
  const journal = new Journal(
    options.journalSize ?? DEFAULT_JOURNAL_SIZE,
    () => clock.now(),
    budgets.journal,
  );
  const sessionEditor = new SessionEditor(pbx.sessions, pbx.histories);
  const faults = new FaultPlayer();
  let openapi: OpenApiDocument | undefined;
  const openapiDocument = () => (openapi ??= buildOpenApi({ catalogue }));
  const reset = () => {
    faults.releaseAll();
    pbx.sessions.reset();
    pbx.histories.reset();
    pbx.tokens.clear();
    clock.reset();
    ruleBook.clear();
    journal.clear();
    sessionEditor.reset();
  };

  const control = access.enabled
    ? createControlRouter({
        access,
        rules: ruleBook,
        journal,
        editor: sessionEditor,
        histories: pbx.histories,
        clock,
        reset,
        openapi: openapiDocument,
      })
    : undefined;
  const { dispatch, onError } = createDeviceHandlers({
    pbx,
    requireUserAgent: options.requireUserAgent ?? true,
    rules: ruleBook,
    journal,
    faults,
    logger: options.logger,
    control,
    latency,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', false);
  app.use(dispatch);
  app.use(onError);
  noteAccess(app, access);

  return {
    app,
    clock,
    tokens: pbx.tokens,
    sessions: pbx.sessions,
    rules: ruleBook,
    journal,
    sessionEditor,
    control: access,
    reset,
    setClock: (request) => applyClockRequest(clock, request),
    openapi: openapiDocument,
    close: () => faults.releaseAll(),
  };
}
