/** The state every device handler works on, and how it renders what only one channel fills. */
import type { CatalogueEntry } from '../../schemas/error-catalogue.js';
import type { MockClock } from './clock.js';
import type { DeviceFacts } from './device-facts.js';
import type { ConversationStore } from './conversation-store.js';
import type { SessionHistories } from './session-history.js';
import type { SessionStore } from './session-store.js';
import type { TokenStore } from './token-store.js';
import type { UploadRules, UploadStore } from './upload-store.js';

/** OPEN: how fields that only one channel fills look on other channels; see SessionInfo's $comments. */
export type EmptyFieldStyle = 'blank' | 'omit';

/** The state every handler works on. */
export interface PbxState {
  readonly clock: MockClock;
  readonly tokens: TokenStore;
  readonly sessions: SessionStore;
  /** Sessions' message histories: generated on demand, in the shapes the control API put on some. */
  readonly histories: SessionHistories;
  /** Messages written since start (sent, the customer's, system messages) and their delivery. */
  readonly conversations: ConversationStore;
  readonly emptyFields: EmptyFieldStyle;
  /** The catalogue plus configured extra errcodes. */
  readonly catalogue: ReadonlyMap<number, CatalogueEntry>;
  /** What system/information says about the device. */
  readonly device: DeviceFacts;
  /** The files message/batchupload kept, and how it reads and serves them. */
  readonly uploads: UploadStore;
  readonly uploadRules: UploadRules;
  /** When the device "started" (clock milliseconds): system/information's up_time counts from here. */
  readonly startedAt: number;
  /** OPEN: message/send's answer: data.msg_id as a string (default, as one public client reads it) or a number. */
  readonly sendAnswer: SendAnswerStyle;
  /** OPEN errcodes of message_session/close and transfer (decisions/010). */
  readonly sessionActionErrcodes: SessionActionErrcodes;
}

/** OPEN: how message/send's answer carries msg_id. */
export type SendAnswerStyle = 'string' | 'number';

/** OPEN: what close and transfer answer when the device refuses. */
export interface SessionActionErrcodes {
  /** Closing a session that is closed already (default 10009 OPERATION FAILED). */
  readonly alreadyClosed: number;
  /** Transferring a closed session (default 10009 OPERATION FAILED). */
  readonly transferClosed: number;
  /** Transferring to an extension or queue the PBX does not have (default 60001 DATA NOT FOUND). */
  readonly unknownDestination: number;
}
