/** ajv errors narrowed into findings: drift vs violation, schema locations, cross-field rules, masking. */
import { describe, expect, it } from 'vitest';
import { SEED_SESSION_INFO } from '../fixtures/seed-session.js';
import { describeFinding } from './finding.js';
import { schemaFindings } from './schema-findings.js';

const META = {
  request: 'GET /openapi/v1.0/message_session/get?id=5&access_token=***',
  status: 200,
  errcode: '0',
};
const BASE = 'https://pbx-mock-kit.local/schemas/';

function answerWith(change: (info: Record<string, unknown>) => void): unknown {
  const info = structuredClone(SEED_SESSION_INFO) as unknown as Record<string, unknown>;
  change(info);
  return { errcode: 0, errmsg: 'SUCCESS', list: info };
}

describe('schemaFindings', () => {
  it('finds nothing in the seed page example', () => {
    expect(
      schemaFindings(
        'MessageSessionGetAnswer',
        answerWith(() => {}),
        META,
        'DOC',
      ),
    ).toEqual([]);
  });

  it('reports an unknown field as drift by JSON path, at the schema that holds it', () => {
    const findings = schemaFindings(
      'MessageSessionGetAnswer',
      answerWith((info) => {
        info.unread = 1;
        (info.user_info as Record<string, unknown>).vip = true;
      }),
      META,
      'DOC',
    );
    expect(findings.map((f) => [f.kind, f.path, f.schema])).toEqual([
      ['drift', '$.list.unread', `${BASE}session-info.json#/additionalProperties`],
      ['drift', '$.list.user_info.vip', `${BASE}customer-info.json#/additionalProperties`],
    ]);
  });

  it('tells the answer envelope from the session when both forbid extra fields', () => {
    const findings = schemaFindings(
      'MessageSessionGetAnswer',
      { ...(answerWith(() => {}) as object), total: 1 },
      META,
      'DOC',
    );
    expect(findings.map((f) => [f.path, f.schema])).toEqual([
      ['$.total', `${BASE}message-session-get-answer.json#/additionalProperties`],
    ]);
  });

  it('reports a cross-field rule once, in words, with the schema keyword behind it', () => {
    const findings = schemaFindings(
      'MessageSessionGetAnswer',
      answerWith((info) => {
        (info.user_info as Record<string, unknown>).user_type = 2;
      }),
      META,
      'DOC',
    );
    expect(findings).toHaveLength(1);
    expect(describeFinding(findings[0] ?? { kind: 'note', level: 'DOC' })).toBe(
      'GET /openapi/v1.0/message_session/get?id=5&access_token=*** -> HTTP 200, errcode 0: ' +
        '$.list.user_info.user_type: user_type follows the channel when no campaign created the session (livechat -> 5); ' +
        'expected 5, found 2 [schema session-info.json#/allOf/4/then/properties/user_info/properties/user_type/const]',
    );
  });

  it('names the agent schema for a participant of the wrong user_type', () => {
    const findings = schemaFindings(
      'MessageSessionGetAnswer',
      answerWith((info) => {
        (info.participants as Record<string, unknown>[])[1]!.user_type = 0;
      }),
      META,
      'DOC',
    );
    expect(findings.map((f) => [f.path, f.expected, f.found, f.schema])).toEqual([
      [
        '$.list.participants[1].user_type',
        '1',
        '0',
        `${BASE}agent-info.json#/properties/user_type/const`,
      ],
    ]);
  });

  it('says what a missing or mistyped field should be, and masks token values', () => {
    const findings = schemaFindings(
      'GetTokenAnswer',
      {
        errcode: 0,
        errmsg: 'SUCCESS',
        access_token_expire_time: '1800',
        access_token: 'short-token-value',
        refresh_token_expire_time: 86400,
      },
      { request: 'POST /openapi/v1.0/get_token {username, password}', status: 200, errcode: '0' },
      'DOC',
    );
    expect(findings.map((f) => [f.path, f.expected, f.found])).toEqual([
      ['$.refresh_token', 'present', 'absent'],
      ['$.access_token_expire_time', '1800', '"1800"'],
      ['$.access_token', 'a string matching ^[A-Za-z0-9]{32}$', 'a 17-character string (masked)'],
    ]);
  });
});
