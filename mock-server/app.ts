/**
 * createMockPbx: the fake PBX as an Express app, built with no side effects (it never listens and never
 * reads the environment; the CLI does both), so tests can drive it in-process with supertest.
 */
import express from 'express';
import type { Express } from 'express';
import { ERROR_CATALOGUE, Errcode } from '../schemas/error-catalogue.js';
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
import { deviceFacts } from './state/device-facts.js';
import type { DeviceFacts } from './state/device-facts.js';
import type {
  EmptyFieldStyle,
  PbxState,
  SendAnswerStyle,
  SessionActionErrcodes,
} from './state/pbx-state.js';
import { ConversationStore } from './state/conversation-store.js';
import { DEFAULT_DELIVERY_DELAY_MS, Delivery } from './state/delivery.js';
import type { OverRate } from './state/delivery.js';
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
import { DEFAULT_MAX_UPLOADS, DEFAULT_UPLOAD_RULES, UploadStore } from './state/upload-store.js';
import type { UploadRules } from './state/upload-store.js';

/** How message/batchupload reads, keeps and serves files. */
export interface UploadOptions extends Partial<UploadRules> {
  /** Files the mock keeps at most (default 1000); more answer 60002 like a full store. */
  readonly maxFiles?: number;
  /** Where the mock makes its upload folder, at the first upload (default os.tmpdir()). */
  readonly parentDir?: string;
}

/** The largest upload limit accepted for one request (16 GiB). */
export const MAX_UPLOAD_REQUEST_BYTES = 16 * 1024 ** 3;

/** The largest parts limit accepted. */
export const MAX_UPLOAD_PARTS = 100_000;

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
  /**
   * What system/information says about the device: model (default Yeastar P550), serial (3631A000MOCK),
   * firmware (37.7.0.16), device name (PBX) and hardware version (V1.00 0000-0000).
   */
  readonly device?: Partial<DeviceFacts>;
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
   * Byte budget of each store (sessions, rules, journal, uploads; see DEFAULT_BUDGETS): the UTF-8 size of the
   * JSON it keeps (for uploads, the bytes of the files on disk). A full store answers 409
   * PBX_MOCK_STORE_FULL to control requests and 60002 to device requests; the journal forgets its oldest
   * entries instead.
   */
  readonly budgets?: Partial<Record<StoreName, number>>;
  /** One line per request goes here; without it the mock logs nothing (tests stay quiet). */
  readonly logger?: RequestLogger;
  /** A delay before every device answer (fixed ms, or random between min_ms and max_ms). */
  readonly latency?: ControlDelay;
  /**
   * message/batchupload: the limit of one request (default 100 MB, DOC) and its errcode (default 40004,
   * OPEN), the parts one request may have (1000), whether a download needs an access_token (true), the
   * files kept at most (1000) and where their folder is made (os.tmpdir()). Nothing touches the disk
   * before the first upload.
   */
  readonly uploads?: UploadOptions;
  /** OPEN: message/send's data.msg_id as a string (default, as one public client reads it) or a number. */
  readonly sendAnswer?: SendAnswerStyle;
  /** Test-clock time from a send (or the channel's next free slot) to delivery_status 1 or 2 (default 2000 ms). */
  readonly deliveryDelayMs?: number;
  /** OPEN: sends beyond a channel's send_rate queue for the next free slot (default) or fail (too_many_request). */
  readonly overRate?: OverRate;
  /** OPEN errcodes of close and transfer refusals (defaults: 10009, 10009, 60001; decisions/010). */
  readonly sessionActionErrcodes?: Partial<SessionActionErrcodes>;
}

/** A built fake PBX: the app plus handles on its state. */
export interface MockPbx {
  readonly app: Express;
  readonly clock: MockClock;
  readonly tokens: TokenStore;
  readonly sessions: SessionStore;
  /** The files message/batchupload kept (on disk from the first upload until reset or close). */
  readonly uploads: UploadStore;
  /** Messages written since start (sends, the customer's, system messages) and their delivery. */
  readonly conversations: ConversationStore;
  /** Scenario rules: add (validated like POST /__mock/rules), list, get, remove. */
  readonly rules: RuleBook;
  /** The request journal and its counters per endpoint. */
  readonly journal: Journal;
  /** Session changes as the control API makes them: add, patch (close, archive, take over), remove. */
  readonly sessionEditor: SessionEditor;
  /** Whether and how /__mock/* is exposed. */
  readonly control: ControlAccess;
  /**
   * Restores the seeded sessions, forgets every message written since start, delivery rule, token, rule and
   * journal entry, removes every uploaded file, returns the clock to real time and closes held or delayed
   * replies.
   */
  reset(): void;
  /** Moves the clock like POST /__mock/clock ({advance: "31m"} or {reset: true}). */
  setClock(request: { advance?: string | number; reset?: true }): ControlClockState;
  /** The OpenAPI 3.1 document of this mock (its catalogue, configured extras included). */
  openapi(): OpenApiDocument;
  /**
   * Closes held (never) and delayed replies and removes the upload folder; call before closing the server in
   * tests.
   */
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
  const uploads = options.uploads ?? {};
  const uploadRules: UploadRules = {
    maxRequestBytes: checkInteger(
      'uploads.maxRequestBytes',
      uploads.maxRequestBytes ?? DEFAULT_UPLOAD_RULES.maxRequestBytes,
      0,
      MAX_UPLOAD_REQUEST_BYTES,
    ),
    tooLargeErrcode: uploads.tooLargeErrcode ?? DEFAULT_UPLOAD_RULES.tooLargeErrcode,
    maxParts: checkInteger(
      'uploads.maxParts',
      uploads.maxParts ?? DEFAULT_UPLOAD_RULES.maxParts,
      1,
      MAX_UPLOAD_PARTS,
    ),
    downloadNeedsToken: uploads.downloadNeedsToken ?? DEFAULT_UPLOAD_RULES.downloadNeedsToken,
  };
  if (!catalogue.has(uploadRules.tooLargeErrcode)) {
    throw new RangeError(
      `uploads.tooLargeErrcode ${uploadRules.tooLargeErrcode} is not in the catalogue`,
    );
  }
  const conversations = new ConversationStore(
    sessions,
    clock,
    new Delivery(options.deliveryDelayMs ?? DEFAULT_DELIVERY_DELAY_MS, options.overRate ?? 'queue'),
    new ByteBudget('messages', budgets.messages),
  );
  const sessionActionErrcodes: SessionActionErrcodes = {
    alreadyClosed: Errcode.OPERATION_FAILED,
    transferClosed: Errcode.OPERATION_FAILED,
    unknownDestination: Errcode.DATA_NOT_FOUND,
    ...options.sessionActionErrcodes,
  };
  for (const [name, errcode] of Object.entries(sessionActionErrcodes) as [string, number][]) {
    if (!catalogue.has(errcode) || errcode === 0) {
      throw new RangeError(`sessionActionErrcodes.${name} ${errcode} is not a catalogue errcode`);
    }
  }
  if (options.sendAnswer !== undefined && !['string', 'number'].includes(options.sendAnswer)) {
    throw new RangeError(`sendAnswer must be string or number; got ${String(options.sendAnswer)}`);
  }
  if (options.overRate !== undefined && !['queue', 'fail'].includes(options.overRate)) {
    throw new RangeError(`overRate must be queue or fail; got ${String(options.overRate)}`);
  }
  const pbx: PbxState = {
    clock,
    tokens: new TokenStore(rules, clock),
    sessions,
    histories: new SessionHistories(sessions, conversations),
    conversations,
    emptyFields: options.emptyFields ?? 'blank',
    catalogue,
    device: deviceFacts(options.device),
    uploads: new UploadStore(
      new ByteBudget('uploads', budgets.uploads),
      uploads.maxFiles ?? DEFAULT_MAX_UPLOADS,
      uploads.parentDir,
    ),
    uploadRules,
    startedAt: clock.now(),
    sendAnswer: options.sendAnswer ?? 'string',
    sessionActionErrcodes,
  };
  const ruleBook = new RuleBook(catalogue, new ByteBudget('rules', budgets.rules));
  const journal = new Journal(
    options.journalSize ?? DEFAULT_JOURNAL_SIZE,
    () => clock.now(),
    budgets.journal,
  );
  const sessionEditor = new SessionEditor(pbx.sessions, pbx.histories, pbx.conversations);
  const faults = new FaultPlayer();
  let openapi: OpenApiDocument | undefined;
  const openapiDocument = () => (openapi ??= buildOpenApi({ catalogue }));
  const reset = () => {
    faults.releaseAll();
    pbx.sessions.reset();
    pbx.histories.reset();
    pbx.uploads.reset();
    pbx.conversations.reset();
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
        conversations: pbx.conversations,
        sessions: pbx.sessions,
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
    uploads: pbx.uploads,
    conversations: pbx.conversations,
    rules: ruleBook,
    journal,
    sessionEditor,
    control: access,
    reset,
    setClock: (request) => applyClockRequest(clock, request),
    openapi: openapiDocument,
    close: () => {
      faults.releaseAll();
      pbx.uploads.close();
    },
  };
}
