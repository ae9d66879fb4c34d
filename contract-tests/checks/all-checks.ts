/**
 * Every check, in the order a run makes them: the run's own login first, the device, the reads (sessions, their messages, channels), the error probes, the
 * mock-only checks, the conversation checks (mutating: always on the mock, on a device only with
 * --allow-mutating), and last the flows that spend extra tokens (a device may let a new token revoke older
 * ones, OPEN, so they must not come before the reads that need the run's token).
 */
import type { Check } from '../check.js';
import { DEVICE_CHECKS } from './device-checks.js';
import { CHANNEL_CHECKS } from './channel-checks.js';
import { CONVERSATION_CHECKS } from './conversation-checks.js';
import { ERROR_CHECKS } from './error-checks.js';
import { MESSAGE_CHECKS } from './message-checks.js';
import { MESSAGE_MOCK_CHECKS } from './message-mock-checks.js';
import { MOCK_CHECKS } from './mock-checks.js';
import { SESSION_CHECKS } from './session-checks.js';
import { TOKEN_CHECKS, TOKEN_FLOW_CHECKS } from './token-checks.js';

/** The contract, as data. */
export const ALL_CHECKS: readonly Check[] = [
  ...TOKEN_CHECKS,
  ...DEVICE_CHECKS,
  ...SESSION_CHECKS,
  ...MESSAGE_CHECKS,
  ...CHANNEL_CHECKS,
  ...ERROR_CHECKS,
  ...MOCK_CHECKS,
  ...MESSAGE_MOCK_CHECKS,
  ...CONVERSATION_CHECKS,
  ...TOKEN_FLOW_CHECKS,
];
