/**
 * Generated bodies for the endpoints that change conversations (message/send, message_session/close and
 * transfer): mostly plausible, so floods of sends really write messages, with a mutation or two (a wrong
 * type, a huge request_id, two files, a bad `to`, an unknown session or extension, prototype keys).
 */
import fc from 'fast-check';
import { CHANNELS } from '../../fixtures/channel-set.js';
import { huge, oddStrings, text } from './fuzz-values.js';

/** One generated call: the endpoint and its JSON body text. */
export interface ConversationCall {
  readonly endpoint: 'message/send' | 'message_session/close' | 'message_session/transfer';
  readonly body: string;
}

const sessionId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(2862, 1, 2, 3, 5, 8, 13, 21, 34, 48) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.oneof(oddStrings, fc.constant(null), fc.double()) },
);

const dids = CHANNELS.flatMap((c) => c.dids.map((d) => [c.channel, d.did_number] as const));

const file = fc.record({
  id: fc.nat(),
  name: fc.constantFrom('a.png', 'b.pdf', ''),
  uri: fc.constant('/files/1/a.png'),
  type: fc.constantFrom('image/png', 'application/pdf'),
  size: fc.nat(),
});

/** A field left out three times in four: most generated bodies stay valid enough to write a message. */
const field = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** A message/send body: into a session, or to a channel, DID and number; a template now and then. */
const sendBody = fc
  .record({
    sender: fc.oneof(
      {
        weight: 5,
        arbitrary: fc.constantFrom({ sender_type: 9, sender_no: 'api' }, { sender_type: 9 }),
      },
      {
        weight: 5,
        arbitrary: fc
          .constantFrom('1003', '1004', '1006', '1008')
          .map((no) => ({ sender_type: 1, sender_no: no })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom(0, 1, 2, 9, '9'),
            fc.constantFrom('', '9999', '1003 ', 'api', '1003'),
          )
          .map(([type, no]) => ({ sender_type: type, sender_no: no })),
      },
    ),
    target: fc.oneof(
      { weight: 3, arbitrary: sessionId.map((id) => ({ session_id: id })) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom(...dids),
            fc.oneof(
              fc.constantFrom('+15550100', '+1 (555) 0111', '5550122#', '*99'),
              fc.constantFrom('+1555abc', '', '++1'),
            ),
          )
          .map(([[channel, did], to]) => ({ channel, did_number: did, to })),
      },
    ),
    msg_kind: field(fc.constantFrom(0, 1, 2)),
    msg_body: fc.oneof(
      { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
      { weight: 1, arbitrary: fc.oneof(text, fc.constant(''), huge(4_000, 5_000)) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    files: field(fc.array(file, { maxLength: 2 })),
    whatsapp_msg_param: field(fc.oneof(fc.constant('{"name":"hello"}'), text)),
    tag: field(fc.constantFrom('HUMAN_AGENT', 'bad tag')),
    request_id: field(fc.oneof(text, huge(100, 130), huge(10_000, 60_000))),
  })
  .map(({ sender, target, ...rest }) => {
    const body: Record<string, unknown> = { ...sender, ...target };
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) body[key] = value;
    if (!('msg_body' in body) && !('files' in body)) body.msg_body = 'hello';
    return body;
  });

const closeBody = fc.record({ session_id: sessionId });

const transferBody = fc
  .tuple(
    sessionId,
    fc.constantFrom('extension', 'queue', 'api', 'ivr'),
    field(fc.oneof(fc.constantFrom('1003', '1007', '6400', '6402', '9999', 0, ''), oddStrings)),
  )
  .map(([id, type, destination]) =>
    destination === undefined
      ? { session_id: id, destination_type: type }
      : { session_id: id, destination_type: type, destination_id: destination },
  );

/** With one chance in eight, a hostile twist on a body: a prototype key or a broken text. */
function twisted(body: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> {
  return fc.tuple(body, fc.integer({ min: 0, max: 15 })).map(([value, roll]) => {
    const json = JSON.stringify(value);
    if (roll === 0) return json.replace('{', '{"__proto__":{"sender_type":9},');
    if (roll === 1) return json.slice(0, Math.max(1, json.length - 3));
    return json;
  });
}

/** A generated conversation call: floods of sends, with closes and transfers among them. */
export const conversationCallArb: fc.Arbitrary<ConversationCall> = fc.oneof(
  {
    weight: 6,
    arbitrary: twisted(sendBody).map((body) => ({ endpoint: 'message/send' as const, body })),
  },
  {
    weight: 1,
    arbitrary: twisted(closeBody).map((body) => ({
      endpoint: 'message_session/close' as const,
      body,
    })),
  },
  {
    weight: 2,
    arbitrary: twisted(transferBody).map((body) => ({
      endpoint: 'message_session/transfer' as const,
      body,
    })),
  },
);
