/**
 * PUT, GET and DELETE /__mock/sessions/:id/history: a session's history put into a chosen shape (a named
 * one such as `long`, or chosen field by field), shown, and given back to the generated one. A shape is
 * checked against its session (shapeProblem) and refused with a 400 naming the field; one that needs more
 * msg_ids than the session's last_msg_id leaves raises last_msg_id inside the session's own id block, through
 * the session editor, so list, search and get agree with message/get's newest message (decisions/004).
 */
import type { ControlHistoryShape, ControlHistoryView } from '../../schemas/types.generated.js';
import { HISTORY_SHAPES, shapeProblem, shapedLastMsgId } from '../../fixtures/history-shape.js';
import type { HistoryShape } from '../../fixtures/history-shape.js';
import { messageCount } from '../../fixtures/message-history.js';
import { IDS_PER_SESSION } from '../../fixtures/message-ids.js';
import { badControlRequest, checkControl } from '../core/control-validate.js';
import { MockProblem } from '../core/mock-problem.js';
import type { SessionHistories } from '../state/session-history.js';
import type { SessionEditor } from './session-editor.js';

function notFound(id: number): MockProblem {
  return new MockProblem(
    'PBX_MOCK_NOT_FOUND',
    `Session ${id} does not exist; add it with POST /__mock/sessions.`,
  );
}

/** The field a shapeProblem text is about (`newest[2]: ...` names newest/2) and the rest of it. */
function problemField(problem: string, named: boolean): { field: string; message: string } {
  if (named) return { field: 'name', message: `does not fit this session: ${problem}` };
  const item = /^newest\[(\d+)\]: (.*)$/.exec(problem);
  if (item) return { field: `newest/${item[1] ?? ''}`, message: item[2] ?? problem };
  const count = /^count (.*)$/.exec(problem);
  return count
    ? { field: 'count', message: count[1] ?? problem }
    : { field: 'body', message: problem };
}

/** The control API's view of session `id`'s history. */
export function historyView(
  histories: SessionHistories,
  editor: SessionEditor,
  id: number,
): ControlHistoryView {
  const history = histories.history(id);
  const view = editor.view(id);
  if (!history || !view) throw notFound(id);
  const stored = histories.shape(id);
  const name = stored?.name as ControlHistoryView['name'];
  return {
    session_id: id,
    ...(name === undefined ? {} : { name }),
    shape: stored ? (stored.shape as ControlHistoryShape) : null,
    last_msg_id: view.state.last_msg_id,
    message_count: messageCount(history),
  };
}

/**
 * PUT /__mock/sessions/:id/history: checks the body and the shape against the session, keeps the shape,
 * and moves the session's last_msg_id where the shape needs it.
 */
export function putHistory(
  histories: SessionHistories,
  editor: SessionEditor,
  id: number,
  body: unknown,
): ControlHistoryView {
  const request = checkControl('ControlHistoryShape', body, 'body');
  const view = editor.view(id);
  if (!view) throw notFound(id);
  const { name, ...chosen } = request;
  const shape: HistoryShape = name === undefined ? chosen : HISTORY_SHAPES[name];
  const problem = shapeProblem(shape, view);
  if (problem !== undefined)
    throw badControlRequest([problemField(problem, name !== undefined)], 'body');
  const before = histories.shape(id)?.lastMsgIdBefore ?? view.state.last_msg_id;
  // without a count, the generated history keeps its length, but the chosen messages, the customer's
  // opening and a closing message must fit below last_msg_id
  const needed = (shape.newest?.length ?? 0) + 1 + view.state.is_close;
  const lastMsgId =
    shape.count === undefined
      ? Math.max(before, id * IDS_PER_SESSION + Math.min(needed, IDS_PER_SESSION) - 1)
      : shapedLastMsgId(id, before, shape);
  histories.putShape(id, { shape, name, lastMsgIdBefore: before });
  if (lastMsgId !== view.state.last_msg_id) {
    try {
      editor.moveNewest(id, lastMsgId);
    } catch (error) {
      histories.removeShape(id);
      throw error;
    }
  }
  return historyView(histories, editor, id);
}

/** DELETE /__mock/sessions/:id/history: the generated history again, and the last_msg_id it had. */
export function removeHistory(
  histories: SessionHistories,
  editor: SessionEditor,
  id: number,
): ControlHistoryView {
  const view = editor.view(id);
  if (!view) throw notFound(id);
  const removed = histories.removeShape(id);
  if (removed && removed.lastMsgIdBefore !== view.state.last_msg_id) {
    editor.moveNewest(id, removed.lastMsgIdBefore);
  }
  return historyView(histories, editor, id);
}
