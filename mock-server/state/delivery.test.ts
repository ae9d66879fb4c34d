import { describe, expect, it } from 'vitest';
import { Delivery } from './delivery.js';

const channel = { id: 1, sendRate: 2 };
const message = { sessionId: 7, to: '+15550100', channel };

describe('Delivery', () => {
  it('settles a message the delay after it leaves, delivered when nothing refuses it', () => {
    const delivery = new Delivery(1_000);
    expect(delivery.decide(message, 10_000)).toEqual({
      settleAtMs: 11_000,
      status: 1,
      sendError: '',
    });
  });

  it("queues sends beyond the channel's send_rate for its next free slot (1000 / rate ms apart)", () => {
    const delivery = new Delivery(1_000);
    const settles = [0, 1, 2].map(() => delivery.decide(message, 10_000).settleAtMs);
    expect(settles).toEqual([11_000, 11_500, 12_000]);
    // another channel has its own slots
    expect(
      delivery.decide({ ...message, channel: { id: 2, sendRate: 2 } }, 10_000).settleAtMs,
    ).toBe(11_000);
    // once the slots are past, a send leaves at once
    expect(delivery.decide(message, 20_000).settleAtMs).toBe(21_000);
  });

  it('fails sends beyond send_rate with too_many_request when over_rate is fail', () => {
    const delivery = new Delivery(1_000, 'fail');
    expect(delivery.decide(message, 10_000).status).toBe(1);
    expect(delivery.decide(message, 10_000)).toMatchObject({
      status: 2,
      sendError: 'too_many_request',
    });
  });

  it('applies the first active delivery rule that matches, counting its turns', () => {
    const delivery = new Delivery(0);
    expect(delivery.addFailure({ to: '+15550199', send_error: 'invalid_phone_number' })).toBe(
      'added',
    );
    expect(delivery.addFailure({ send_error: 'send_fail', times: 1 })).toBe('added');
    expect(delivery.addFailure({ id: 'failure-2', send_error: 'x' })).toBe('taken');
    const free = { ...message, channel: undefined };
    expect(delivery.decide({ ...free, to: '+15550199' }, 0).sendError).toBe('invalid_phone_number');
    expect(delivery.decide(free, 0).sendError).toBe('send_fail');
    expect(delivery.decide(free, 0).sendError).toBe('');
    const state = delivery.state({ stored_messages: 0, stored_bytes: 0, budget_bytes: 0 });
    expect(state.failures.map((f) => [f.failure.id, f.hits, f.active])).toEqual([
      ['failure-1', 1, true],
      ['failure-2', 1, false],
    ]);
  });

  it('lets a reason decided before delivery (the reply window) win over rules and slots', () => {
    const delivery = new Delivery(500);
    delivery.addFailure({ send_error: 'send_fail' });
    expect(delivery.decide({ ...message, refused: 'exceeds_time_limit' }, 0)).toEqual({
      settleAtMs: 500,
      status: 2,
      sendError: 'exceeds_time_limit',
    });
    expect(
      delivery.state({ stored_messages: 0, stored_bytes: 0, budget_bytes: 0 }).failures[0]?.hits,
    ).toBe(0);
  });

  it('refuses a delay outside 0 to 24 h', () => {
    expect(() => new Delivery(-1)).toThrow(RangeError);
    expect(() => new Delivery(86_400_001)).toThrow(RangeError);
  });
});
