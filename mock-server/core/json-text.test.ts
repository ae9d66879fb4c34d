import { describe, expect, it } from 'vitest';
import { answerText, successBytes, withJsonText } from './json-text.js';

describe('remembered answers', () => {
  const page = withJsonText(Object.freeze({ records: [{ msg_id: 1, msg_body: 'héllo' }] }), '');
  withJsonText(page, JSON.stringify(page));

  it('writes the bytes JSON.stringify would, and the same buffer for the same value', () => {
    const first = successBytes(0, 'SUCCESS', { data: page });
    expect(first?.toString('utf8')).toBe(
      JSON.stringify({ errcode: 0, errmsg: 'SUCCESS', data: page }),
    );
    expect(successBytes(0, 'SUCCESS', { data: page })).toBe(first);
    // under another key the answer differs, so it is not the remembered one
    expect(successBytes(0, 'SUCCESS', { list: page })?.toString('utf8')).toBe(
      JSON.stringify({ errcode: 0, errmsg: 'SUCCESS', list: page }),
    );
  });

  it('remembers nothing for errors, several keys or values without a remembered text', () => {
    expect(successBytes(60001, 'DATA NOT FOUND', { data: page })).toBeUndefined();
    expect(successBytes(0, 'SUCCESS', { data: page, list: page })).toBeUndefined();
    expect(successBytes(0, 'SUCCESS', { data: { records: [] } })).toBeUndefined();
    expect(answerText(0, 'SUCCESS', { data: { records: [] } })).toBeUndefined();
  });
});
