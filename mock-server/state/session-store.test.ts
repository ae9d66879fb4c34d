import { describe, expect, it } from 'vitest';
import { generateSession } from '../../fixtures/generate-session.js';
import type { SessionRecord } from '../../fixtures/session-record.js';
import { ByteBudget, MAX_BUDGET } from './store-budget.js';
import { SessionStore } from './session-store.js';

function withId(record: SessionRecord, id: number): SessionRecord {
  return { info: { ...record.info, id }, state: record.state };
}

describe('SessionStore ids', () => {
  it('hands out the next id above every id it ever held, removed ones included', () => {
    const store = new SessionStore(1, 48);
    const template = generateSession(1, 1);
    expect(store.nextId()).toBe(2863);
    store.put(withId(template, 5000));
    store.put(withId(template, 3000));
    expect(store.nextId()).toBe(5001);
    store.remove(5000);
    expect(store.nextId()).toBe(5001);
  });

  it('lists added ids in order among the seeded ones, once each, skipping removed ones', () => {
    const store = new SessionStore(1, 3);
    const template = generateSession(1, 1);
    for (const id of [10, 7, 10, 4000, 2]) store.put(withId(template, id));
    store.remove(7);
    expect([...store.idsDescending()]).toEqual([4000, 2862, 10, 3, 2, 1]);
    expect([...store.idsDescending(9)]).toEqual([3, 2, 1]);
  });

  it('keeps nextId working after 200,000 added sessions (no spread of every id)', () => {
    // ~1 kB each: 200 MB, past the default budget
    const store = new SessionStore(1, 48, new ByteBudget('sessions', MAX_BUDGET));
    const template = generateSession(1, 1);
    for (let i = 0; i < 200_000; i++) store.put(withId(template, store.nextId()));
    expect(store.nextId()).toBe(2862 + 200_001);
    expect(store.get(2862 + 200_000)?.info.id).toBe(2862 + 200_000);
  });
});
