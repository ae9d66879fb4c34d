/** How a stored session reads in get and query answers, given the empty-field style. */
import { SEED_SESSION_INFO } from '../../fixtures/seed-session.js';
import type { SessionRecord } from '../../fixtures/session-record.js';
import type { SessionInfo } from '../../schemas/types.generated.js';
import type { EmptyFieldStyle } from './pbx-state.js';

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
