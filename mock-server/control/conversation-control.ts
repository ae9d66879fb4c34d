/**
 * The control API's side of conversations: delivery rules (which sends fail, with which send_error), the
 * customer's side of a session (write, read, close a live chat) and what the mock remembers of a session's
 * conversation. The device's side is message/send, close and transfer (device/conversation-endpoints.ts).
 */
import type {
  ControlConversationView,
  ControlDeliveryState,
  MsgRecord,
} from '../../schemas/types.generated.js';
import { badControlRequest, checkControl } from '../core/control-validate.js';
import { MockProblem } from '../core/mock-problem.js';
import { close, customerWrites } from '../state/conversation-actions.js';
import type { ConversationStore } from '../state/conversation-store.js';
import type { SessionStore } from '../state/session-store.js';

function notFound(id: number): MockProblem {
  return new MockProblem(
    'PBX_MOCK_NOT_FOUND',
    `Session ${id} does not exist; add it with POST /__mock/sessions.`,
  );
}

/** GET /__mock/delivery. */
export function deliveryState(conversations: ConversationStore): ControlDeliveryState {
  return conversations.delivery.state({
    stored_messages: conversations.size,
    stored_bytes: conversations.budget.used,
    budget_bytes: conversations.budget.limit,
  });
}

/** POST /__mock/delivery/failures: adds a delivery rule; answers the delivery state. */
export function addDeliveryFailure(
  conversations: ConversationStore,
  body: unknown,
): ControlDeliveryState {
  const failure = checkControl('ControlDeliveryFailure', body, 'body');
  const added = conversations.delivery.addFailure(failure);
  if (added === 'taken') {
    throw new MockProblem('PBX_MOCK_CONFLICT', `A delivery rule ${failure.id ?? ''} exists.`, {
      field: 'id',
    });
  }
  if (added === 'full') {
    throw new MockProblem(
      'PBX_MOCK_CONFLICT',
      'Too many delivery rules; DELETE /__mock/delivery/failures or reset.',
    );
  }
  return deliveryState(conversations);
}

/** GET /__mock/sessions/:id/conversation. */
export function conversationView(
  sessions: SessionStore,
  conversations: ConversationStore,
  id: number,
): ControlConversationView {
  const record = sessions.get(id);
  const view = conversations.view(id);
  if (!record || !view) throw notFound(id);
  return {
    session_id: id,
    stored_messages: view.stored,
    last_msg_id: record.state.last_msg_id,
    is_close: record.state.is_close,
    owner: view.owner,
    expire: conversations.expire(id, record),
    read_msg_id: view.readMsgId,
    read_time: view.readTime,
  };
}

/** POST /__mock/sessions/:id/customer/messages: the customer writes; answers the new message. */
export function customerMessage(
  sessions: SessionStore,
  conversations: ConversationStore,
  id: number,
  body: unknown,
): MsgRecord {
  const request = checkControl('ControlCustomerMessage', body, 'body');
  if (!sessions.get(id)) throw notFound(id);
  const record = customerWrites(conversations, id, request.msg_body ?? '', request.files);
  if (!record) throw notFound(id);
  return record;
}

/** POST /__mock/sessions/:id/customer/read: a read receipt up to msg_id (the newest when absent). */
export function customerRead(
  sessions: SessionStore,
  conversations: ConversationStore,
  id: number,
  body: unknown,
): ControlConversationView {
  const request = checkControl('ControlCustomerRead', body ?? {}, 'body');
  const record = sessions.get(id);
  if (!record) throw notFound(id);
  if (request.msg_id !== undefined && request.msg_id > record.state.last_msg_id) {
    throw badControlRequest(
      [
        {
          field: 'msg_id',
          message: `must be at most the session's last_msg_id ${record.state.last_msg_id}`,
        },
      ],
      'body',
    );
  }
  conversations.read(id, request.msg_id);
  return conversationView(sessions, conversations, id);
}

/** POST /__mock/sessions/:id/customer/close: the visitor closes a live chat (msg_type 7). */
export function customerClose(
  sessions: SessionStore,
  conversations: ConversationStore,
  id: number,
): ControlConversationView {
  const record = sessions.get(id);
  if (!record) throw notFound(id);
  if (record.info.channel_type !== 'livechat') {
    throw badControlRequest(
      [
        {
          field: 'id',
          message: `only a live chat visitor closes a session; this one is ${record.info.channel_type}`,
        },
      ],
      'id',
    );
  }
  if (record.state.is_close === 1) {
    throw new MockProblem('PBX_MOCK_CONFLICT', `Session ${id} is closed already.`);
  }
  close(conversations, id, 'visitor');
  return conversationView(sessions, conversations, id);
}
