/** The last line of defence: secrets and token query values masked in everything written. */
import { describe, expect, it } from 'vitest';
import { shown } from './finding.js';
import { maskTokenParams, Redactor } from './redact.js';

describe('Redactor', () => {
  it('masks every known secret, longest first, and token query values it never saw', () => {
    const redactor = new Redactor();
    redactor.add('abcd1234');
    redactor.add('abcd1234abcd1234');
    expect(redactor.redact('x abcd1234abcd1234 y abcd1234 z')).toBe('x *** y *** z');
    expect(redactor.redact('GET /x?access_token=QWERTY&id=1: bad')).toBe(
      'GET /x?access_token=***&id=1: bad',
    );
  });

  it('masks a secret that a value cut short for display ends inside', () => {
    const secret = 'Very-Secret-Client-Value-2026';
    const redactor = new Redactor();
    redactor.add(secret);
    // a device echoing the password in invalid_param_list, long enough to be cut mid-secret
    const echoed = shown([{ field: 'password', value: `${'x'.repeat(70)}${secret}` }]);
    expect(echoed).toContain('Very-Sec');
    const redacted = redactor.redact(`found: ${echoed} (expected 0)`);
    expect(redacted).not.toContain('Very-Sec');
    expect(redacted).toContain('***... (expected 0)');
  });

  it('ignores secrets too short to mask safely', () => {
    const redactor = new Redactor();
    redactor.add('ab');
    expect(redactor.redact('abc')).toBe('abc');
  });

  it('redacts every string of a structure', () => {
    const redactor = new Redactor();
    redactor.add('s3cret-value');
    expect(redactor.redactDeep({ a: ['s3cret-value!'], b: { c: 'ok' } })).toEqual({
      a: ['***!'],
      b: { c: 'ok' },
    });
  });
});

describe('Redactor, for a secret echoed in another encoding', () => {
  const secret = 'p@ss w/rd+&=x"<é\\';
  const html = (text: string) =>
    text
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&#39;');
  const forms: [string, string][] = [
    ['URL-encoded with %20', encodeURIComponent(secret)],
    ['URL-encoded with +', new URLSearchParams({ pw: secret }).toString().slice(3)],
    [
      'URL-encoded in lower-case hex',
      encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    ],
    ['HTML-escaped', html(secret)],
    [
      'HTML-escaped with numeric entities',
      [...secret].map((c) => `&#${c.codePointAt(0)};`).join(''),
    ],
    [
      'HTML-escaped with hex entities',
      [...secret].map((c) => `&#x${(c.codePointAt(0) ?? 0).toString(16)};`).join(''),
    ],
    ['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
    [
      'JSON-escaped as \\u escapes',
      [...secret]
        .map((c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
        .join(''),
    ],
    ['JSON-escaped with \\/', JSON.stringify(secret).slice(1, -1).replaceAll('/', '\\/')],
    ['HTML-escaped then JSON-escaped', JSON.stringify(html(secret)).slice(1, -1)],
    ['base64 of id:secret', Buffer.from(`crm:${secret}`).toString('base64')],
    [
      'base64 of id:secret, URL-encoded',
      encodeURIComponent(Buffer.from(`crm:${secret}`).toString('base64')),
    ],
    ['base64 of the secret', Buffer.from(secret).toString('base64')],
  ];

  it.each(forms)('masks it %s', (_name, form) => {
    const redactor = new Redactor();
    redactor.addCredentials('crm', secret);
    expect(redactor.redact(`pw=${form} end`)).toBe('pw=*** end');
  });

  it('masks a token of the run in the same encodings', () => {
    const token = 'Tok en/with+odd&chars';
    const redactor = new Redactor();
    redactor.add(token);
    for (const form of [
      encodeURIComponent(token),
      new URLSearchParams({ t: token }).toString().slice(2),
      html(token),
      JSON.stringify(token),
    ]) {
      expect(redactor.redact(`t=${form};`)).not.toContain('en/with');
      expect(redactor.redact(`t=${form};`)).not.toContain('en%2Fwith');
    }
  });

  it('masks an encoded secret cut short for display', () => {
    const redactor = new Redactor();
    redactor.addCredentials('crm', secret);
    const cut = `"${encodeURIComponent(secret).slice(0, 14)}..."`;
    expect(redactor.redact(cut)).toBe('"***..."');
  });
});

describe('maskTokenParams', () => {
  it('masks access_token and refresh_token values but keeps what follows them', () => {
    expect(maskTokenParams('?refresh_token=abc;access_token=def"')).toBe(
      '?refresh_token=***;access_token=***"',
    );
  });
});
