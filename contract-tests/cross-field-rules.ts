/**
 * The cross-field rules of Session_Info (docs/device-api.md, DOC), checked in code so a broken one reads as
 * the rule rather than as ajv's "must be equal to constant" at an allOf/then path. The SessionInfo schema
 * holds the same rules; schema-findings.ts lets a rule finding stand in for the schema error at its path.
 */
import { CAMPAIGN_USER_TYPE, USER_TYPE_BY_CHANNEL } from '../fixtures/variants.js';
import { shown } from './finding.js';
import type { Level } from './finding.js';
import { isJsonObject } from './json-fields.js';
import type { JsonObject } from './json-fields.js';

/** One broken rule: where (JSON pointer segments under the answer), which rule, expected and found. */
export interface RuleViolation {
  readonly segments: readonly string[];
  readonly rule: string;
  readonly expected: string;
  readonly found: string;
  /** The evidence level of the rule when weaker than its check's (an OPEN behaviour). */
  readonly level?: Level;
}

const PRE_CHAT_FIELDS = ['name', 'email', 'phone', 'first_name', 'last_name'] as const;

function userTypeRule(info: JsonObject, at: readonly string[], out: RuleViolation[]): void {
  const user = info.user_info;
  if (!isJsonObject(user)) return;
  const at2 = [...at, 'user_info'];
  if (user.user_id !== 0) {
    out.push({
      segments: [...at2, 'user_id'],
      rule: 'user_info.user_id is always 0 for the external customer',
      expected: '0',
      found: shown(user.user_id),
    });
  }
  const channel = info.channel_type;
  let expected: number | undefined;
  let why = '';
  if (info.origin === 'campaign') {
    expected = CAMPAIGN_USER_TYPE;
    why = 'a campaign recipient (origin "campaign") is user_type 8 whatever the channel';
  } else if (info.origin === '' && typeof channel === 'string' && channel in USER_TYPE_BY_CHANNEL) {
    expected = USER_TYPE_BY_CHANNEL[channel as keyof typeof USER_TYPE_BY_CHANNEL];
    why = `user_type follows the channel when no campaign created the session (${channel} -> ${expected})`;
  }
  if (expected !== undefined && user.user_type !== expected) {
    out.push({
      segments: [...at2, 'user_type'],
      rule: why,
      expected: String(expected),
      found: shown(user.user_type),
    });
  }
}

function channelOnlyRule(
  info: JsonObject,
  at: readonly string[],
  field: 'page_name' | 'website_domain',
  owner: string,
  out: RuleViolation[],
): void {
  const value = info[field];
  if (info.channel_type === owner || value === undefined || value === '') return;
  out.push({
    segments: [...at, field],
    rule: `${field} is only filled for ${owner} sessions; this is a ${shown(info.channel_type)} session`,
    expected: '"" or absent',
    found: shown(value),
  });
}

function preChatRule(info: JsonObject, at: readonly string[], out: RuleViolation[]): void {
  const form = info.pre_chat_form;
  if (info.channel_type === 'livechat' || !isJsonObject(form)) return;
  const filled = PRE_CHAT_FIELDS.filter((k) => form[k] !== undefined && form[k] !== '');
  if (filled.length === 0) return;
  out.push({
    segments: [...at, 'pre_chat_form'],
    rule: `pre_chat_form is only filled for livechat sessions; this is a ${shown(info.channel_type)} session`,
    expected: 'absent or every field ""',
    found: `${filled.join(', ')} filled`,
  });
}

function participantsRule(info: JsonObject, at: readonly string[], out: RuleViolation[]): void {
  const participants = info.participants;
  if (!Array.isArray(participants)) return;
  participants.forEach((agent: unknown, i) => {
    if (isJsonObject(agent) && agent.user_type !== 1) {
      out.push({
        segments: [...at, 'participants', String(i), 'user_type'],
        rule: 'participants are queue agents, i.e. extensions: user_type 1',
        expected: '1',
        found: shown(agent.user_type),
      });
    }
  });
}

/** Every cross-field rule `info` (a SessionInfo at pointer `at` of the answer) breaks. */
export function sessionRuleViolations(info: unknown, at: readonly string[]): RuleViolation[] {
  if (!isJsonObject(info)) return [];
  const out: RuleViolation[] = [];
  userTypeRule(info, at, out);
  channelOnlyRule(info, at, 'page_name', 'facebook', out);
  channelOnlyRule(info, at, 'website_domain', 'livechat', out);
  preChatRule(info, at, out);
  participantsRule(info, at, out);
  return out;
}
