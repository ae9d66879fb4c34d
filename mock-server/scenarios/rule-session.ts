/**
 * Session answers of rules: message_session/get or query answered with a chosen stored session or with a
 * seeded session of a chosen variant (channel, origin, queued), so a client's handling of each variant can
 * be tested on any id. The session carries the id the request asked for.
 */
import { Errcode } from '../../schemas/error-catalogue.js';
import type { ControlSessionChoice, SessionInfo } from '../../schemas/types.generated.js';
import { generateSession } from '../../fixtures/generate-session.js';
import type { SessionRecord } from '../../fixtures/session-record.js';
import { VARIANT_COUNT, variantOf } from '../../fixtures/variants.js';
import { DeviceError } from '../core/device-error.js';
import { deviceEndpoint } from '../../schemas/device-endpoints.js';
import type { PbxState } from '../state/pbx-state.js';
import type { Query } from '../core/query.js';
import { single } from '../core/query.js';
import { renderSession } from '../state/session-view.js';

function variantRecord(seed: number, choice: ControlSessionChoice): SessionRecord {
  for (let id = 1; id <= VARIANT_COUNT; id++) {
    const variant = variantOf(id);
    if (choice.channel_type !== undefined && variant.channel !== choice.channel_type) continue;
    if (choice.origin !== undefined && variant.campaign !== (choice.origin === 'campaign'))
      continue;
    if (choice.queued !== undefined && variant.queued !== choice.queued) continue;
    return generateSession(seed, id);
  }
  // unreachable: the 16 variants cover every combination the schema allows
  return generateSession(seed, 1);
}

function withId(info: SessionInfo, id: number | undefined): SessionInfo {
  return id === undefined || id === info.id ? info : { ...info, id };
}

function requestedIds(many: boolean, query: Query): (number | undefined)[] {
  const raw = single(query, many ? 'ids' : 'id');
  const ids = (raw ?? '')
    .split(',')
    .filter((part) => /^[0-9]{1,15}$/.test(part))
    .map(Number)
    .filter((id) => id >= 1);
  return ids.length > 0 ? [...new Set(ids)] : [undefined];
}

/**
 * The success payload a session rule gives `endpoint` for `query`, as the table's sessionAnswer says (one
 * session, or one per id asked); 60001 when the chosen id is gone.
 */
export function sessionAnswer(
  pbx: PbxState,
  choice: ControlSessionChoice,
  endpoint: string | undefined,
  query: Query,
): Record<string, unknown> {
  const record =
    choice.id === undefined
      ? variantRecord(pbx.sessions.seed, choice)
      : pbx.sessions.get(choice.id);
  if (!record) {
    throw new DeviceError(
      Errcode.DATA_NOT_FOUND,
      {},
      { why: `the session rule names session ${String(choice.id)}, which does not exist` },
    );
  }
  const info = renderSession(record, pbx.emptyFields);
  const many = deviceEndpoint(endpoint)?.sessionAnswer === 'many';
  const list = requestedIds(many, query).map((id) => withId(info, id));
  return { list: many ? list : list[0] };
}
