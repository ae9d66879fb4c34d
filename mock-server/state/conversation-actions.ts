/**
 * What the PBX does when a session is acted on: a message sent (picking a queued session up first when an
 * extension replies), a close, a transfer, the customer writing, reading or closing a live chat. Each action
 * changes the session's record (participants, is_close) and writes its messages through the conversation
 * store, so list, search, get and message/get show it at once. Checks that answer device errcodes are the
 * handlers' (device/conversation-endpoints.ts); here every action is one the PBX performs.
 */
import type { FileInfo, MsgRecord, SenderInfo } from '../../schemas/types.generated.js';
import { API_SENDER, extensionSender } from '../../fixtures/message-senders.js';
import type { Extension, MessageQueue } from '../../fixtures/message-senders.js';
import type { SessionRecord } from '../../fixtures/session-record.js';
import type { ConversationStore } from './conversation-store.js';
import { jsonBytes } from './store-budget.js';
import {
  channelRate,
  customerOf,
  filesText,
  isQueued,
  queueParticipants,
} from './conversation-store.js';

/** Who sends through message/send: an extension, or the API. */
export type Sender =
  { readonly kind: 'extension'; readonly extension: Extension } | { readonly kind: 'api' };

/** A message to send, checked. */
export interface Outbound {
  readonly sender: Sender;
  readonly msgKind: 0 | 1;
  readonly body: string;
  readonly files: readonly FileInfo[] | undefined;
  /** The Facebook message tag, which lets a message out outside the reply window. */
  readonly tag: string | undefined;
}

/** Where a transfer goes. */
export type Destination =
  | { readonly kind: 'extension'; readonly extension: Extension }
  | { readonly kind: 'queue'; readonly queue: MessageQueue }
  | { readonly kind: 'api' };

/** About what a message without body or files is charged (its JSON, numbers and entry), for ensureRoom. */
const SYSTEM_MESSAGE_BYTES = 500;

function senderInfo(sender: Sender): SenderInfo {
  return sender.kind === 'api' ? API_SENDER : extensionSender(sender.extension);
}

/** A system message the PBX writes (msg_type 1, 2, 5, 6, 7): delivered, no body, `param` JSON-encoded. */
function systemMessage(
  sessionId: number,
  msgType: 1 | 2 | 5 | 6 | 7,
  sender: SenderInfo,
  param: object,
): (msgId: number, sendTime: number) => MsgRecord {
  return (msgId, sendTime) => ({
    session_id: sessionId,
    msg_id: msgId,
    delivery_status: 1,
    sender,
    msg_kind: 0,
    msg_type: msgType,
    msg_body: '',
    msg_files: '[]',
    send_time: sendTime,
    receive_time: sendTime,
    param: JSON.stringify(param),
    send_error: '',
  });
}

function reopen(record: SessionRecord): SessionRecord {
  return record.state.is_close === 0
    ? record
    : { info: record.info, state: { ...record.state, is_close: 0 } };
}

/**
 * Why a message cannot leave now, decided by the PBX before delivery: outside the 24-hour window of a
 * WhatsApp session only a template goes, of a Facebook session only a message with a tag (DOC); the
 * message then ends at delivery_status 2 with `exceeds_time_limit` (the send_error chosen, OPEN).
 */
function windowRefusal(
  conversations: ConversationStore,
  record: SessionRecord,
  message: Outbound,
): string | undefined {
  const { channel_type } = record.info;
  if (channel_type !== 'whatsapp' && channel_type !== 'facebook') return undefined;
  if (conversations.expire(record.info.id, record) !== 0) return undefined;
  if (channel_type === 'whatsapp' && message.msgKind === 1) return undefined;
  if (channel_type === 'facebook' && message.tag !== undefined) return undefined;
  return 'exceeds_time_limit';
}

/**
 * Sends `message` into session `record`: an extension replying in a session waiting in a queue picks it up
 * first (a msg_type 5 message, participants emptied, the extension holds it), a closed session opens again
 * (OPEN), then the message is written at delivery_status 0 and settles on the mock's clock.
 */
export function send(
  conversations: ConversationStore,
  record: SessionRecord,
  message: Outbound,
): MsgRecord {
  const id = record.info.id;
  const sender = senderInfo(message.sender);
  // room for a pick-up and the message, or the whole send is refused (60002) and nothing changes
  const pickUp = message.sender.kind === 'extension' && isQueued(record);
  conversations.ensureRoom(
    Buffer.byteLength(message.body) +
      jsonBytes(message.files ?? []) +
      (pickUp ? 2 : 1) * SYSTEM_MESSAGE_BYTES,
  );
  let current = record;
  if (message.sender.kind === 'extension' && pickUp) {
    conversations.write(id, systemMessage(id, 5, sender, {}));
    current =
      conversations.update(
        id,
        (r) => ({ info: { ...r.info, participants: [] }, state: r.state }),
        message.sender.extension.user_no,
      ) ?? current;
  } else if (message.sender.kind === 'extension' && conversations.owner(id) === undefined) {
    conversations.update(id, (r) => r, message.sender.extension.user_no);
  }
  current = conversations.update(id, reopen) ?? current;
  const refused = windowRefusal(conversations, current, message);
  const to = current.info.to_number;
  return conversations.write(
    id,
    (msgId, sendTime) => ({
      session_id: id,
      msg_id: msgId,
      delivery_status: 0,
      sender,
      msg_kind: message.msgKind,
      msg_type: 0,
      msg_body: message.body,
      msg_files: filesText(message.files),
      send_time: sendTime,
      receive_time: 0,
      param: '',
      send_error: '',
    }),
    () =>
      conversations.delivery.decide(
        {
          sessionId: id,
          to,
          channel: channelRate(current.info.did_number),
          ...(refused === undefined ? {} : { refused }),
        },
        conversations.now(),
      ),
  );
}

/** Closes session `id` (is_close 1) with a msg_type 2 message by `by`, or 7 when the visitor closed it. */
export function close(
  conversations: ConversationStore,
  id: number,
  by: 'api' | 'visitor',
): MsgRecord | undefined {
  const record = conversations.session(id);
  if (!record) return undefined;
  // the message first: a full store refuses the close before anything changed
  const written =
    by === 'api'
      ? conversations.write(id, systemMessage(id, 2, API_SENDER, {}))
      : conversations.write(id, systemMessage(id, 7, customerOf(record), {}));
  conversations.update(id, (r) => ({ info: r.info, state: { ...r.state, is_close: 1 } }));
  return written;
}

/**
 * Transfers session `id`: to a queue (msg_type 6, participants the queue's members, nobody holds it), to an
 * extension or the API (msg_type 1, participants emptied, the target holds it). The message's param names
 * the target as decisions/004 chose: {destination_type, destination_id, destination_name}.
 */
export function transfer(
  conversations: ConversationStore,
  id: number,
  destination: Destination,
): MsgRecord | undefined {
  const participants = destination.kind === 'queue' ? queueParticipants(destination.queue) : [];
  const owner =
    destination.kind === 'extension'
      ? destination.extension.user_no
      : destination.kind === 'api'
        ? 'api'
        : null;
  if (!conversations.session(id)) return undefined;
  const param =
    destination.kind === 'queue'
      ? {
          destination_type: 'queue',
          destination_id: destination.queue.number,
          destination_name: destination.queue.name,
        }
      : destination.kind === 'extension'
        ? {
            destination_type: 'extension',
            destination_id: destination.extension.user_no,
            destination_name: destination.extension.username,
          }
        : { destination_type: 'api', destination_id: '', destination_name: 'API' };
  // the message first: a full store refuses the transfer before anything changed
  const written = conversations.write(
    id,
    systemMessage(id, destination.kind === 'queue' ? 6 : 1, API_SENDER, param),
  );
  conversations.update(id, (r) => ({ info: { ...r.info, participants }, state: r.state }), owner);
  return written;
}

/**
 * The customer writes into session `id`: a delivered inbound message that opens the reply window again,
 * reopens a closed session and moves the session to the top of the list.
 */
export function customerWrites(
  conversations: ConversationStore,
  id: number,
  body: string,
  files: readonly FileInfo[] | undefined,
): MsgRecord | undefined {
  const record = conversations.session(id);
  if (!record) return undefined;
  const sender = customerOf(record);
  // the message first: a full store refuses it before the session reopens
  const written = conversations.write(id, (msgId, sendTime) => ({
    session_id: id,
    msg_id: msgId,
    delivery_status: 1,
    sender,
    msg_kind: 0,
    msg_type: 0,
    msg_body: body,
    msg_files: filesText(files),
    send_time: sendTime,
    receive_time: sendTime,
    param: '',
    send_error: '',
  }));
  conversations.update(id, reopen);
  conversations.openWindow(id);
  return written;
}
