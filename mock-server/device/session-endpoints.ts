/** message_session/get, query, list and search over the session store. */
import { Errcode } from '../../schemas/error-catalogue.js';
import type { SessionInfo } from '../../schemas/types.generated.js';
import { SEED_SESSION_INFO } from '../../fixtures/seed-session.js';
import type { SessionRecord } from '../../fixtures/session-record.js';
import { DeviceError } from '../core/device-error.js';
import type { EmptyFieldStyle, Endpoint } from './endpoint.js';
import { checkParams } from '../core/params.js';
import { listSessions } from '../state/session-listing.js';
import type { ListQuery, TriState } from '../state/session-listing.js';
import type { MessageSessionSearchParams } from '../../schemas/types.generated.js';

/** A session as get/query answer it; the seed page's session always exactly as the page shows it. */
export function renderSession(record: SessionRecord, style: EmptyFieldStyle): SessionInfo {
  const { info } = record;
  if (style === 'blank' || info === SEED_SESSION_INFO) return info;
  const copy: SessionInfo = { ...info };
  if (copy.page_name === '') delete copy.page_name;
  if (copy.website_domain === '') delete copy.website_domain;
  if (copy.channel_type !== 'livechat') delete copy.pre_chat_form;
  if (copy.participants?.length === 0) delete copy.participants;
  return copy;
}

/** GET message_session/get?id=N: one SessionInfo under `list`. */
export const getSession: Endpoint = {
  method: 'GET',
  auth: true,
  mutating: false,
  handle({ query, pbx }) {
    const { id } = checkParams('MessageSessionGetParams', query);
    const record = pbx.sessions.get(Number(id));
    if (!record) {
      throw new DeviceError(Errcode.DATA_NOT_FOUND, {}, { why: `no session ${String(id)}` });
    }
    return { list: renderSession(record, pbx.emptyFields) };
  },
};

/** GET message_session/query?ids=1,2,3: the known ones, in the order asked (unknown ids left out, OPEN). */
export const querySessions: Endpoint = {
  method: 'GET',
  auth: true,
  mutating: false,
  handle({ query, pbx }) {
    const { ids } = checkParams('MessageSessionQueryParams', query);
    const list: SessionInfo[] = [];
    for (const id of new Set(ids.split(',').map(Number))) {
      const record = pbx.sessions.get(id);
      if (record) list.push(renderSession(record, pbx.emptyFields));
    }
    return { list };
  },
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
export const listSessionsEndpoint: Endpoint = {
  method: 'GET',
  auth: true,
  mutating: false,
  handle({ query, pbx }) {
    const params = checkParams('MessageSessionListParams', query);
    return { list: listSessions(pbx.sessions, toListQuery(params)) };
  },
};

/** GET message_session/search: list's filters plus search_value. */
export const searchSessionsEndpoint: Endpoint = {
  method: 'GET',
  auth: true,
  mutating: false,
  handle({ query, pbx }) {
    const params = checkParams('MessageSessionSearchParams', query);
    return { list: listSessions(pbx.sessions, toListQuery(params, params.search_value)) };
  },
};
