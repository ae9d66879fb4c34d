/** The state every device handler works on, and how it renders what only one channel fills. */
import type { CatalogueEntry } from '../../schemas/error-catalogue.js';
import type { MockClock } from './clock.js';
import type { SessionHistories } from './session-history.js';
import type { SessionStore } from './session-store.js';
import type { TokenStore } from './token-store.js';

/** OPEN: how fields that only one channel fills look on other channels; see SessionInfo's $comments. */
export type EmptyFieldStyle = 'blank' | 'omit';

/** The state every handler works on. */
export interface PbxState {
  readonly clock: MockClock;
  readonly tokens: TokenStore;
  readonly sessions: SessionStore;
  /** Sessions' message histories: generated on demand, in the shapes the control API put on some. */
  readonly histories: SessionHistories;
  readonly emptyFields: EmptyFieldStyle;
  /** The catalogue plus configured extra errcodes. */
  readonly catalogue: ReadonlyMap<number, CatalogueEntry>;
}
