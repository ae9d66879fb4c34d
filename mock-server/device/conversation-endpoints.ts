/**
 * Handlers of the endpoints that act on a conversation: message/send, message_session/close and
 * message_session/transfer. The table's schemas check each field's type (40002 naming it); here the checks
 * that tie fields together, as the guide states them, each also 40002 naming the field, then the action
 * (state/conversation-actions.ts). The OPEN answers and errcodes are decisions/010's.
 */
import { Errcode } from '../../schemas/error-catalogue.js';
import type { InvalidParam, SessionInfo } from '../../schemas/types.generated.js';
import { FACEBOOK_PAGE_NAME, channelOfDid } from '../../fixtures/channel-set.js';
import { BLANK_PRE_CHAT_FORM } from '../../fixtures/generate-session.js';
import type { SessionRecord } from '../../fixtures/session-record.js';
import { DeviceError, invalidValue, requiredParam } from '../core/device-error.js';
import { close, send, transfer } from '../state/conversation-actions.js';
import type { Destination, Sender } from '../state/conversation-actions.js';
import { extensionByNumber, queueOf } from '../state/conversation-store.js';
import type { PbxState } from '../state/pbx-state.js';
import type { Handler, InputOf } from './endpoint.js';

type SendBody = InputOf<'message/send'>;

/** The channel type each provider of message/send's `channel` list serves. */
function channelTypeOf(channel: NonNullable<SendBody['channel']>): SessionInfo['channel_type'] {
  if (channel === 'whatsapp' || channel === 'facebook' || channel === 'livechat') return channel;
  return 'sms';
}

/** The customer's user_type on each channel (DOC: sms 2, whatsapp 3, facebook 4, livechat 5). */
const USER_TYPES = { sms: 2, whatsapp: 3, facebook: 4, livechat: 5 } as const;

function parameterError(list: InvalidParam[], why: string): DeviceError {
  return new DeviceError(Errcode.PARAMETER_ERROR, { invalid_param_list: list }, { why });
}

function senderOf(body: SendBody, problems: InvalidParam[]): Sender | undefined {
  const number = body.sender_no ?? '';
  if (body.sender_type === 9) {
    if (number !== '' && number !== 'api') problems.push(invalidValue('sender_no', number));
    return { kind: 'api' };
  }
  if (number === '') {
    problems.push(requiredParam('sender_no'));
    return undefined;
  }
  const extension = extensionByNumber(number);
  if (!extension) problems.push(invalidValue('sender_no', number));
  return extension && { kind: 'extension', extension };
}

function checkContent(body: SendBody, problems: InvalidParam[]): void {
  const kind = body.msg_kind ?? 0;
  if (kind === 0 && (body.msg_body ?? '') === '' && (body.files ?? []).length === 0) {
    problems.push(requiredParam('msg_body'));
  }
  if (kind === 1) {
    const param = body.whatsapp_msg_param;
    if (param === undefined) problems.push(requiredParam('whatsapp_msg_param'));
    else if (!isJsonObject(param)) problems.push(invalidValue('whatsapp_msg_param', param));
  }
}

function isJsonObject(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * The session a send without session_id goes to: the open one with the same channel, DID and `to`, or a new
 * one (SMS, WhatsApp, Facebook; the API cannot start a live chat: 60001, OPEN).
 */
function sessionFor(body: SendBody, pbx: PbxState, owner: string): SessionRecord {
  const problems: InvalidParam[] = [];
  if (body.channel === undefined) problems.push(requiredParam('channel'));
  if (body.did_number === undefined) problems.push(requiredParam('did_number'));
  if (body.to === undefined) problems.push(requiredParam('to'));
  const { channel, did_number: did, to } = body;
  if (channel === undefined || did === undefined || to === undefined) {
    throw parameterError(problems, 'channel, did_number and to are required without session_id');
  }
  const type = channelTypeOf(channel);
  if (type !== 'livechat') {
    const served = channelOfDid(did);
    if (!served) {
      throw parameterError([invalidValue('did_number', did)], `no channel has DID ${did}`);
    }
    if (served.channel !== channel) {
      throw parameterError(
        [invalidValue('channel', channel)],
        `DID ${did} is on the ${served.channel} channel`,
      );
    }
  }
  const existing = pbx.conversations.findOpen(type, did, to);
  const record = existing === undefined ? undefined : pbx.sessions.get(existing);
  if (record) return record;
  if (type === 'livechat') {
    throw new DeviceError(Errcode.DATA_NOT_FOUND, {}, { why: `no open live chat with ${to}` });
  }
  // room for the first message first: a full store starts no session it cannot write to
  pbx.conversations.ensureRoom(Buffer.byteLength(body.msg_body ?? '') + 1024);
  const id = pbx.sessions.nextId();
  const info: SessionInfo = {
    id,
    channel_type: type,
    did_number: did,
    to_number: to,
    page_name: type === 'facebook' ? FACEBOOK_PAGE_NAME : '',
    user_info: { user_id: 0, user_no: to, user_type: USER_TYPES[type], avatar: '', username: to },
    channel_name: channelOfDid(did)?.name ?? '',
    website_domain: '',
    pre_chat_form: BLANK_PRE_CHAT_FORM,
    origin: '',
    participants: [],
  };
  // a session the business starts has no customer message yet: the reply window is closed (0)
  return pbx.conversations.startSession(info, type === 'sms' ? -1 : 0, owner);
}

/**
 * POST message/send: a message into session_id, or into the open session with the same channel, DID and
 * `to` (a new one when there is none). It starts at delivery_status 0 and settles on the mock's clock.
 * Answer: data.msg_id, a string by default (OPEN, sendAnswer).
 */
export const sendMessage: Handler<'message/send'> = (body, { pbx }) => {
  const problems: InvalidParam[] = [];
  const sender = senderOf(body, problems);
  checkContent(body, problems);
  if (problems.length > 0 || !sender) {
    throw parameterError(problems, 'message/send: the sender or the content is missing or invalid');
  }
  const owner = sender.kind === 'api' ? 'api' : sender.extension.user_no;
  let record: SessionRecord;
  if (body.session_id !== undefined) {
    const found = pbx.sessions.get(body.session_id);
    if (!found) {
      throw new DeviceError(Errcode.DATA_NOT_FOUND, {}, { why: `no session ${body.session_id}` });
    }
    record = found;
  } else {
    record = sessionFor(body, pbx, owner);
  }
  const msgKind = body.msg_kind ?? 0;
  if (msgKind === 1 && record.info.channel_type !== 'whatsapp') {
    throw parameterError(
      [invalidValue('msg_kind', msgKind)],
      `a template needs a WhatsApp session; session ${record.info.id} is ${record.info.channel_type}`,
    );
  }
  const message = send(pbx.conversations, record, {
    sender,
    msgKind,
    body: body.msg_body ?? '',
    files: body.files,
    tag: body.tag,
  });
  return { msg_id: pbx.sendAnswer === 'string' ? String(message.msg_id) : message.msg_id };
};

function sessionOrNotFound(pbx: PbxState, id: number): SessionRecord {
  const record = pbx.sessions.get(id);
  if (!record) throw new DeviceError(Errcode.DATA_NOT_FOUND, {}, { why: `no session ${id}` });
  return record;
}

/** POST message_session/close: is_close 1 and a msg_type 2 message; a closed one answers an OPEN errcode. */
export const closeSession: Handler<'message_session/close'> = (body, { pbx }) => {
  const record = sessionOrNotFound(pbx, body.session_id);
  if (record.state.is_close === 1) {
    throw new DeviceError(
      pbx.sessionActionErrcodes.alreadyClosed,
      {},
      { why: `session ${body.session_id} is closed already` },
    );
  }
  close(pbx.conversations, body.session_id, 'api');
  return {};
};

function destinationOf(body: InputOf<'message_session/transfer'>, pbx: PbxState): Destination {
  if (body.destination_type === 'api') return { kind: 'api' };
  const raw = body.destination_id;
  const number = raw === undefined ? '' : String(raw);
  if (number === '' || number === '0') {
    throw parameterError(
      [requiredParam('destination_id')],
      `destination_id is required for ${body.destination_type}`,
    );
  }
  const unknown = () =>
    new DeviceError(
      pbx.sessionActionErrcodes.unknownDestination,
      {},
      { why: `no ${body.destination_type} ${number}` },
    );
  if (body.destination_type === 'extension') {
    const extension = extensionByNumber(number);
    if (!extension) throw unknown();
    return { kind: 'extension', extension };
  }
  const queue = queueOf(number);
  if (!queue) throw unknown();
  return { kind: 'queue', queue };
}

/** POST message_session/transfer: to an extension, a queue or the API (msg_type 1 or 6). */
export const transferSession: Handler<'message_session/transfer'> = (body, { pbx }) => {
  const record = sessionOrNotFound(pbx, body.session_id);
  const destination = destinationOf(body, pbx);
  if (record.state.is_close === 1) {
    throw new DeviceError(
      pbx.sessionActionErrcodes.transferClosed,
      {},
      { why: `session ${body.session_id} is closed` },
    );
  }
  transfer(pbx.conversations, body.session_id, destination);
  return {};
};
