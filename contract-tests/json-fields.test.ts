import { describe, expect, it } from 'vitest';
import {
  answerField,
  answerString,
  channelSecrets,
  fieldOf,
  isJsonObject,
  listItems,
  valueAt,
} from './json-fields.js';

describe('json-fields', () => {
  it('takes neither an array nor null for a JSON object', () => {
    expect([{}, { a: 1 }].map(isJsonObject)).toEqual([true, true]);
    expect([[], null, undefined, 'x', 3].map(isJsonObject)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads a field of an object and nothing from any other shape', () => {
    expect(fieldOf({ errcode: 0 }, 'errcode')).toBe(0);
    expect(fieldOf([0], '0')).toBeUndefined();
    expect(fieldOf('errcode', 'length')).toBeUndefined();
    expect(fieldOf(null, 'errcode')).toBeUndefined();
  });

  it('follows a JSON pointer through objects and arrays, and stops where the data ends', () => {
    const data = { list: [{ id: 3, user_info: { user_type: 8 } }] };
    expect(valueAt(data, ['list', '0', 'user_info', 'user_type'])).toBe(8);
    expect(valueAt(data, [])).toBe(data);
    expect(valueAt(data, ['list', '1', 'id'])).toBeUndefined();
    expect(valueAt(data, ['list', '0', 'id', 'deeper'])).toBeUndefined();
  });

  it('reads an answer only when its body is an object', () => {
    expect(answerField({ json: { errmsg: 'SUCCESS' } }, 'errmsg')).toBe('SUCCESS');
    expect(answerField({ json: [{ errmsg: 'SUCCESS' }] }, 'errmsg')).toBeUndefined();
  });

  it('gives a string field only when it is a non-empty string', () => {
    expect(answerString({ json: { access_token: 'abc' } }, 'access_token')).toBe('abc');
    expect(answerString({ json: { access_token: '' } }, 'access_token')).toBeUndefined();
    expect(answerString({ json: { access_token: 7 } }, 'access_token')).toBeUndefined();
    expect(answerString(undefined, 'access_token')).toBeUndefined();
  });

  it('lists the objects of an answer list and leaves out every other item', () => {
    expect(listItems({ json: { list: [{ id: 1 }, null, [2], 'x', { id: 3 }] } })).toEqual([
      { id: 1 },
      { id: 3 },
    ]);
    expect(listItems({ json: { list: { id: 1 } } })).toEqual([]);
    expect(listItems({ json: null })).toEqual([]);
  });
});

describe('channelSecrets', () => {
  it("gives every account_data value and verify_token at any depth, not the credentials' names", () => {
    const channel = {
      id: 1,
      name: 'SMS',
      account_data: [
        { k: 'access_token', v: 'secret-one' },
        { k: 'password', v: 'secret-two' },
      ],
      verify_token: 'secret-three',
    };
    expect(channelSecrets({ errcode: 0, list: [channel] }).sort()).toEqual([
      'secret-one',
      'secret-three',
      'secret-two',
    ]);
    expect(channelSecrets({ errcode: 0, data: { records: [] } })).toEqual([]);
  });
});
