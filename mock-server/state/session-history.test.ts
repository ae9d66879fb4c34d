import { describe, expect, it } from 'vitest';
import { HISTORY_SHAPES } from '../../fixtures/history-shape.js';
import { jsonTextOf } from '../core/json-text.js';
import { PAGE_CACHE_SIZE, PLAN_CACHE_SIZE, SessionHistories } from './session-history.js';
import { SessionStore } from './session-store.js';
import { ByteBudget } from './store-budget.js';

function histories(count = 48, budget = 1_000_000) {
  const store = new SessionStore(1, count, new ByteBudget('sessions', budget));
  return { store, histories: new SessionHistories(store) };
}

describe('SessionHistories', () => {
  it('serves a page with its JSON text, frozen, and the same value when asked again', () => {
    const { histories: h } = histories();
    const page = h.page(7, 5);
    expect(page).toBeDefined();
    expect(jsonTextOf(page)).toBe(JSON.stringify(page));
    expect(Object.isFrozen(page)).toBe(true);
    expect(Object.isFrozen(page?.records[0])).toBe(true);
    expect(h.page(7, 5)).toBe(page);
    expect(h.page(7, 4)).not.toBe(page);
    expect(h.page(49, 5)).toBeUndefined();
  });

  it('plans a session again when it changes, and pages it anew', () => {
    const { store, histories: h } = histories();
    const before = h.page(2, 3);
    const record = store.get(2);
    if (!record) throw new Error('no session 2');
    store.put({ info: record.info, state: { ...record.state, is_close: 1 } });
    const after = h.page(2, 3);
    expect(after).not.toBe(before);
    expect([2, 3]).toContain(after?.records[0]?.msg_type);
    h.putShape(2, { shape: HISTORY_SHAPES.long, name: 'long', lastMsgIdBefore: 0 });
    expect(h.page(2, 3)).not.toBe(after);
  });

  it('keeps its caches bounded however many sessions and pages are asked for', () => {
    const { histories: h } = histories(1_000_000);
    for (let id = 1; id <= PAGE_CACHE_SIZE + PLAN_CACHE_SIZE; id++) h.page(id, 2);
    const internals = h as unknown as { plans: Map<number, unknown>; pages: Map<string, unknown> };
    expect(internals.plans.size).toBeLessThanOrEqual(PLAN_CACHE_SIZE);
    expect(internals.pages.size).toBeLessThanOrEqual(PAGE_CACHE_SIZE);
  });

  it('charges shapes to the sessions budget and gives the bytes back', () => {
    const { store, histories: h } = histories(48, 10_000);
    h.putShape(1, { shape: { count: 30 }, lastMsgIdBefore: 1 });
    const used = store.budget.used;
    expect(used).toBeGreaterThan(0);
    h.putShape(1, { shape: { count: 31 }, lastMsgIdBefore: 1 });
    expect(store.budget.used).toBe(used);
    expect(h.removeShape(1)?.shape).toEqual({ count: 31 });
    expect(store.budget.used).toBe(0);
    expect(() =>
      h.putShape(2, {
        shape: { newest: [{ from: 'api', msg_body: 'x'.repeat(20_000) }] },
        lastMsgIdBefore: 2,
      }),
    ).toThrow(/sessions store is full/);
  });
});
