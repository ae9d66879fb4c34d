/**
 * The soak's control traffic, through the control API as a test suite drives it: the test clock moves 31
 * minutes at a time (tokens expire; after 24 h of mock time refresh tokens do too), sessions are added,
 * patched and removed, rules come and go, the journal is read and cleared, and now and then everything is
 * reset. Fault and errcode rules for the device workers are installed at start and after every reset, and
 * then every store is filled to its byte budget (sessions and rules until 409 PBX_MOCK_STORE_FULL, the
 * journal with long request lines, the messages store with sends of 4,000-character messages until 60002),
 * so memory is measured with the stores full.
 */
import type { SoakClient } from './soak-client.js';
import { DEVICE_HEADERS } from './soak-client.js';
import { ERRCODE_HEADER, FAULT_HEADER, FAULT_TYPES, RULE_ERRCODE } from './soak-traffic.js';
import type { SoakStats } from './soak-traffic.js';

/** How often each control loop acts, in ms. */
export const CONTROL_PERIODS = {
  clock: 500,
  churn: 200,
  journal: 1_000,
  reset: 60_000,
} as const;

interface JournalSnapshot {
  capacity: number;
  total: number;
  budget_bytes?: number;
  used_bytes?: number;
  entries: unknown[];
}

/** Size of each filler session's channel_name: well under the 1 MB control body limit. */
export const FILL_SESSION_BYTES = 500_000;

/** Headers per filler rule (the schema's most), of 1,000 characters each. */
const FILL_RULE_HEADERS = 16;

/** Query padding of the device requests that fill the journal (the request line stays under 16 kB). */
const FILL_URL_BYTES = 13_000;

/** Body of each filler message (the guide's longest msg_body the mock takes is 4096). */
const FILL_MESSAGE_BYTES = 4_000;

/** How full each store was after the last fill. */
export interface FillReport {
  fills: number;
  sessionsAdded: number;
  rulesAdded: number;
  /** Messages sent to fill the messages store (until message/send answered 60002). */
  messagesAdded: number;
  /** Every fill of sessions and rules ended with 409 PBX_MOCK_STORE_FULL. */
  everyFillHitBudget: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The control side of one soak run. */
export class SoakControl {
  private template: Record<string, unknown> = {};
  private journalReads = 0;
  /** Most entries a full journal read held; must never pass the capacity. */
  maxJournalEntries = 0;
  journalCapacity = 0;
  /** A full read saw more requests recorded than it kept: without that the bound was never tested. */
  journalWrapped = false;
  /** Most bytes the journal was charged at a read, and its budget. */
  maxJournalBytes = 0;
  journalBudget = 0;
  readonly fill: FillReport = {
    fills: 0,
    sessionsAdded: 0,
    rulesAdded: 0,
    messagesAdded: 0,
    everyFillHitBudget: true,
  };

  constructor(
    private readonly client: SoakClient,
    private readonly stats: SoakStats,
  ) {}

  /** Installs the rules the workers' fault and errcode requests match. */
  async installRules(): Promise<void> {
    for (const type of FAULT_TYPES) {
      await this.client.control(
        'POST',
        '/__mock/rules',
        {
          id: `soak-fault-${type}`,
          match: { headers: { [FAULT_HEADER]: type } },
          answer: { fault: { type } },
        },
        201,
      );
    }
    await this.client.control(
      'POST',
      '/__mock/rules',
      {
        id: 'soak-errcode',
        match: { headers: { [ERRCODE_HEADER]: '1' } },
        answer: { errcode: RULE_ERRCODE },
      },
      201,
    );
  }

  /** Reads session 1 as the template for added sessions and installs the rules. */
  async setUp(): Promise<void> {
    const view = await this.client.control<{ info: Record<string, unknown> }>(
      'GET',
      '/__mock/sessions/1',
      undefined,
      200,
    );
    const { id: _id, ...info } = view.info;
    this.template = info;
    await this.installRules();
    await this.fillStores();
  }

  /**
   * Adds with `add` until the store answers 409 PBX_MOCK_STORE_FULL, then removes the last one with
   * `remove`, so the churn's small adds still fit; returns how many were added.
   */
  private async fillUntilFull(
    add: () => Promise<{ status: number; body: string }>,
    remove: (body: string) => Promise<unknown>,
  ): Promise<number> {
    let added = 0;
    let last = '';
    for (;;) {
      const answer = await add();
      if (answer.status === 409 && answer.body.includes('PBX_MOCK_STORE_FULL')) break;
      if (answer.status !== 201) {
        this.fill.everyFillHitBudget = false;
        throw new Error(`filling answered ${answer.status}: ${answer.body.slice(0, 160)}`);
      }
      added++;
      last = answer.body;
      if (added > 100_000) {
        this.fill.everyFillHitBudget = false;
        return added;
      }
    }
    if (last !== '') await remove(last);
    return added;
  }

  /** Fills the sessions and rules stores to their byte budgets, and the journal to its budget. */
  async fillStores(): Promise<void> {
    // the bytes go in channel_name, which list and search items leave out: the workers' pages stay small
    const big = { ...this.template, channel_name: 'f'.repeat(FILL_SESSION_BYTES) };
    this.fill.sessionsAdded = await this.fillUntilFull(
      () => this.client.call('POST', '/__mock/sessions', { body: { info: big } }),
      (body) => {
        const id = (JSON.parse(body) as { info: { id: number } }).info.id;
        return this.client.control('DELETE', `/__mock/sessions/${id}`, undefined, 204);
      },
    );
    const headers = Object.fromEntries(
      Array.from({ length: FILL_RULE_HEADERS }, (_, i) => [`x-soak-fill-${i}`, 'f'.repeat(1000)]),
    );
    this.fill.rulesAdded = await this.fillUntilFull(
      () =>
        this.client.call('POST', '/__mock/rules', {
          body: { match: { headers }, answer: { errcode: RULE_ERRCODE } },
        }),
      (body) => {
        const id = (JSON.parse(body) as { rule: { id: string } }).rule.id;
        return this.client.control('DELETE', `/__mock/rules/${id}`, undefined, 204);
      },
    );
    await this.fillJournal();
    this.fill.messagesAdded = await this.fillMessages();
    this.fill.fills++;
  }

  /** Sends 4,000-character messages, 50 at a time, until message/send answers 60002 (the messages budget). */
  private async fillMessages(): Promise<number> {
    // the clock loop moves 31 minutes every half second: the token is renewed whenever it expires
    const login = async () => {
      const answer = await this.client.call('POST', '/openapi/v1.0/get_token', {
        headers: DEVICE_HEADERS,
        body: { username: 'mock-client-id', password: 'mock-client-secret' },
      });
      return String((JSON.parse(answer.body) as { access_token?: unknown }).access_token);
    };
    let token = await login();
    const body = { sender_type: 9, session_id: 2862, msg_body: 'm'.repeat(FILL_MESSAGE_BYTES) };
    let added = 0;
    for (let round = 0; round < 4_000; round++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          this.client.call('POST', `/openapi/v1.0/message/send?access_token=${token}`, {
            headers: DEVICE_HEADERS,
            body,
          }),
        ),
      );
      const errcodes = answers.map((a) => (JSON.parse(a.body) as { errcode?: unknown }).errcode);
      added += errcodes.filter((code) => code === 0).length;
      if (errcodes.includes(60002)) {
        await this.client.call('GET', `/openapi/v1.0/del_token?access_token=${token}`, {
          headers: DEVICE_HEADERS,
        });
        return added;
      }
      if (errcodes.includes(10004)) token = await login();
      if (errcodes.some((code) => code !== 0 && code !== 10004)) {
        this.fill.everyFillHitBudget = false;
        throw new Error(`filling the messages store answered ${errcodes.join(',')}`);
      }
    }
    this.fill.everyFillHitBudget = false;
    return added;
  }

  /** Long device requests until the journal is charged within one request line of its budget. */
  private async fillJournal(): Promise<void> {
    const path = `/openapi/v1.0/message_session/get?id=1&pad=${'j'.repeat(FILL_URL_BYTES)}`;
    for (let round = 0; round < 1_000; round++) {
      const state = await this.client.control<JournalSnapshot>(
        'GET',
        '/__mock/journal?limit=1',
        undefined,
        200,
      );
      const budget = state.budget_bytes ?? 0;
      if ((state.used_bytes ?? 0) >= budget - 2 * FILL_URL_BYTES) return;
      await Promise.all(
        Array.from({ length: 50 }, () =>
          this.client.call('GET', path, { headers: DEVICE_HEADERS }),
        ),
      );
    }
    throw new Error('the journal never filled to its budget');
  }

  private async guarded(name: string, period: number, stopAt: number, act: () => Promise<void>) {
    while (Date.now() < stopAt) {
      try {
        await act();
        this.stats.count(`control:${name}`);
      } catch (error) {
        this.stats.fail(`control ${name}: ${(error as Error).message.slice(0, 160)}`);
      }
      await sleep(Math.min(period, Math.max(0, stopAt - Date.now())));
    }
  }

  private resets = 0;

  /** A churn round, which a concurrent reset may cut short (its session or rule is then gone: 404). */
  private async churnRound(): Promise<void> {
    const before = this.resets;
    try {
      await this.churn();
    } catch (error) {
      if (this.resets !== before && /answered 404/.test((error as Error).message)) {
        this.stats.count('control:churn-cut-by-reset');
        return;
      }
      throw error;
    }
  }

  private async churn(): Promise<void> {
    const added = await this.client.control<{ info: { id: number } }>(
      'POST',
      '/__mock/sessions',
      { info: this.template },
      201,
    );
    const id = added.info.id;
    await this.client.control('PATCH', `/__mock/sessions/${id}`, { state: { is_close: 1 } }, 200);
    const seen = await this.client.call('GET', `/openapi/v1.0/message_session/get?id=${id}`, {
      headers: { ...DEVICE_HEADERS, prefer: 'errcode=60001' },
    });
    if (seen.status !== 200) throw new Error(`forced answer HTTP ${seen.status}`);
    await this.client.control('DELETE', `/__mock/sessions/${id}`, undefined, 204);
    const state = await this.client.control<{ rule: { id: string } }>(
      'POST',
      '/__mock/rules',
      { match: { headers: { 'x-soak-churn': '1' } }, answer: { errcode: 60002 }, times: 3 },
      201,
    );
    await this.client.control('DELETE', `/__mock/rules/${state.rule.id}`, undefined, 204);
  }

  /** The journal kept at most its capacity and its byte budget, while it had to forget entries. */
  get journalBounded(): boolean {
    return (
      this.journalWrapped &&
      this.maxJournalEntries <= this.journalCapacity &&
      this.maxJournalBytes <= this.journalBudget
    );
  }

  /** A limited read (as a test reads it) and a full one (whose size is what the bound is about). */
  async journal(): Promise<void> {
    const recent = await this.client.control<JournalSnapshot>(
      'GET',
      '/__mock/journal?limit=20',
      undefined,
      200,
    );
    if (recent.entries.length > 20) throw new Error('the journal ignored limit=20');
    this.noteBytes(recent);
    // a full read of a journal at its budget is some 40 MB of JSON: every tenth time
    if (this.journalReads++ % 10 === 0) {
      const full = await this.client.control<JournalSnapshot>(
        'GET',
        '/__mock/journal',
        undefined,
        200,
      );
      this.journalCapacity = full.capacity;
      this.maxJournalEntries = Math.max(this.maxJournalEntries, full.entries.length);
      this.noteBytes(full);
      if (full.total > full.entries.length) this.journalWrapped = true;
    }
    if (this.journalReads % 45 === 0) {
      await this.client.control('DELETE', '/__mock/journal', undefined, 204);
      await this.fillJournal();
    }
  }

  private noteBytes(snapshot: JournalSnapshot): void {
    this.journalBudget = snapshot.budget_bytes ?? this.journalBudget;
    this.maxJournalBytes = Math.max(this.maxJournalBytes, snapshot.used_bytes ?? 0);
  }

  private async reset(): Promise<void> {
    this.resets++;
    await this.client.control('POST', '/__mock/reset', {}, 200);
    await this.installRules();
    await this.fillStores();
  }

  /** Runs every control loop until `stopAt`. */
  async run(stopAt: number): Promise<void> {
    await Promise.all([
      this.guarded('clock', CONTROL_PERIODS.clock, stopAt, () =>
        this.client.control('POST', '/__mock/clock', { advance: '31m' }, 200),
      ),
      this.guarded('churn', CONTROL_PERIODS.churn, stopAt, () => this.churnRound()),
      this.guarded('journal', CONTROL_PERIODS.journal, stopAt, () => this.journal()),
      (async () => {
        // the first reset comes one period in, not at once
        await sleep(Math.min(CONTROL_PERIODS.reset, Math.max(0, stopAt - Date.now())));
        await this.guarded('reset', CONTROL_PERIODS.reset, stopAt, () => this.reset());
      })(),
    ]);
  }
}
