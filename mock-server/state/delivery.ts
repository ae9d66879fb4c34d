/**
 * How the fake PBX delivers what message/send hands it: each message settles (delivery_status 1, or 2 with a
 * send_error) a fixed delay after it leaves, on the mock's clock, so a test steps through it with
 * POST /__mock/clock instead of sleeping. The outcome is decided when the message is sent (the reply window,
 * the delivery rules, the channel's send_rate) and read lazily: nothing runs in the background.
 */
import type {
  ControlDeliveryFailure,
  ControlDeliveryState,
} from '../../schemas/types.generated.js';

/** Default time from leaving the PBX to settling (OPEN: a device's depends on the provider). */
export const DEFAULT_DELIVERY_DELAY_MS = 2_000;

/** What a send beyond the channel's send_rate does: wait for the next free slot, or fail at once. */
export type OverRate = 'queue' | 'fail';

/** Delivery rules one mock holds at most. */
export const MAX_DELIVERY_FAILURES = 1_000;

/** What a message being sent looks like to the delivery rules. */
export interface Outgoing {
  readonly sessionId: number;
  readonly to: string;
  /** The channel's id and send_rate (messages per second), when the session's DID has one. */
  readonly channel: { readonly id: number; readonly sendRate: number } | undefined;
  /** A reason decided before delivery (the reply window): wins over the rules. */
  readonly refused?: string;
}

/** When and how a message settles. */
export interface Outcome {
  readonly settleAtMs: number;
  readonly status: 1 | 2;
  readonly sendError: string;
}

interface FailureEntry {
  readonly failure: ControlDeliveryFailure & { readonly id: string };
  hits: number;
}

/** The delivery side of one mock PBX: delay, send_rate slots and delivery rules. */
export class Delivery {
  private failures: FailureEntry[] = [];
  private counter = 0;
  /** The next free send slot of each channel (ms on the mock's clock). */
  private readonly slots = new Map<number, number>();

  constructor(
    readonly delayMs: number = DEFAULT_DELIVERY_DELAY_MS,
    readonly overRate: OverRate = 'queue',
  ) {
    if (!Number.isSafeInteger(delayMs) || delayMs < 0 || delayMs > 86_400_000) {
      throw new RangeError(`deliveryDelayMs must be an integer from 0 to 86400000; got ${delayMs}`);
    }
  }

  /** Adds a delivery rule (already checked against ControlDeliveryFailure); false when the id is taken. */
  addFailure(failure: ControlDeliveryFailure): 'added' | 'taken' | 'full' {
    if (this.failures.length >= MAX_DELIVERY_FAILURES) return 'full';
    const id = failure.id ?? this.freshId();
    if (this.failures.some((entry) => entry.failure.id === id)) return 'taken';
    this.failures.push({ failure: { ...failure, id }, hits: 0 });
    return 'added';
  }

  /** Forgets every delivery rule. */
  clearFailures(): void {
    this.failures = [];
    this.counter = 0;
  }

  /** Decides the outcome of `message` leaving at `nowMs`; consumes a matching rule's turn. */
  decide(message: Outgoing, nowMs: number): Outcome {
    let leavesAt = nowMs;
    let sendError = message.refused;
    if (sendError === undefined && message.channel && message.channel.sendRate > 0) {
      const { id, sendRate } = message.channel;
      const free = Math.max(nowMs, this.slots.get(id) ?? nowMs);
      if (free > nowMs && this.overRate === 'fail') {
        sendError = 'too_many_request';
      } else {
        leavesAt = free;
        this.slots.set(id, free + Math.ceil(1000 / sendRate));
      }
    }
    if (sendError === undefined) {
      const entry = this.failures.find((e) => isActive(e) && matches(e.failure, message));
      if (entry) {
        entry.hits++;
        sendError = entry.failure.send_error;
      }
    }
    return {
      settleAtMs: leavesAt + this.delayMs,
      status: sendError === undefined ? 1 : 2,
      sendError: sendError ?? '',
    };
  }

  /** The delivery state as GET /__mock/delivery shows it (the store's figures filled in by the caller). */
  state(
    stored: Pick<ControlDeliveryState, 'stored_messages' | 'stored_bytes' | 'budget_bytes'>,
  ): ControlDeliveryState {
    return {
      delay_ms: this.delayMs,
      over_rate: this.overRate,
      failures: this.failures.map((entry) => ({
        failure: entry.failure,
        hits: entry.hits,
        active: isActive(entry),
      })),
      ...stored,
    };
  }

  /** Back to no rules and free channels. */
  reset(): void {
    this.clearFailures();
    this.slots.clear();
  }

  private freshId(): string {
    let id: string;
    do id = `failure-${++this.counter}`;
    while (this.failures.some((entry) => entry.failure.id === id));
    return id;
  }
}

function isActive(entry: FailureEntry): boolean {
  return entry.failure.times === undefined || entry.hits < entry.failure.times;
}

function matches(failure: ControlDeliveryFailure, message: Outgoing): boolean {
  if (failure.to !== undefined && failure.to !== message.to) return false;
  if (failure.session_id !== undefined && failure.session_id !== message.sessionId) return false;
  return true;
}
