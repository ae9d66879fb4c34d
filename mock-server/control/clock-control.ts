/**
 * The test clock from outside: POST /__mock/clock {"advance": "31m"} moves the mock's time forward (the `ms`
 * package reads the duration), {"reset": true} returns to real time. Token expiry and refresh paths are then
 * tested in milliseconds instead of half an hour.
 */
import ms from 'ms';
import type { StringValue } from 'ms';
import type { ControlClockState } from '../../schemas/types.generated.js';
import { LATEST_CLOCK_MS } from '../state/clock.js';
import type { MockClock } from '../state/clock.js';
import { badControlRequest, checkControl } from '../core/control-validate.js';

/** The clock as GET /__mock/clock answers it. */
export function clockState(clock: MockClock): ControlClockState {
  const now = clock.now();
  const offset = clock.offset();
  return { now: new Date(now).toISOString(), now_ms: now, offset_ms: offset, offset: ms(offset) };
}

/** The longest advance at once: 100 years, as the schema caps an integer advance. */
export const MAX_ADVANCE_MS = 3_153_600_000_000;

/** Milliseconds of a duration ("31m", "24h", "90s", or a number of ms); throws the 400 naming `field`. */
export function durationMs(value: string | number, field: string): number {
  const parsed = typeof value === 'number' ? value : ms(value.trim() as StringValue);
  // past 100 years (the schema's integer maximum) the clock would leave Date's range and break every clock read
  if (
    typeof parsed !== 'number' ||
    !Number.isFinite(parsed) ||
    parsed < 0 ||
    parsed > MAX_ADVANCE_MS
  ) {
    throw badControlRequest(
      [
        {
          field,
          message:
            'must be a duration such as "31m", "24h", "1d" or "90s", or ms >= 0, at most 100 years',
        },
      ],
      'body',
    );
  }
  return Math.round(parsed);
}

/** Applies a POST /__mock/clock body to `clock` and returns the new state. */
export function applyClockRequest(clock: MockClock, body: unknown): ControlClockState {
  const request = checkControl('ControlClockRequest', body, 'body');
  if (request.reset) clock.reset();
  if (request.advance !== undefined) {
    const advance = durationMs(request.advance, 'advance');
    // checked here as well as in clock.advance, so the caller gets a 400 naming the field
    if (clock.now() + advance > LATEST_CLOCK_MS) {
      throw badControlRequest(
        [
          {
            field: 'advance',
            message: `would move the clock past ${new Date(LATEST_CLOCK_MS).toISOString()}, near the last date JavaScript knows`,
          },
        ],
        'body',
      );
    }
    clock.advance(advance);
  }
  return clockState(clock);
}
