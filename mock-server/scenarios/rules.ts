/**
 * Scenario rules (WireMock's stubs, Mockoon's rules): each matches device requests on path, method, query
 * values, headers and the n-th call, and answers with an errcode, a session or a fault, optionally after a
 * delay, once, N times or until removed. Rules are tried in the order they were added; a delay-only rule
 * adds its delay and lets the next rules (or the device) answer. With no rule the dispatcher never calls in
 * here, so an idle rule book costs nothing per request.
 */
import { SESSION_ANSWER_ENDPOINTS } from '../../schemas/device-endpoints.js';
import type { IncomingHttpHeaders } from 'node:http';
import type { CatalogueEntry } from '../../schemas/error-catalogue.js';
import type {
  ControlDelay,
  ControlRule,
  ControlRuleAnswer,
  ControlRuleState,
} from '../../schemas/types.generated.js';
import { badControlRequest, checkControl } from '../core/control-validate.js';
import { MockProblem } from '../core/mock-problem.js';
import type { Query } from '../core/query.js';
import { ByteBudget, DEFAULT_BUDGETS, jsonBytes } from '../state/store-budget.js';

/** Rules one mock holds at most; a runaway script gets a clear answer instead of eating memory. */
export const MAX_RULES = 10_000;

/** What a rule looks at in a request. */
export interface RuleRequest {
  readonly method: string;
  /** The full path, e.g. /openapi/v1.0/message_session/get. */
  readonly path: string;
  /** The endpoint name when the path is under the API prefix. */
  readonly endpoint: string | undefined;
  readonly query: Query;
  readonly headers: IncomingHttpHeaders;
}

/** What the matching rules decided for one request. */
export interface RuleDecision {
  /** The rule that answers, or else the first one that delayed. */
  readonly ruleId: string;
  /** Total delay in ms (0 for none). */
  readonly delayMs: number;
  /** The answer, or undefined when only delays matched (the device answers, late). */
  readonly answer: Omit<ControlRuleAnswer, 'delay'> | undefined;
}

interface Entry {
  readonly rule: ControlRule & { readonly id: string };
  readonly pathTest: ((request: RuleRequest) => boolean) | undefined;
  readonly headers: readonly (readonly [string, string])[];
  readonly query: readonly (readonly [string, string])[];
  seen: number;
  hits: number;
  /** What it is charged to the rules' byte budget. */
  readonly bytes: number;
}

function pathTest(pattern: string): (request: RuleRequest) => boolean {
  const full = pattern.startsWith('/');
  if (pattern.endsWith('*')) {
    const prefix = pattern.slice(0, -1);
    return full
      ? (r) => r.path.startsWith(prefix)
      : (r) => r.endpoint !== undefined && r.endpoint.startsWith(prefix);
  }
  return full ? (r) => r.path === pattern : (r) => r.endpoint === pattern;
}

/** A delay in ms for `delay`: fixed, or uniform between min_ms and max_ms. */
export function delayMs(delay: ControlDelay | undefined): number {
  if (!delay) return 0;
  if (delay.ms !== undefined) return delay.ms;
  const min = delay.min_ms ?? 0;
  const max = delay.max_ms ?? min;
  return min + Math.floor(Math.random() * (max - min + 1));
}

/** Checks what the schema cannot: min_ms <= max_ms. Throws the 400 problem naming `field`. */
export function checkDelay(delay: ControlDelay | undefined, field: string): void {
  if (delay?.min_ms !== undefined && delay.max_ms !== undefined && delay.min_ms > delay.max_ms) {
    throw badControlRequest(
      [{ field: `${field}/min_ms`, message: 'must not be above max_ms' }],
      'body',
    );
  }
}

/** The rules of one mock PBX. */
export class RuleBook {
  private entries: Entry[] = [];
  private counter = 0;

  constructor(
    private readonly catalogue: ReadonlyMap<number, CatalogueEntry>,
    /** What the rules may keep, in bytes of their JSON (DEFAULT_BUDGETS.rules by default). */
    readonly budget: ByteBudget = new ByteBudget('rules', DEFAULT_BUDGETS.rules),
  ) {}

  /** How many rules are held (the dispatcher skips matching at 0). */
  get size(): number {
    return this.entries.length;
  }

  /** Validates and adds a rule (POST /__mock/rules); throws MockProblem on a malformed one. */
  add(input: unknown): ControlRuleState {
    const rule = checkControl('ControlRule', input, 'body');
    const { answer, match = {} } = rule;
    const errcode = answer.errcode;
    if (errcode !== undefined && !this.catalogue.has(errcode)) {
      throw new MockProblem(
        'PBX_MOCK_UNKNOWN_ERRCODE',
        `answer/errcode ${errcode} is not in the catalogue. Add it with the extraErrcodes option (--errcode CODE=MESSAGE) or pick a known one.`,
        {
          field: 'answer/errcode',
          known_errcodes: [...this.catalogue.keys()].filter((code) => code !== 0),
        },
      );
    }
    if (answer.session && !SESSION_ANSWER_ENDPOINTS.includes(match.path ?? '')) {
      throw badControlRequest(
        [
          {
            field: 'match/path',
            message: `must be ${SESSION_ANSWER_ENDPOINTS.join(' or ')} for a session answer`,
          },
        ],
        'body',
      );
    }
    checkDelay(answer.delay, 'answer/delay');
    const id = rule.id ?? this.freshId();
    if (this.entries.some((entry) => entry.rule.id === id)) {
      throw new MockProblem(
        'PBX_MOCK_CONFLICT',
        `A rule ${id} exists; remove it first or pick another id.`,
        { field: 'id' },
      );
    }
    if (this.entries.length >= MAX_RULES) {
      throw new MockProblem(
        'PBX_MOCK_CONFLICT',
        `At most ${MAX_RULES} rules; remove some (DELETE /__mock/rules/:id) or reset.`,
      );
    }
    const stored = { id, ...rule };
    const bytes = jsonBytes(stored);
    this.budget.take(bytes);
    const entry: Entry = {
      rule: stored,
      pathTest: match.path === undefined ? undefined : pathTest(match.path),
      headers: Object.entries(match.headers ?? {}).map(
        ([name, value]) => [name.toLowerCase(), value ?? ''] as const,
      ),
      query: Object.entries(match.query ?? {}).map(([name, value]) => [name, value ?? ''] as const),
      seen: 0,
      hits: 0,
      bytes,
    };
    this.entries.push(entry);
    return stateOf(entry);
  }

  /** Every rule with its counters, in the order they are tried. */
  list(): ControlRuleState[] {
    return this.entries.map(stateOf);
  }

  /** The same, one at a time (GET /__mock/rules streams them); rules added meanwhile are left out. */
  *states(): Generator<ControlRuleState> {
    for (const entry of [...this.entries]) yield stateOf(entry);
  }

  /** Rule `id` with its counters. */
  get(id: string): ControlRuleState | undefined {
    const entry = this.entries.find((e) => e.rule.id === id);
    return entry && stateOf(entry);
  }

  /** Removes rule `id`; false when there was none. */
  remove(id: string): boolean {
    const gone = this.entries.find((entry) => entry.rule.id === id);
    if (!gone) return false;
    this.entries = this.entries.filter((entry) => entry !== gone);
    this.budget.release(gone.bytes);
    return true;
  }

  /** Forgets every rule. */
  clear(): void {
    this.entries = [];
    this.counter = 0;
    this.budget.reset();
  }

  /**
   * The decision of the rules for `request`, or undefined when none matches. Every active rule whose
   * criteria hold counts the request as seen, even when an earlier rule answers it, so `call: n` means the
   * n-th matching request whatever other rules do; only the rules that act count a hit.
   */
  match(request: RuleRequest): RuleDecision | undefined {
    let delay = 0;
    let delayRule: string | undefined;
    let decision: RuleDecision | undefined;
    for (const entry of this.entries) {
      const { rule } = entry;
      if (rule.times !== undefined && entry.hits >= rule.times) continue;
      if (!matches(entry, request)) continue;
      entry.seen++;
      if (decision || entry.seen < (rule.match?.call ?? 1)) continue;
      entry.hits++;
      const { delay: own, ...answer } = rule.answer;
      delay += delayMs(own);
      if (answer.errcode !== undefined || answer.session || answer.fault) {
        decision = { ruleId: rule.id, delayMs: delay, answer };
      } else {
        delayRule ??= rule.id;
      }
    }
    if (decision) return decision;
    return delayRule === undefined
      ? undefined
      : { ruleId: delayRule, delayMs: delay, answer: undefined };
  }

  private freshId(): string {
    let id: string;
    do id = `rule-${++this.counter}`;
    while (this.entries.some((entry) => entry.rule.id === id));
    return id;
  }
}

function matches(entry: Entry, request: RuleRequest): boolean {
  const { match } = entry.rule;
  if (!match) return true;
  if (match.method !== undefined && match.method !== request.method) return false;
  if (entry.pathTest && !entry.pathTest(request)) return false;
  for (const [name, value] of entry.query) if (request.query[name] !== value) return false;
  for (const [name, value] of entry.headers) if (request.headers[name] !== value) return false;
  return true;
}

function stateOf(entry: Entry): ControlRuleState {
  const { times } = entry.rule;
  const state: ControlRuleState = {
    rule: entry.rule,
    seen: entry.seen,
    hits: entry.hits,
    active: times === undefined || entry.hits < times,
  };
  if (times !== undefined) state.remaining = times - entry.hits;
  return state;
}

/** Checks a start-up delay (the latency option) the way a rule's delay is checked. */
export function checkLatency(delay: ControlDelay): ControlDelay {
  const checked = checkControl('ControlDelay', delay, 'latency');
  checkDelay(checked, 'latency');
  return checked;
}
