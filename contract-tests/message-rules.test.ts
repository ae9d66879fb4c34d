/** The Msg_Record and Msg_Channel rules, and how they stand in for the schema errors at their path. */
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../fixtures/channel-set.js';
import { describeFinding, shown } from './finding.js';
import { channelRuleViolations, recordRuleViolations } from './message-rules.js';
import { schemaFindings } from './schema-findings.js';

/** A valid Msg_Record: a transfer to a queue, the customer as its sender. */
const RECORD = {
  session_id: 2862,
  msg_id: 2862001,
  delivery_status: 1,
  sender: { user_no: '8613800000000', user_type: 5, username: 'Visitor' },
  msg_kind: 0,
  msg_type: 6,
  msg_body: '',
  msg_files: '[]',
  send_time: 1755852280,
  receive_time: 1755852280,
  param: '{"destination_type":"queue","destination_id":"6400","destination_name":"Support Queue"}',
  send_error: '',
};

function rules(change: Record<string, unknown>): string[] {
  return recordRuleViolations({ ...RECORD, ...change }, ['data', 'records', '0']).map(
    (v) => `${v.segments.join('.')}: ${v.rule}`,
  );
}

describe('recordRuleViolations', () => {
  it('finds nothing in a valid record, nor where the choice is OPEN', () => {
    expect(rules({})).toEqual([]);
    // a message without files may send "" (OPEN); closed by hand (2) may carry "" (OPEN)
    expect(rules({ msg_files: '', msg_type: 2, param: '' })).toEqual([]);
    // a user message's param is not a system message's: any string
    expect(rules({ msg_type: 0, param: 'hello' })).toEqual([]);
    expect(rules({ delivery_status: 2, send_error: 'template_not_exist' })).toEqual([]);
    expect(rules({ receive_time: 0 })).toEqual([]);
  });

  it.for([
    [
      { msg_files: [] },
      /msg_files: msg_files is a JSON-encoded string of a File_Info array, not an array/,
    ],
    [{ msg_files: '{}' }, /msg_files: msg_files parses \(JSON\.parse\) to a File_Info array/],
    [{ msg_files: '[{"id":1}]' }, /msg_files parses to File_Info objects .*item 0 lacks name/],
    [
      { param: { destination_type: 'queue' } },
      /param: param is a JSON-encoded string, not an object/,
    ],
    [
      { param: 'Support Queue' },
      /param of a system message of msg_type 6 is a JSON-encoded object \(transfer details\)/,
    ],
    [
      { msg_type: 8, param: '[]' },
      /param of a system message of msg_type 8 is a JSON-encoded object \(call details\)/,
    ],
    [{ msg_type: 3, param: '{' }, /param of a system message \(msg_type 3\) parses as JSON/],
    [
      { send_time: 1755852280000 },
      /send_time: send_time is Unix seconds; this looks like milliseconds/,
    ],
    [
      { receive_time: 5_000_000_000 },
      /receive_time: receive_time is Unix seconds; this is after the year 2100/,
    ],
    [{ send_error: 'send_fail' }, /send_error: send_error is empty unless sending failed/],
  ] as const)('names the fault: %o', ([change, rule]) => {
    expect(rules(change)).toEqual([expect.stringMatching(rule)]);
  });

  it('grades the param of 2, 3, 5 and 7 OPEN, the others at the check level', () => {
    const at = ['x'];
    expect(recordRuleViolations({ ...RECORD, msg_type: 3, param: '{' }, at)[0]?.level).toBe('OPEN');
    expect(recordRuleViolations({ ...RECORD, param: '{' }, at)[0]?.level).toBeUndefined();
  });

  it('stands in for the schema error at its path, once', () => {
    const answer = {
      errcode: 0,
      errmsg: 'SUCCESS',
      data: { session_id: 2862, records: [{ ...RECORD, msg_files: [] }] },
    };
    const meta = { request: 'GET /openapi/v1.0/message/get?id=2862', status: 200, errcode: '0' };
    const findings = schemaFindings('MessageGetAnswer', answer, meta, 'DOC').map(describeFinding);
    expect(findings).toEqual([
      expect.stringMatching(
        /\$\.data\.records\[0\]\.msg_files: msg_files is a JSON-encoded string .* \[schema msg-record\.json#\/properties\/msg_files\/type\]$/,
      ),
    ]);
  });
});

describe('channelRuleViolations', () => {
  it('finds nothing in the mock channel set', () => {
    for (const channel of CHANNELS) expect(channelRuleViolations(channel, [])).toEqual([]);
  });

  it('names WhatsApp-only fields elsewhere and a provider that does not fit the type (OPEN)', () => {
    const sms = CHANNELS[0];
    const found = channelRuleViolations({ ...sms, phone_number_id: '1', channel: 'whatsapp' }, []);
    expect(found.map((v) => [v.segments.join('.'), v.level])).toEqual([
      ['phone_number_id', undefined],
      ['channel', 'OPEN'],
    ]);
  });
});

describe('shown', () => {
  it("masks a channel's account_data values and verify_token, keeps the names", () => {
    const channel = CHANNELS[0];
    const text = shown([{ account_data: channel?.account_data, verify_token: 'x1234' }]);
    expect(text).toBe(
      'an array [{"account_data":[{"k":"account_sid","v":"***"},{"k":"auth_token","v":"***"}],"verify_token":"***"}]',
    );
    expect(shown(12345678, ['list', '0', 'account_data', '1', 'v'])).toBe('"***"');
    expect(shown('secret', ['data', 'account_data', '0', 'v'])).toBe(
      'a 6-character string (masked)',
    );
    expect(shown('account_sid', ['data', 'account_data', '0', 'k'])).toBe('"account_sid"');
  });
});
