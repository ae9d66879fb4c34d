/**
 * The rules of Msg_Record and Msg_Channel that a schema cannot say, checked in code so a broken one reads as
 * the fault: `msg_files` and `param` are JSON-encoded strings (DOC), `msg_files` parses to File_Info objects,
 * times are Unix seconds, send_error is empty unless sending failed, WhatsApp-only channel fields. They stand in
 * for the schema errors at their path (schema-findings.ts), as the SessionInfo rules do. Rules that need the
 * session (the sender fits the channel) live in the message checks, which know the session.
 */
import { validate } from '../schemas/validators.js';
import type { RuleViolation } from './cross-field-rules.js';
import { pointerSegments, shown } from './finding.js';
import { isJsonObject } from './json-fields.js';
import type { JsonObject } from './json-fields.js';

/** msg_type of the messages the PBX writes into a session itself (DOC: 1 to 3 and 5 to 8). */
export const SYSTEM_MSG_TYPES: ReadonlySet<unknown> = new Set([1, 2, 3, 5, 6, 7, 8]);

/** msg_type whose param the guide says carries details: transfers (1, 6) and calls (8), DOC. */
const DETAILED_PARAM_TYPES: ReadonlySet<unknown> = new Set([1, 6, 8]);

/** The latest plausible Unix time in seconds (2100-01-01); milliseconds of today are ~1000 times larger. */
export const LATEST_UNIX_SECONDS = 4_102_444_800;

/** What a JSON text parses to, or undefined when it does not parse. */
function parsed(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** The JSON type of a value in words (`an array`, `an object`, `a number`). */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function msgFilesRule(record: JsonObject, at: readonly string[], out: RuleViolation[]): void {
  const files = record.msg_files;
  const segments = [...at, 'msg_files'];
  if (files === undefined) return;
  if (typeof files !== 'string') {
    out.push({
      segments,
      rule: `msg_files is a JSON-encoded string of a File_Info array, not ${kindOf(files)} (a client that parses it, as it must on a device, breaks)`,
      expected: 'a string such as "[]" or "[{\\"id\\":1,...}]"',
      found: shown(files, segments),
    });
    return;
  }
  // "" for a message without files is OPEN (the mock sends "[]"), so it passes
  if (files === '') return;
  const result = parsed(files);
  if (result === undefined || !Array.isArray(result.value)) {
    out.push({
      segments,
      rule: 'msg_files parses (JSON.parse) to a File_Info array',
      expected: 'a JSON array text',
      found:
        result === undefined
          ? `${shown(files)}, which does not parse`
          : `${kindOf(result.value)} ${shown(result.value)}`,
    });
    return;
  }
  result.value.forEach((file: unknown, i) => {
    const errors = validate('FileInfo', file);
    const first = errors.find((e) => e.keyword !== 'additionalProperties') ?? errors[0];
    if (first === undefined) return;
    const params = first.params as { missingProperty?: string; additionalProperty?: string };
    const at = [`item ${i}`, ...pointerSegments(first.instancePath)].join('.');
    const fault =
      params.missingProperty !== undefined
        ? `${at} lacks ${params.missingProperty}`
        : params.additionalProperty !== undefined
          ? `${at} has a field File_Info does not know (${params.additionalProperty})`
          : `${at} ${first.message ?? 'does not fit'}`;
    out.push({
      segments,
      rule: `msg_files parses to File_Info objects (id, name, uri, type, size); ${fault}`,
      expected: 'File_Info objects',
      found: shown(file),
    });
  });
}

function paramRule(record: JsonObject, at: readonly string[], out: RuleViolation[]): void {
  const param = record.param;
  const segments = [...at, 'param'];
  if (param === undefined) return;
  if (typeof param !== 'string') {
    out.push({
      segments,
      rule: `param is a JSON-encoded string, not ${kindOf(param)} (clients JSON.parse it)`,
      expected: 'a string such as "{\\"destination_type\\":...}" or ""',
      found: shown(param, segments),
    });
    return;
  }
  const type = record.msg_type;
  if (!SYSTEM_MSG_TYPES.has(type)) return;
  const detailed = DETAILED_PARAM_TYPES.has(type);
  // what 2, 3, 5 and 7 carry is OPEN: "" passes, anything else must parse
  if (param === '' && !detailed) return;
  const result = parsed(param);
  if (result !== undefined && (!detailed || isJsonObject(result.value))) return;
  out.push({
    segments,
    rule: detailed
      ? `the param of a system message of msg_type ${String(type)} is a JSON-encoded object (${type === 8 ? 'call' : 'transfer'} details)`
      : `the param of a system message (msg_type ${String(type)}) parses as JSON`,
    expected: detailed ? 'a JSON object text' : 'a JSON text or ""',
    found:
      result === undefined
        ? `${shown(param)}, which does not parse`
        : `${kindOf(result.value)} ${shown(result.value)}`,
    ...(detailed ? {} : { level: 'OPEN' as const }),
  });
}

function unixSecondsRule(
  record: JsonObject,
  at: readonly string[],
  field: 'send_time' | 'receive_time',
  out: RuleViolation[],
): void {
  const value = record[field];
  if (typeof value !== 'number' || value <= LATEST_UNIX_SECONDS) return;
  out.push({
    segments: [...at, field],
    rule: `${field} is Unix seconds${value >= 1e11 ? '; this looks like milliseconds' : '; this is after the year 2100'}`,
    expected: `at most ${LATEST_UNIX_SECONDS} (10 digits)`,
    found: String(value),
  });
}

function sendErrorRule(record: JsonObject, at: readonly string[], out: RuleViolation[]): void {
  const error = record.send_error;
  if (typeof error !== 'string' || error === '' || record.delivery_status === 2) return;
  out.push({
    segments: [...at, 'send_error'],
    rule: `send_error is empty unless sending failed (delivery_status 2); this message has delivery_status ${shown(record.delivery_status)}`,
    expected: '""',
    found: shown(error),
  });
}

/** Every rule `record` (a Msg_Record at pointer `at` of the answer) breaks. */
export function recordRuleViolations(record: unknown, at: readonly string[]): RuleViolation[] {
  if (!isJsonObject(record)) return [];
  const out: RuleViolation[] = [];
  msgFilesRule(record, at, out);
  paramRule(record, at, out);
  unixSecondsRule(record, at, 'send_time', out);
  unixSecondsRule(record, at, 'receive_time', out);
  sendErrorRule(record, at, out);
  return out;
}

/** Provider (`channel`) values that are not SMS providers. */
const NOT_SMS = new Set(['whatsapp', 'facebook', 'livechat']);

/** Every rule `channel` (a Msg_Channel at pointer `at` of the answer) breaks. */
export function channelRuleViolations(channel: unknown, at: readonly string[]): RuleViolation[] {
  if (!isJsonObject(channel)) return [];
  const out: RuleViolation[] = [];
  const type = channel.type;
  for (const field of ['phone_number_id', 'business_account_id'] as const) {
    const value = channel[field];
    if (type === 'whatsapp' || value === undefined || value === '') continue;
    out.push({
      segments: [...at, field],
      rule: `${field} is for WhatsApp channels only; this is a ${shown(type)} channel`,
      expected: '"" or absent',
      found: shown(value),
    });
  }
  const provider = channel.channel;
  const fits =
    typeof type !== 'string' ||
    typeof provider !== 'string' ||
    (type === 'sms' ? !NOT_SMS.has(provider) : provider === type);
  if (!fits) {
    out.push({
      segments: [...at, 'channel'],
      rule: `the provider fits the channel type (whatsapp and facebook are their own providers, sms an SMS provider); this is a ${shown(type)} channel`,
      expected: type === 'sms' ? 'an SMS provider (twilio, telnyx, ...)' : shown(type),
      found: shown(provider),
      level: 'OPEN',
    });
  }
  return out;
}
