import { describe, expect, it } from 'vitest';
import seedSession from '../fixtures/seed-session-2862.json' with { type: 'json' };
import { schemas } from './registry.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { AJV_OPTIONS } from '../scripts/gen-validators.js';
import { validate, validator } from './validators.js';

type Mutable = Record<string, unknown> & { user_info: Record<string, unknown> };

/** A deep copy of the seed session (livechat, direct, queued) to bend one rule at a time. */
function session(change: (s: Mutable) => void = () => undefined): Mutable {
  const copy = structuredClone(seedSession) as unknown as Mutable;
  change(copy);
  return copy;
}

function keywords(title: Parameters<typeof validate>[0], data: unknown): string[] {
  return validate(title, data).map((e) => e.keyword);
}

describe('the schemas', () => {
  it('each carry a $id under the kit base and a title that names its type', () => {
    for (const schema of schemas) {
      expect(schema.$id).toMatch(/^https:\/\/pbx-mock-kit\.local\/schemas\/[a-z-]+\.json$/);
      expect(schema.title).toMatch(/^[A-Z][A-Za-z]+$/);
    }
  });

  it('all compile under ajv strict mode', () => {
    const ajv = new Ajv2020(AJV_OPTIONS);
    for (const schema of schemas) ajv.addSchema(schema);
    for (const schema of schemas)
      expect(() => ajv.getSchema(schema.$id), schema.title).not.toThrow();
  });

  it('each have a generated validator', () => {
    for (const schema of schemas) expect(typeof validator(schema.title as never)).toBe('function');
  });

  it('refuse an unknown title', () => {
    expect(() => validator('Nope' as never)).toThrow(/No schema titled Nope/);
  });
});

describe('SessionInfo', () => {
  it('accepts the seed page example', () => {
    expect(validate('SessionInfo', session())).toEqual([]);
  });

  it.each([
    ['a customer user_id other than 0', (s: Mutable) => (s.user_info.user_id = 7)],
    ['a livechat customer typed as sms (2)', (s: Mutable) => (s.user_info.user_type = 2)],
    [
      'a campaign session whose customer is not user_type 8',
      (s: Mutable) => (s.origin = 'campaign'),
    ],
    ['page_name filled on a livechat session', (s: Mutable) => (s.page_name = 'Acme')],
    ['an unknown channel type', (s: Mutable) => (s.channel_type = 'telegram')],
    ['an origin other than campaign or empty', (s: Mutable) => (s.origin = 'api')],
    [
      'a participant that is not an extension (user_type 1)',
      (s: Mutable) => ((s.participants as { user_type: number }[])[0]!.user_type = 2),
    ],
    ['a missing user_info', (s: Mutable) => delete (s as Record<string, unknown>).user_info],
    ['an id as a string', (s: Mutable) => (s.id = '2862')],
  ])('rejects %s', (_name, change) => {
    expect(validate('SessionInfo', session(change)).length).toBeGreaterThan(0);
  });

  it('rejects website_domain and pre_chat_form values on a non-livechat session', () => {
    const sms = session((s) => {
      s.channel_type = 'sms';
      s.user_info.user_type = 2;
    });
    expect(keywords('SessionInfo', sms)).toContain('const');
    const blank = session((s) => {
      s.channel_type = 'sms';
      s.user_info.user_type = 2;
      s.website_domain = '';
      s.pre_chat_form = { name: '', email: '', phone: '', first_name: '', last_name: '' };
    });
    expect(validate('SessionInfo', blank)).toEqual([]);
  });

  it('accepts a campaign session whose customer is user_type 8 on any channel', () => {
    const campaign = session((s) => {
      s.origin = 'campaign';
      s.user_info.user_type = 8;
    });
    expect(validate('SessionInfo', campaign)).toEqual([]);
  });

  it('reports a field no schema knows as additionalProperties (drift)', () => {
    expect(
      keywords(
        'SessionInfo',
        session((s) => (s.extra = 1)),
      ),
    ).toEqual(['additionalProperties']);
  });

  it('accepts a session whose channel-only fields are omitted (emptyFields: omit)', () => {
    const omitted = session((s) => {
      delete s.page_name;
      delete s.participants;
    });
    expect(validate('SessionInfo', omitted)).toEqual([]);
  });
});

describe('request and answer schemas', () => {
  it('GetTokenAnswer insists on 1800 / 86400 and 32-alphanumeric tokens', () => {
    const answer = {
      errcode: 0,
      errmsg: 'SUCCESS',
      access_token_expire_time: 1800,
      access_token: 'a'.repeat(32),
      refresh_token_expire_time: 86400,
      refresh_token: 'B1'.repeat(16),
    };
    expect(validate('GetTokenAnswer', answer)).toEqual([]);
    expect(validate('RefreshTokenAnswer', answer)).toEqual([]);
    expect(validate('GetTokenAnswer', { ...answer, access_token_expire_time: 3600 })).not.toEqual(
      [],
    );
    expect(validate('GetTokenAnswer', { ...answer, refresh_token: 'short' })).not.toEqual([]);
  });

  it('ErrorAnswer refuses errcode 0 and payload fields', () => {
    expect(validate('ErrorAnswer', { errcode: 60001, errmsg: 'DATA NOT FOUND' })).toEqual([]);
    expect(validate('ErrorAnswer', { errcode: 0, errmsg: 'SUCCESS' })).not.toEqual([]);
    expect(validate('ErrorAnswer', { errcode: 60001, errmsg: 'X', list: [] })).not.toEqual([]);
  });

  it('MessageSessionGetParams wants an integer id', () => {
    expect(validate('MessageSessionGetParams', { id: '2862' })).toEqual([]);
    expect(keywords('MessageSessionGetParams', {})).toEqual(['required']);
    expect(keywords('MessageSessionGetParams', { id: '1.5' })).toEqual(['pattern']);
    expect(keywords('MessageSessionGetParams', { id: ['1', '2'] })).toEqual(['type']);
  });

  it('MessageSessionListParams needs user_no when user_type is 1 (an extension)', () => {
    expect(validate('MessageSessionListParams', { page_size: '10', user_type: '9' })).toEqual([]);
    expect(keywords('MessageSessionListParams', { page_size: '10', user_type: '1' })).toContain(
      'required',
    );
    expect(
      validate('MessageSessionListParams', { page_size: '10', user_type: '1', user_no: '1003' }),
    ).toEqual([]);
    expect(keywords('MessageSessionListParams', { page_size: '0', user_type: '9' })).toEqual([
      'pattern',
    ]);
  });

  it('MessageSessionSearchParams is list params plus a required search_value', () => {
    expect(keywords('MessageSessionSearchParams', { page_size: '5', user_type: '9' })).toEqual([
      'required',
    ]);
    expect(
      validate('MessageSessionSearchParams', { page_size: '5', user_type: '9', search_value: 'x' }),
    ).toEqual([]);
  });
});
