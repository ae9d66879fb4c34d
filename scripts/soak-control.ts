/**
 * The soak's control traffic, through the control API as a test suite drives it: the test clock moves 31
 * minutes at a time (tokens expire; after 24 h of mock time refresh tokens do too), sessions are added,
 * patched and removed, rules come and go, the journal is read and cleared, and now and then everything is
 * reset. Fault and errcode rules for the device workers are installed at start and after every reset.
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
  entries: unknown[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The control side of one soak run. */
export class SoakControl {
  private template: Record<string, unknown> = {};
  private journalReads = 0;
  /** Most entries a full journal read held; must never pass the capacity. */
  maxJournalEntries = 0;
  journalCapacity = 0;
  /** A full read saw more requests recorded than the ring holds: without that the bound was never tested. */
  journalWrapped = false;

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

  /** The journal kept at most its capacity while more requests than that were recorded. */
  get journalBounded(): boolean {
    return this.journalWrapped && this.maxJournalEntries <= this.journalCapacity;
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
    const full = await this.client.control<JournalSnapshot>(
      'GET',
      '/__mock/journal',
      undefined,
      200,
    );
    this.journalCapacity = full.capacity;
    this.maxJournalEntries = Math.max(this.maxJournalEntries, full.entries.length);
    if (full.total > full.capacity) this.journalWrapped = true;
    if (++this.journalReads % 15 === 0) {
      await this.client.control('DELETE', '/__mock/journal', undefined, 204);
    }
  }

  private async reset(): Promise<void> {
    await this.client.control('POST', '/__mock/reset', {}, 200);
    await this.installRules();
  }

  /** Runs every control loop until `stopAt`. */
  async run(stopAt: number): Promise<void> {
    await Promise.all([
      this.guarded('clock', CONTROL_PERIODS.clock, stopAt, () =>
        this.client.control('POST', '/__mock/clock', { advance: '31m' }, 200),
      ),
      this.guarded('churn', CONTROL_PERIODS.churn, stopAt, () => this.churn()),
      this.guarded('journal', CONTROL_PERIODS.journal, stopAt, () => this.journal()),
      (async () => {
        // the first reset comes one period in, not at once
        await sleep(Math.min(CONTROL_PERIODS.reset, Math.max(0, stopAt - Date.now())));
        await this.guarded('reset', CONTROL_PERIODS.reset, stopAt, () => this.reset());
      })(),
    ]);
  }
}
