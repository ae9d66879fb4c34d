/** Mutations of the message and channel answers: payload keys, encoded fields, times, senders, paging, channels. */
import { onAnswers } from './mutation.js';
import type { Body, Mutation } from './mutation.js';
import type { ProxyHooks, ProxyRequest } from './proxy.js';

/** The records of a message/get answer's data, or of every item of message/query's. */
function recordsIn(body: Body): Body[] {
  const data = body.data;
  const groups = Array.isArray(data) ? (data as Body[]) : data ? [data as Body] : [];
  return groups.flatMap((group) => (Array.isArray(group.records) ? (group.records as Body[]) : []));
}

/** Alters every record message/get and message/query answer. */
function onRecords(alter: (record: Body, records: Body[]) => void): ProxyHooks {
  return onAnswers(undefined, (body, req) => {
    if (req.endpoint !== 'message/get' && req.endpoint !== 'message/query') return;
    const records = recordsIn(body);
    for (const record of records) alter(record, records);
  });
}

/** Alters the records of message/get pages asked with a cursor (last_msg_id), or without one. */
function onGetPages(
  withCursor: boolean,
  alter: (records: Body[], req: ProxyRequest) => void,
): ProxyHooks {
  return onAnswers('message/get', (body, req) => {
    if (req.query.has('last_msg_id') !== withCursor || body.errcode !== 0) return;
    const data = body.data as Body | undefined;
    if (Array.isArray(data?.records)) alter(data.records as Body[], req);
  });
}

/** Alters every channel of message_channel/get and message_channel/query answers. */
function onChannels(alter: (channel: Body) => void): ProxyHooks {
  return onAnswers(undefined, (body, req) => {
    if (req.endpoint === 'message_channel/get' && body.data) alter(body.data as Body);
    if (req.endpoint === 'message_channel/query' && Array.isArray(body.list)) {
      for (const channel of body.list as Body[]) alter(channel);
    }
  });
}

/** Moves a success answer's payload from `from` to `to`. */
function movePayload(endpoint: string, from: string, to: string): ProxyHooks {
  return onAnswers(endpoint, (body) => {
    if (body.errcode !== 0 || !(from in body)) return;
    body[to] = body[from];
    delete body[from];
  });
}

/** Message and channel mutations. */
export const MESSAGE_MUTATIONS: readonly Mutation[] = [
  {
    id: 'message-get-under-list',
    fault:
      'message/get answers its payload under list, as the session endpoints do, instead of data',
    caughtBy: ['message.get'],
    exit: 1,
    message: /\$\.list: data\/list mix-up: message\/get answers its payload under data, not list/,
    hooks: movePayload('message/get', 'data', 'list'),
  },
  {
    id: 'message-query-under-list',
    fault: 'message/query answers its array under list instead of data',
    caughtBy: ['message.query'],
    exit: 1,
    message: /data\/list mix-up: message\/query answers its payload under data, not list/,
    hooks: movePayload('message/query', 'data', 'list'),
  },
  {
    id: 'channel-query-under-data',
    fault:
      'message_channel/query answers its array under data, as message_channel/get does, instead of list',
    caughtBy: ['channel.query'],
    exit: 1,
    message:
      /\$\.data: data\/list mix-up: message_channel\/query answers its payload under list, not data/,
    hooks: movePayload('message_channel/query', 'list', 'data'),
  },
  {
    id: 'channel-get-as-array',
    fault: 'message_channel/get answers data as an array holding the channel, like query',
    caughtBy: ['channel.get'],
    exit: 1,
    message: /\$\.data: expected a value of type object, found an array/,
    hooks: onAnswers('message_channel/get', (body) => {
      if (body.errcode === 0) body.data = [body.data];
    }),
  },
  {
    id: 'msg-files-as-array',
    fault: 'msg_files sent as a JSON array instead of a JSON-encoded string',
    caughtBy: ['message.get', 'message.paging', 'message.query'],
    exit: 1,
    message: /\.msg_files: msg_files is a JSON-encoded string of a File_Info array, not an array/,
    hooks: onRecords((record) => {
      if (typeof record.msg_files === 'string' && record.msg_files !== '')
        record.msg_files = JSON.parse(record.msg_files) as unknown;
    }),
  },
  {
    id: 'msg-files-not-json',
    fault: 'msg_files a string that does not parse ("[{]")',
    caughtBy: ['message.get'],
    exit: 1,
    message:
      /\.msg_files: msg_files parses \(JSON\.parse\) to a File_Info array; expected a JSON array text, found "\[\{\]", which does not parse/,
    hooks: onRecords((record) => {
      record.msg_files = '[{]';
    }),
  },
  {
    id: 'file-info-without-uri',
    fault: "msg_files' File_Info objects leave out uri",
    caughtBy: ['message.get'],
    exit: 1,
    message:
      /\.msg_files: msg_files parses to File_Info objects \(id, name, uri, type, size\); item 0 lacks uri/,
    hooks: onRecords((record) => {
      if (typeof record.msg_files !== 'string' || record.msg_files === '') return;
      const files = JSON.parse(record.msg_files) as Body[];
      for (const file of files) delete file.uri;
      record.msg_files = JSON.stringify(files);
    }),
  },
  {
    id: 'records-of-another-session',
    fault: "message/get's records carry the session_id of the session after the one asked for",
    caughtBy: ['message.get'],
    exit: 1,
    message:
      /\$\.data\.records\[0\]\.session_id: every record belongs to the session asked for; expected (\d+), found (?!\1)\d+/,
    hooks: onAnswers('message/get', (body) => {
      const data = body.data as Body | undefined;
      for (const record of (Array.isArray(data?.records) ? data.records : []) as Body[])
        record.session_id = (record.session_id as number) + 1;
    }),
  },
  {
    id: 'param-as-object',
    fault: "system messages' param sent as a JSON object instead of a JSON-encoded string",
    caughtBy: ['message.get'],
    exit: 1,
    message: /\.param: param is a JSON-encoded string, not an object/,
    hooks: onRecords((record) => {
      if (typeof record.param === 'string' && record.param !== '')
        record.param = JSON.parse(record.param) as unknown;
    }),
  },
  {
    id: 'transfer-param-not-json',
    fault: 'a transfer message (msg_type 6) carries param as plain text ("Support Queue")',
    caughtBy: ['message.get'],
    exit: 1,
    message:
      /\.param: the param of a system message of msg_type 6 is a JSON-encoded object \(transfer details\)/,
    hooks: onRecords((record) => {
      if (record.msg_type === 6) record.param = 'Support Queue';
    }),
  },
  {
    id: 'times-in-milliseconds',
    fault: 'send_time and receive_time in milliseconds instead of Unix seconds',
    caughtBy: ['message.get'],
    exit: 1,
    message: /\.send_time: send_time is Unix seconds; this looks like milliseconds/,
    hooks: onRecords((record) => {
      for (const key of ['send_time', 'receive_time']) {
        if (typeof record[key] === 'number') record[key] = record[key] * 1000;
      }
    }),
  },
  {
    id: 'sender-type-for-channel',
    fault: "an sms customer's messages carry sender user_type 3 (WhatsApp)",
    caughtBy: ['message.get'],
    exit: 1,
    message:
      /sender\.user_type: a sender is the session's customer, an extension \(1\) or the API \(9, OPEN\); this "sms" session's customer is 2; expected one of 2, 1, 9, found 3/,
    hooks: onRecords((record) => {
      const sender = record.sender as Body | undefined;
      if (sender?.user_type === 2) sender.user_type = 3;
    }),
  },
  {
    id: 'template-on-sms',
    fault: "an sms session's agent messages carry msg_kind 1 (a WhatsApp template)",
    caughtBy: ['message.get'],
    exit: 1,
    message:
      /msg_kind: msg_kind 1 is a WhatsApp template, so only on whatsapp sessions; this is a "sms" session/,
    hooks: onRecords((record, records) => {
      const sms = records.some((r) => (r.sender as Body | undefined)?.user_type === 2);
      const type = (record.sender as Body | undefined)?.user_type;
      if (sms && (type === 1 || type === 9)) record.msg_kind = 1;
    }),
  },
  {
    id: 'send-error-on-delivered',
    fault: 'messages that were sent (delivery_status 1) carry send_error "send_fail"',
    caughtBy: ['message.get'],
    exit: 1,
    message:
      /\.send_error: send_error is empty unless sending failed \(delivery_status 2\); this message has delivery_status 1; expected "", found "send_fail"/,
    hooks: onRecords((record) => {
      if (record.delivery_status === 1) record.send_error = 'send_fail';
    }),
  },
  {
    id: 'records-oldest-first',
    fault: 'message/get answers records oldest first (an OPEN order; strict against the mock)',
    caughtBy: ['message.order'],
    exit: 1,
    message: /records come newest first: msg_id decreases within a page/,
    hooks: onAnswers('message/get', (body) => {
      const data = body.data as Body | undefined;
      if (Array.isArray(data?.records)) data.records.reverse();
    }),
  },
  {
    id: 'failed-template-shown-sent',
    fault: 'a WhatsApp template that failed is answered as sent (delivery_status 1, no send_error)',
    caughtBy: ['mock.history.failed-whatsapp-template'],
    exit: 1,
    message:
      /the newest message the API sent in session \d+ is the failed WhatsApp template; expected \{"msg_kind":1,"delivery_status":2,"send_error":"template_not_exist"\}, found \{"msg_kind":1,"delivery_status":1,"send_error":""\}/,
    hooks: onRecords((record) => {
      if (record.msg_kind === 1 && record.delivery_status === 2) {
        record.delivery_status = 1;
        record.send_error = '';
      }
    }),
  },
  {
    id: 'seed-history-first-message-lost',
    fault: "session 2862's history leaves out the visitor's first message",
    caughtBy: ['mock.history.seed-session'],
    exit: 1,
    message:
      /session 2862's history agrees with the seed page's session; expected the visitor's first message, then a transfer to a queue, found 1 records, not 2/,
    hooks: onAnswers('message/get', (body, req) => {
      const data = body.data as Body | undefined;
      if (req.query.get('id') === '2862' && Array.isArray(data?.records)) data.records.pop();
    }),
  },
  {
    id: 'newest-not-last-msg-id',
    fault:
      "message/get leaves out a session's newest message, so its newest msg_id is not the session's last_msg_id",
    caughtBy: ['message.newest'],
    exit: 1,
    message:
      /the newest message of session \d+ is its last_msg_id in message_session\/list; expected \d+, found newest msg_id \d+/,
    hooks: onGetPages(false, (records) => {
      records.shift();
    }),
  },
  {
    id: 'message-paging-repeats',
    fault: 'message/get ignores last_msg_id, so every page repeats the newest',
    caughtBy: ['message.paging', 'mock.history.long'],
    exit: 1,
    message:
      /no message repeats across pages; expected a message not answered before, found msg_id \d+, already on page 1/,
    hooks: {
      request: (req) => {
        if (req.endpoint === 'message/get') req.query.delete('last_msg_id');
      },
    },
  },
  {
    id: 'message-paging-includes-cursor',
    fault:
      'message/get pages from the cursor on, including it (<= instead of <), so pages overlap by one',
    caughtBy: ['message.paging'],
    exit: 1,
    message:
      /a page holds only messages older than its cursor \(last_msg_id=\d+\), not the cursor itself nor newer ones/,
    hooks: {
      request: (req) => {
        const cursor = req.query.get('last_msg_id');
        if (req.endpoint === 'message/get' && cursor !== null)
          req.query.set('last_msg_id', String(Number(cursor) + 1));
      },
    },
  },
  {
    id: 'message-paging-skips',
    fault:
      'message/get drops the first message older than the cursor, so paging skips one message a page',
    caughtBy: ['message.paging', 'mock.history.long'],
    exit: 1,
    message:
      /paging skips no message: pages of 5 hold every message that one page of 20 holds .*found missing \d+/,
    hooks: onGetPages(true, (records) => {
      records.shift();
    }),
  },
  {
    id: 'message-page-size-ignored',
    fault: 'message/get ignores page_size and answers up to 50 messages a page',
    caughtBy: ['message.get', 'message.paging'],
    exit: 1,
    message:
      /\$\.data\.records: a page holds at most page_size messages \(page_size honoured\); expected at most 5 records, found \d+ records/,
    hooks: {
      request: (req) => {
        if (req.endpoint === 'message/get') req.query.set('page_size', '50');
      },
    },
  },
  {
    id: 'message-query-page-size-ignored',
    fault: 'message/query ignores page_size and answers up to 50 messages a session',
    caughtBy: ['message.query'],
    exit: 1,
    message:
      /\$\.data\[\d+\]\.records: each session holds at most page_size messages \(page_size honoured\); expected at most 5 records, found \d+ records/,
    hooks: {
      request: (req) => {
        if (req.endpoint === 'message/query') req.query.set('page_size', '50');
      },
    },
  },
  {
    id: 'msg-id-as-string',
    fault:
      'msg_id sent as a string ("2862001"), as one public client shows message/send answering it',
    caughtBy: ['message.get'],
    exit: 1,
    message: /\$\.data\.records\[0\]\.msg_id: expected a value of type integer, found "\d+"/,
    hooks: onRecords((record) => {
      if (typeof record.msg_id === 'number') record.msg_id = String(record.msg_id);
    }),
  },
  {
    id: 'message-query-leaves-one-out',
    fault: 'message/query leaves out the last session asked for',
    caughtBy: ['message.query'],
    exit: 1,
    message:
      /message\/query answers every session asked for that message\/get answered; expected every id of .*found missing \d+/,
    hooks: onAnswers('message/query', (body) => {
      if (Array.isArray(body.data)) body.data.pop();
    }),
  },
  {
    id: 'message-query-not-newest',
    fault: "message/query answers each session's oldest messages instead of its newest",
    caughtBy: ['message.query'],
    exit: 1,
    message: /message\/query answers each session's newest messages, as message\/get does/,
    hooks: onAnswers('message/query', (body) => {
      for (const item of (Array.isArray(body.data) ? body.data : []) as Body[]) {
        if (Array.isArray(item.records) && item.records.length > 1) item.records.reverse();
      }
    }),
  },
  {
    id: 'param-list-without-field',
    fault: 'message/get without page_size answers 40002 with an empty invalid_param_list',
    caughtBy: ['error.message-missing-page-size'],
    exit: 1,
    message:
      /\$\.invalid_param_list\[\*\]\.field: invalid_param_list names the parameter at fault; expected an entry with field "page_size", found an array \[\]/,
    hooks: onAnswers('message/get', (body) => {
      if (body.errcode === 40002) body.invalid_param_list = [];
    }),
  },
  {
    id: 'channel-query-repeats',
    fault: 'message_channel/query answers its first channel twice',
    caughtBy: ['channel.query'],
    exit: 1,
    message:
      /\$\.list\[\d+\]\.id: query answers the channels asked for, each once; expected one of 1\.\.20, not answered before, found 1/,
    hooks: onAnswers('message_channel/query', (body) => {
      if (Array.isArray(body.list) && body.list.length > 0) body.list.push(body.list[0]);
    }),
  },
  {
    id: 'did-missing-from-channel',
    fault:
      "channels leave their first DID out of dids, so sessions on it belong to no channel's dids",
    caughtBy: ['channel.dids'],
    exit: 1,
    message: /a session's did_number is among its channel's dids/,
    hooks: onChannels((channel) => {
      if (Array.isArray(channel.dids)) channel.dids.shift();
    }),
  },
  {
    id: 'whatsapp-fields-on-sms',
    fault: 'sms channels carry a phone_number_id (a WhatsApp-only field)',
    caughtBy: ['channel.query', 'channel.get'],
    exit: 1,
    message:
      /\.phone_number_id: phone_number_id is for WhatsApp channels only; this is a "sms" channel/,
    hooks: onChannels((channel) => {
      if (channel.type === 'sms') channel.phone_number_id = '100000000000099';
    }),
  },
  {
    id: 'channel-get-differs',
    fault: 'message_channel/get answers a channel with another send_rate than query shows for it',
    caughtBy: ['channel.get'],
    exit: 1,
    message: /get and query answer the same channel alike .*found different send_rate/,
    hooks: onAnswers('message_channel/get', (body) => {
      const data = body.data as Body | undefined;
      if (data && typeof data.send_rate === 'number') data.send_rate += 1;
    }),
  },
];
