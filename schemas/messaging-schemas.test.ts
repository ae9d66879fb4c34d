import { describe, expect, it } from 'vitest';
import { validate } from './validators.js';

/** A valid Msg_Record to bend one field at a time. */
const RECORD = {
  session_id: 2862,
  msg_id: 2862001,
  delivery_status: 1,
  sender: { user_no: '1003', user_type: 1, username: 'Alice Johnson' },
  msg_kind: 0,
  msg_type: 0,
  msg_body: 'Hello',
  msg_files: '[{"id":1,"name":"a.pdf","uri":"/files/1/a.pdf","type":"application/pdf","size":9}]',
  send_time: 1755852280,
  receive_time: 1755852281,
  param: '',
  send_error: '',
};

describe('MsgRecord', () => {
  it('accepts a record with msg_files and param as JSON-encoded strings, and a send_error outside the guide list', () => {
    expect(validate('MsgRecord', RECORD)).toEqual([]);
    expect(validate('MsgRecord', { ...RECORD, msg_files: '' })).toEqual([]);
    expect(validate('MsgRecord', { ...RECORD, send_error: 'msg_exceed_limit' })).toEqual([]);
  });

  it.each([
    ['msg_files as an array', { msg_files: [] }],
    ['msg_files as text that is no JSON array', { msg_files: 'a.pdf' }],
    ['param as an object', { param: { destination_type: 'queue' } }],
    ['an unknown msg_type', { msg_type: 9 }],
    ['an unknown delivery_status', { delivery_status: 3 }],
    ['a msg_kind other than 0 and 1', { msg_kind: 2 }],
    ['times in milliseconds as strings', { send_time: '1755852280000' }],
    ['a sender without user_type', { sender: { user_no: '1003', username: 'A' } }],
    ['a sender typed 6', { sender: { user_no: '1003', user_type: 6, username: 'A' } }],
  ])('refuses %s', (_name, change) => {
    expect(validate('MsgRecord', { ...RECORD, ...change })).not.toEqual([]);
  });
});

describe('the answers of message/get and message/query', () => {
  const data = { session_id: 2862, records: [RECORD] };

  it('put one session under data on get and an array under data on query', () => {
    expect(validate('MessageGetAnswer', { errcode: 0, errmsg: 'SUCCESS', data })).toEqual([]);
    expect(validate('MessageQueryAnswer', { errcode: 0, errmsg: 'SUCCESS', data: [data] })).toEqual(
      [],
    );
  });

  it.each([
    ['get under list', 'MessageGetAnswer', { list: data }],
    ['get with an array', 'MessageGetAnswer', { data: [data] }],
    ['query with one object', 'MessageQueryAnswer', { data }],
    ['query under list', 'MessageQueryAnswer', { list: [data] }],
  ] as const)('refuse %s', (_name, title, payload) => {
    expect(validate(title, { errcode: 0, errmsg: 'SUCCESS', ...payload })).not.toEqual([]);
  });
});

describe('the query parameters', () => {
  it.each([
    ['MessageGetParams', { id: '2862', page_size: '20' }, true],
    ['MessageGetParams', { id: '2862', page_size: '20', last_msg_id: '2862001' }, true],
    ['MessageGetParams', { id: '2862' }, false],
    ['MessageGetParams', { id: '2862', page_size: '0' }, false],
    ['MessageGetParams', { id: '2862', page_size: '20', last_msg_id: 'x' }, false],
    ['MessageQueryParams', { ids: '1,2,2862', page_size: '5' }, true],
    ['MessageQueryParams', { ids: '1;2', page_size: '5' }, false],
    ['MessageChannelGetParams', { id: '1' }, true],
    ['MessageChannelGetParams', {}, false],
    ['MessageChannelQueryParams', { ids: '1,2,3' }, true],
    ['MessageChannelQueryParams', { ids: '' }, false],
  ] as const)('%s %j valid: %s', (title, params, valid) => {
    expect(validate(title, params).length === 0).toBe(valid);
  });
});
