import { describe, expect, it } from 'vitest';
import type { SoakClient } from './soak-client.js';
import { SoakControl } from './soak-control.js';
import { SoakStats } from './soak-traffic.js';

/** A control API whose journal holds `kept` entries of `total` recorded, `capacity` at most. */
function journalOf(capacity: number, total: number, kept: number): SoakClient {
  const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ seq: i }));
  const fake = {
    control: (_method: string, path: string) => {
      const limit = /limit=(\d+)/.exec(path)?.[1];
      const shown = limit === undefined ? kept : Math.min(kept, Number(limit));
      return Promise.resolve({ capacity, total, entries: entries(shown) });
    },
  };
  return fake as unknown as SoakClient;
}

describe('the soak journal check', () => {
  it('fails when a full read holds more entries than the capacity, even if limited reads look fine', async () => {
    const control = new SoakControl(journalOf(1000, 5000, 1001), new SoakStats());
    await control.journal();
    expect(control.maxJournalEntries).toBe(1001);
    expect(control.journalBounded).toBe(false);
  });

  it('fails when fewer requests were recorded than the ring holds, so the bound was never tested', async () => {
    const control = new SoakControl(journalOf(1000, 400, 400), new SoakStats());
    await control.journal();
    expect(control.journalWrapped).toBe(false);
    expect(control.journalBounded).toBe(false);
  });

  it('holds when the ring wrapped and kept exactly its capacity', async () => {
    const control = new SoakControl(journalOf(1000, 5000, 1000), new SoakStats());
    await control.journal();
    expect(control.journalBounded).toBe(true);
  });
});
