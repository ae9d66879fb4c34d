/**
 * The mutations the suite must catch: each plays a broken firmware or a meddling proxy in front of the mock,
 * names the checks that catch it, the exit code and the words that name the fault. mutations.test.ts drives
 * the CLI through every row; MUTATIONS.md is the same table for people (a test keeps the two in step).
 */
import { CONVERSATION_MUTATIONS } from './conversation-mutations.js';
import { ENVELOPE_MUTATIONS } from './envelope-mutations.js';
import { MESSAGE_MUTATIONS } from './message-mutations.js';
import type { Mutation } from './mutation.js';
import { SESSION_MUTATIONS } from './session-mutations.js';

export type { Mutation } from './mutation.js';

/** Every mutation, one row each. */
export const MUTATIONS: readonly Mutation[] = [
  ...ENVELOPE_MUTATIONS,
  ...SESSION_MUTATIONS,
  ...MESSAGE_MUTATIONS,
  ...CONVERSATION_MUTATIONS,
];
