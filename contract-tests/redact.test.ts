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

describe('maskTokenParams', () => {
  it('masks access_token and refresh_token values but keeps what follows them', () => {
    expect(maskTokenParams('?refresh_token=abc;access_token=def"')).toBe(
      '?refresh_token=***;access_token=***"',
    );
  });
});
