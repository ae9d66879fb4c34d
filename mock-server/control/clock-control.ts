/**
 * The test clock from outside: POST /__mock/clock {"advance": "31m"} moves the mock's time forward (the `ms`
 * package reads the duration), {"reset": true} returns to real time. Token expiry and refresh paths are then
 * tested in milliseconds instead of half an hour.
 */
import ms from 'ms';
import type { StringValue } from 'ms';
import type { ControlClockState } from '../../schemas/types.generated.js';
import type { MockClock } from '../clock.js';
import { badControlRequest, checkControl } from './validate.js';

/** The clock as GET /__mock/clock answers it. */
export function clockState(clock: MockClock): ControlClockState {
  const now = clock.now();
  const offset = clock.offset();
  return { now: new Date(now).toISOString(), now_ms: now, offset_ms: offset, offset: ms(offset) };
}

/** Milliseconds of a duration ("31m", "24h", "90s", or a number of ms); throws the 400 naming `field`. */
export function durationMs(value: string | number, field: string): number {
  const parsed = typeof value === 'number' ? value : ms(value.trim() as StringValue);
  if (typeof parsed !== 'number' || !Number.isFinite(parsed) || parsed < 0) {
    throw badControlRequest(
      [{ field, message: 'must be a duration such as "31m", "24h", "1d" or "90s", or ms >= 0' }],
      'body',
    );
  }
  return Math.round(parsed);
}

/** Applies a POST /__mock/clock body to `clock` and returns the new state. */
export function applyClockRequest(clock: MockClock, body: unknown): ControlClockState {
  const request = checkControl('ControlClockRequest', body, 'body');
  if (request.reset) clock.reset();
  if (request.advance !== undefined) clock.advance(durationMs(request.advance, 'advance'));
  return clockState(clock);
}
