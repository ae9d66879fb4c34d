/**
 * The conversation state of one mock PBX: every message written since start or reset (sent through
 * message/send, written by the customer through the control API, or a system message the PBX writes on a
 * close, a transfer or a pick-up), kept per session on top of the session's generated history
 * (decisions/010). New msg_ids come from above every session's id block ((largest session id + 1) * 1000
 * upward, decisions/004), strictly increasing, so a session written to becomes the newest in list order and
 * its newest message is its last_msg_id. Delivery is decided at send time and read lazily from the mock's
 * clock (delivery.ts). What is kept is charged to the `messages` byte budget; reset forgets it all.
 */
import type {
  AgentInfo,
  FileInfo,
  MsgRecord,
  SenderInfo,
  SessionInfo,
  SessionListItem,
} from '../../schemas/types.generated.js';
import { channelOfDid } from '../../fixtures/channel-set.js';
import { IDS_PER_SESSION } from '../../fixtures/message-ids.js';
import { EXTENSIONS, MESSAGE_QUEUES, customerSender } from '../../fixtures/message-senders.js';
import type { Extension, MessageQueue } from '../../fixtures/message-senders.js';
import type { SessionRecord } from '../../fixtures/session-record.js';
import { toListItem } from '../../fixtures/session-record.js';
import type { MockClock } from './clock.js';
import { Delivery } from './delivery.js';
import type { Outcome } from './delivery.js';
import type { SessionStore } from './session-store.js';
import { ByteBudget, DEFAULT_BUDGETS, jsonBytes } from './store-budget.js';

/** The reply window of WhatsApp and Facebook sessions: 24 hours after the customer's last message (DOC). */
export const REPLY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** What a stored message is charged besides its JSON: the entry, its numbers and the order array. */
export const MESSAGE_ENTRY_BYTES = 96;

/** Sessions a join (message/send without session_id) looks through for an open one, newest first. */
export const JOIN_SEARCH_LIMIT = 10_000;

/**
 * The members of each message queue (OPEN: a device's queues are configured by the admin): what
 * `participants` holds while a session waits in the queue. Queue 6402 (Billing), where session 2862
 * waits, has its three agents.
 */
export const QUEUE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  '6400': ['1005', '1008'],
  '6401': ['1006', '1007'],
  '6402': ['1003', '1004', '1005'],
};

/** A message as stored: the record, and for an outbound message when and how it settles. */
interface StoredMessage {
  readonly record: MsgRecord;
  readonly outcome?: Outcome;
}

/** One session's conversation since start or reset. */
interface Conversation {
  readonly id: number;
  /**
   * The session as it was when first written to: its generated history is planned from this record, so a
   * close or a transfer changes the list, not the messages generated before it. Undefined when message/send
   * started the session: it has no generated history.
   */
  readonly base: SessionRecord | undefined;
  readonly messages: StoredMessage[];
  /** The extension number (or `api`) holding the session; null while queued or when unknown. */
  owner: string | null;
  /** When the reply window ends on the mock's clock (ms); -1 when the channel has none. */
  windowEndsMs: number;
  readMsgId: number;
  readTimeSeconds: number;
  bytes: number;
}

/** The PBX's extensions by number. */
export function extensionByNumber(number: string): Extension | undefined {
  return EXTENSIONS.find((extension) => extension.user_no === number);
}

/** The PBX's message queue with `number`, or undefined. */
export function queueOf(number: string): MessageQueue | undefined {
  return MESSAGE_QUEUES.find((queue) => queue.number === number);
}

/** A queue's members as Agent_Info, what `participants` holds while a session waits in it. */
export function queueParticipants(queue: MessageQueue): AgentInfo[] {
  return (QUEUE_MEMBERS[queue.number] ?? [])
    .map(extensionByNumber)
    .filter((e): e is Extension => e !== undefined)
    .map((e) => ({
      user_id: e.user_id,
      user_no: e.user_no,
      user_type: 1,
      avatar: '',
      username: e.username,
    }));
}

/** Whether session `record` waits in a queue (participants filled, DOC). */
export function isQueued(record: SessionRecord): boolean {
  return (record.info.participants ?? []).length > 0;
}

/** The messages written since start, per session, and the delivery that settles the sent ones. */
export class ConversationStore {
  private readonly conversations = new Map<number, Conversation>();
  /** Session ids with a conversation, oldest newest-message first (the list shows them from the end). */
  private order: number[] = [];
  private lastMsgId = 0;
  private messageCount = 0;

  constructor(
    private readonly sessions: SessionStore,
    private readonly clock: MockClock,
    readonly delivery: Delivery = new Delivery(),
    /** What stored messages may keep, in bytes of their JSON (DEFAULT_BUDGETS.messages by default). */
    readonly budget: ByteBudget = new ByteBudget('messages', DEFAULT_BUDGETS.messages),
  ) {}

  /** The mock's time (ms). */
  now(): number {
    return this.clock.now();
  }

  /** How many messages are stored. */
  get size(): number {
    return this.messageCount;
  }

  /** Whether session `id` has been written to since start (and still exists). */
  has(id: number): boolean {
    return this.live(id) !== undefined;
  }

  /**
   * The record session `id`'s generated history is planned from: the session as first written to, null when
   * message/send started it (no generated history), undefined when it was never written to (the live one).
   */
  baseRecord(id: number): SessionRecord | null | undefined {
    const conversation = this.live(id);
    if (!conversation) return undefined;
    return conversation.base ?? null;
  }

  /** The session's conversation, dropped when the session was removed meanwhile. */
  private live(id: number): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.sessions.get(id)) return conversation;
    this.forget(id);
    return undefined;
  }

  /** Session `id`'s conversation, started now when there is none; undefined when there is no such session. */
  private touch(id: number): Conversation | undefined {
    const existing = this.live(id);
    if (existing) return existing;
    const record = this.sessions.get(id);
    if (!record) return undefined;
    const now = this.clock.now();
    const { expire } = record.state;
    const conversation: Conversation = {
      id,
      base: record,
      messages: [],
      owner: null,
      windowEndsMs: expire < 0 ? -1 : now + expire * 1000,
      readMsgId: 0,
      readTimeSeconds: 0,
      bytes: 0,
    };
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** The next msg_id: above every session's id block and every id given before. */
  private nextMsgId(): number {
    const largestSession = this.sessions.largestId();
    this.lastMsgId = Math.max(this.lastMsgId + 1, (largestSession + 1) * IDS_PER_SESSION);
    // a session added from now on gets a block above this id
    this.sessions.raiseNextId(Math.floor(this.lastMsgId / IDS_PER_SESSION) + 1);
    return this.lastMsgId;
  }

  /** Seconds left in session `id`'s reply window now: -1 none, 0 expired. */
  expire(id: number, record: SessionRecord): number {
    const conversation = this.live(id);
    if (!conversation) return record.state.expire;
    if (conversation.windowEndsMs < 0) return -1;
    return Math.max(0, Math.ceil((conversation.windowEndsMs - this.clock.now()) / 1000));
  }

  /** Session `id` as it is now, or undefined. */
  session(id: number): SessionRecord | undefined {
    return this.sessions.get(id);
  }

  /** Who holds session `id` since start (extension number or api), or undefined. */
  owner(id: number): string | undefined {
    return this.live(id)?.owner ?? undefined;
  }

  /**
   * Writes a message into session `id`: `build` gets the new msg_id and the send time (Unix seconds) and
   * returns the record. The session's last_msg_id becomes the new id, so it moves to the top of the list.
   * Throws StoreFull when the messages budget is spent (nothing is written then).
   */
  write(
    id: number,
    build: (msgId: number, sendTime: number) => MsgRecord,
    outcome?: (record: MsgRecord) => Outcome,
  ): MsgRecord {
    const conversation = this.touch(id);
    const current = this.sessions.get(id);
    if (!conversation || !current) throw new Error(`no session ${id}`);
    const nowSeconds = Math.floor(this.clock.now() / 1000);
    // a size estimate before the id is taken, so a full store gives no id away
    const probe = build(0, nowSeconds);
    const bytes = jsonBytes(probe) + 16 + MESSAGE_ENTRY_BYTES;
    this.budget.take(bytes);
    const before = this.lastMsgId;
    const msgId = this.nextMsgId();
    // (a refused write below gives the id back; the raised floor of session ids may stay: harmless)
    try {
      this.sessions.put({ info: current.info, state: { ...current.state, last_msg_id: msgId } });
    } catch (error) {
      // the sessions store is full: nothing is written
      this.budget.release(bytes);
      this.lastMsgId = before;
      throw error;
    }
    const record = build(msgId, nowSeconds);
    conversation.messages.push(outcome ? { record, outcome: outcome(record) } : { record });
    conversation.bytes += bytes;
    this.messageCount++;
    const index = this.order.indexOf(id);
    if (index >= 0) this.order.splice(index, 1);
    this.order.push(id);
    return record;
  }

  /**
   * Throws StoreFull unless `bytes` more would fit the messages budget: an action that writes more than one
   * message checks first, so a full store refuses it whole instead of half done.
   */
  ensureRoom(bytes: number): void {
    this.budget.take(bytes);
    this.budget.release(bytes);
  }

  /** Changes session `id`'s record (participants, is_close) and who holds it; its conversation starts if needed. */
  update(
    id: number,
    change: (record: SessionRecord) => SessionRecord,
    owner?: string | null,
  ): SessionRecord | undefined {
    const conversation = this.touch(id);
    const record = this.sessions.get(id);
    if (!conversation || !record) return undefined;
    const changed = change(record);
    this.sessions.put(changed);
    if (owner !== undefined) conversation.owner = owner;
    return changed;
  }

  /** Opens session `id`'s reply window again (the customer wrote), where its channel has one. */
  openWindow(id: number): void {
    const conversation = this.touch(id);
    if (conversation && conversation.windowEndsMs >= 0) {
      conversation.windowEndsMs = this.clock.now() + REPLY_WINDOW_MS;
    }
  }

  /** The customer read session `id` up to `msgId` (the newest when absent); returns what is kept. */
  read(id: number, msgId?: number): { readMsgId: number; readTime: number } | undefined {
    const conversation = this.touch(id);
    const record = this.sessions.get(id);
    if (!conversation || !record) return undefined;
    conversation.readMsgId = Math.max(conversation.readMsgId, msgId ?? record.state.last_msg_id);
    conversation.readTimeSeconds = Math.floor(this.clock.now() / 1000);
    return { readMsgId: conversation.readMsgId, readTime: conversation.readTimeSeconds };
  }

  /**
   * Adds a session that message/send starts (no generated history below its messages). The caller writes
   * its first message at once, which gives it its last_msg_id.
   */
  startSession(info: SessionInfo, expire: number, owner: string): SessionRecord {
    const record: SessionRecord = {
      info,
      state: { is_close: 0, is_archived: 0, expire, last_msg_id: info.id * IDS_PER_SESSION },
    };
    this.sessions.put(record);
    this.conversations.set(info.id, {
      id: info.id,
      base: undefined,
      messages: [],
      owner,
      windowEndsMs: expire < 0 ? -1 : this.clock.now() + expire * 1000,
      readMsgId: 0,
      readTimeSeconds: 0,
      bytes: 0,
    });
    return record;
  }

  /**
   * The open session with this channel type, DID and customer (`to`, compared without spaces and
   * punctuation), newest first; sessions written to since start are looked at first, then up to
   * JOIN_SEARCH_LIMIT others.
   */
  findOpen(channelType: SessionInfo['channel_type'], did: string, to: string): number | undefined {
    const wanted = normalNumber(to);
    const fits = (id: number): boolean => {
      const record = this.sessions.get(id);
      return (
        record !== undefined &&
        record.state.is_close === 0 &&
        record.info.channel_type === channelType &&
        record.info.did_number === did &&
        normalNumber(record.info.to_number) === wanted
      );
    };
    for (const id of this.recentIds()) if (fits(id)) return id;
    let looked = 0;
    for (const id of this.sessions.idsDescending()) {
      if (++looked > JOIN_SEARCH_LIMIT) break;
      if (this.conversations.has(id)) continue;
      const facts = this.sessions.facts(id);
      if (!facts || facts.state.is_close === 1) continue;
      if (fits(id)) return id;
    }
    return undefined;
  }

  /** Up to `pageSize` stored messages of session `id` older than `cursor`, newest first, as they read now. */
  messagesBefore(id: number, pageSize: number, cursor?: number): MsgRecord[] {
    const conversation = this.live(id);
    if (!conversation) return [];
    const now = this.clock.now();
    const page: MsgRecord[] = [];
    const { messages } = conversation;
    let k = messages.length - 1;
    if (cursor !== undefined) while (k >= 0 && (messages[k]?.record.msg_id ?? 0) >= cursor) k--;
    for (; k >= 0 && page.length < pageSize; k--) {
      const stored = messages[k];
      if (stored) page.push(render(stored, now));
    }
    return page;
  }

  /** Session `id`'s stored message `msgId` as it reads now, or undefined. */
  message(id: number, msgId: number): MsgRecord | undefined {
    const stored = this.live(id)?.messages.find((m) => m.record.msg_id === msgId);
    return stored && render(stored, this.clock.now());
  }

  /** The list item of `record`, with the reply window as it stands now for a session written to. */
  listItem(record: SessionRecord): SessionListItem {
    const item = toListItem(record);
    return this.conversations.has(record.info.id)
      ? { ...item, expire: this.expire(record.info.id, record) }
      : item;
  }

  /** Ids of the sessions written to since start, newest message first. */
  *recentIds(): Generator<number> {
    for (let i = this.order.length - 1; i >= 0; i--) {
      const id = this.order[i];
      if (id !== undefined && this.conversations.has(id)) yield id;
    }
  }

  /** Whether session `id` is listed among recentIds (it sorts by its stored newest message). */
  isRecent(id: number): boolean {
    const conversation = this.conversations.get(id);
    return conversation !== undefined && conversation.messages.length > 0;
  }

  /** What the control API shows of session `id`'s conversation. */
  view(id: number):
    | {
        stored: number;
        owner: string | null;
        readMsgId: number;
        readTime: number;
      }
    | undefined {
    const conversation = this.live(id);
    if (!conversation) return { stored: 0, owner: null, readMsgId: 0, readTime: 0 };
    return {
      stored: conversation.messages.length,
      owner: conversation.owner,
      readMsgId: conversation.readMsgId,
      readTime: conversation.readTimeSeconds,
    };
  }

  /** Forgets session `id`'s conversation (the session was removed or replaced). */
  forget(id: number): void {
    const conversation = this.conversations.get(id);
    if (!conversation) return;
    this.budget.release(conversation.bytes);
    this.messageCount -= conversation.messages.length;
    this.conversations.delete(id);
    this.order = this.order.filter((other) => other !== id);
  }

  /** Forgets every message, rule and slot. */
  reset(): void {
    this.conversations.clear();
    this.order = [];
    this.lastMsgId = 0;
    this.messageCount = 0;
    this.budget.reset();
    this.delivery.reset();
  }
}

function render(stored: StoredMessage, nowMs: number): MsgRecord {
  const { record, outcome } = stored;
  if (!outcome) return record;
  if (nowMs < outcome.settleAtMs) {
    return { ...record, delivery_status: 0, receive_time: 0, send_error: '' };
  }
  return {
    ...record,
    delivery_status: outcome.status,
    receive_time: outcome.status === 1 ? Math.floor(outcome.settleAtMs / 1000) : 0,
    send_error: outcome.sendError,
  };
}

/** A phone number without spaces and punctuation, for comparing `to` with a session's customer. */
export function normalNumber(value: string): string {
  return value.replace(/[\s().-]/g, '');
}

/** The channel (id and send_rate) a session's DID is served by, or undefined (live chat, hand-made). */
export function channelRate(did: string): { id: number; sendRate: number } | undefined {
  const channel = channelOfDid(did);
  return channel && { id: channel.id, sendRate: channel.send_rate };
}

/** A stored message's files as msg_files holds them: a JSON-encoded File_Info array. */
export function filesText(files: readonly FileInfo[] | undefined): string {
  return JSON.stringify(files ?? []);
}

/** The customer of `record` as a sender. */
export function customerOf(record: SessionRecord): SenderInfo {
  return customerSender(record.info.user_info);
}
