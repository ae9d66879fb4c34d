/** Handlers of message_session/get, query, list and search over the session store. */
import { Errcode } from '../../schemas/error-catalogue.js';
import type { MessageSessionSearchParams, SessionInfo } from '../../schemas/types.generated.js';
import { DeviceError } from '../core/device-error.js';
import { listSessions } from '../state/session-listing.js';
import type { ListQuery, TriState } from '../state/session-listing.js';
import { renderSession } from '../state/session-view.js';
import type { Handler } from './endpoint.js';

/** GET message_session/get?id=N: one SessionInfo under `list`. */
export const getSession: Handler<'message_session/get'> = ({ id }, { pbx }) => {
  const record = pbx.sessions.get(Number(id));
  if (!record) {
    throw new DeviceError(Errcode.DATA_NOT_FOUND, {}, { why: `no session ${String(id)}` });
  }
  return renderSession(record, pbx.emptyFields);
};

/** GET message_session/query?ids=1,2,3: the known ones, in the order asked (unknown ids left out, OPEN). */
export const querySessions: Handler<'message_session/query'> = ({ ids }, { pbx }) => {
  const list: SessionInfo[] = [];
  for (const id of new Set(ids.split(',').map(Number))) {
    const record = pbx.sessions.get(id);
    if (record) list.push(renderSession(record, pbx.emptyFields));
  }
  return list;
};

function triState(value: string | undefined): TriState {
  return value === '0' ? 0 : value === '1' ? 1 : 2;
}

function toListQuery(params: Omit<MessageSessionSearchParams, 'search_value'>, search?: string) {
  const listQuery: ListQuery = {
    pageSize: Number(params.page_size),
    userType: params.user_type === '1' ? 1 : 9,
    userNo: params.user_no ?? '',
    collection: params.collection,
    firstMsgId: params.first_msg_id === undefined ? undefined : Number(params.first_msg_id),
    isArchived: triState(params.is_archived),
    isClosed: triState(params.is_closed),
    // is_pickup: 0 (or absent) means all (DOC), unlike the other two
    isPickup: params.is_pickup === '1' ? 1 : params.is_pickup === '2' ? 2 : 0,
    searchValue: search,
  };
  return listQuery;
}

/** GET message_session/list: one page of SessionListItem, newest first. */
export const listSessionsPage: Handler<'message_session/list'> = (params, { pbx }) =>
  listSessions(pbx.sessions, toListQuery(params), pbx.conversations, (id) =>
    pbx.histories.holder(id),
  );

/** GET message_session/search: list's filters plus search_value. */
export const searchSessions: Handler<'message_session/search'> = (params, { pbx }) =>
  listSessions(pbx.sessions, toListQuery(params, params.search_value), pbx.conversations, (id) =>
    pbx.histories.holder(id),
  );
