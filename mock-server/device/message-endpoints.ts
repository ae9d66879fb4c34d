/**
 * Handlers of message/get and message/query: a session's history, generated on demand from (seed, session,
 * shape) and paged older than a cursor, so a page costs the same at any depth and no message is stored
 * (fixtures/message-history.ts, decisions/004); the pages asked for last are kept with their JSON text in a
 * bounded cache (state/session-history.ts).
 */
import { Errcode } from '../../schemas/error-catalogue.js';
import type { MsgSessionRecords } from '../../schemas/types.generated.js';
import { DeviceError } from '../core/device-error.js';
import { jsonTextOf, withJsonText } from '../core/json-text.js';
import type { Handler } from './endpoint.js';

/**
 * GET message/get?id=N&page_size=P[&last_msg_id=C]: up to P messages of session N older than C (the newest
 * without C), newest first, under `data`; 60001 for a session the PBX does not hold (OPEN errcode).
 */
export const getMessages: Handler<'message/get'> = (params, { pbx }) => {
  const id = Number(params.id);
  const cursor = params.last_msg_id === undefined ? undefined : Number(params.last_msg_id);
  const data = pbx.histories.page(id, Number(params.page_size), cursor);
  if (!data) throw new DeviceError(Errcode.DATA_NOT_FOUND, {}, { why: `no session ${id}` });
  return data;
};

/**
 * GET message/query?ids=1,2,3&page_size=P: the newest P messages of each session asked for, in the order
 * asked, under `data`; unknown ids are left out (OPEN, as message_session/query).
 */
export const queryMessages: Handler<'message/query'> = (params, { pbx }) => {
  const pageSize = Number(params.page_size);
  const data: MsgSessionRecords[] = [];
  const texts: string[] = [];
  for (const id of new Set(params.ids.split(',').map(Number))) {
    const records = pbx.histories.page(id, pageSize);
    if (!records) continue;
    data.push(records);
    texts.push(jsonTextOf(records) ?? JSON.stringify(records));
  }
  return withJsonText(data, `[${texts.join(',')}]`);
};
