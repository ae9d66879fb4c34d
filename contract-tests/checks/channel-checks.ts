/**
 * message_channel/query and message_channel/get: shapes (Msg_Channel's rules included), `list` on query and
 * `data` on get, ids, and sessions' DIDs in their channel's `dids`. A device has no endpoint listing its
 * channels, so they are found by asking query for ids 1 to 20. Channels hold provider credentials
 * (account_data, verify_token): findings never show their values (finding.ts, redact.ts).
 */
import { expectSuccess, metaOf, violation } from '../answer-checks.js';
import type { Check } from '../check.js';
import { shown } from '../finding.js';
import { answerField, fieldOf, isJsonObject } from '../json-fields.js';
import type { JsonObject } from '../json-fields.js';
import { channelDiscovery } from '../message-walks.js';
import type { RunContext } from '../run-context.js';
import type { Exchange } from '../target-client.js';
import { keyMixUp } from './message-checks.js';

/** Channels read with message_channel/get at most. */
const CHANNELS_TO_GET = 10;

/** message_channel/get for `id`, once. */
function getChannel(ctx: RunContext, id: number): Promise<Exchange> {
  return ctx.once(`message_channel/get:${id}`, () =>
    ctx.client.call({
      method: 'GET',
      endpoint: 'message_channel/get',
      token: ctx.token,
      query: { id: String(id) },
    }),
  );
}

/** The fields whose values differ between two channels (names only: values may be secrets). */
function differingFields(a: JsonObject, b: JsonObject): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

const queryCheck: Check = {
  id: 'channel.query',
  title:
    'message_channel/query answers valid Msg_Channels under list (an array, not data), only ids asked for, each once',
  level: 'DOC',
  mockOnly: false,
  async run(ctx, sink) {
    const { asked, answer } = await channelDiscovery(ctx);
    if (!expectSuccess(sink, answer, 'MessageChannelQueryAnswer')) return;
    keyMixUp(sink, answer, 'message_channel/query', 'list');
    const list = answerField(answer, 'list');
    const ids = (Array.isArray(list) ? list : []).map((item: unknown) => fieldOf(item, 'id'));
    ids.forEach((id, i) => {
      if (typeof id === 'number' && asked.includes(id) && ids.indexOf(id) === i) return;
      violation(sink, metaOf(answer), {
        path: `$.list[${i}].id`,
        rule: 'query answers the channels asked for, each once',
        expected: `one of ${asked[0]}..${asked[asked.length - 1]}, not answered before`,
        found: shown(id),
      });
    });
    if (ids.length === 0) {
      sink.skip(
        `no channel among ids ${asked[0]} to ${asked[asked.length - 1]} (live chat only, or ids numbered otherwise: OPEN)`,
      );
    } else {
      sink.note(`channels found: ids ${ids.map((id) => shown(id)).join(', ')}`);
    }
  },
};

const getCheck: Check = {
  id: 'channel.get',
  title:
    'message_channel/get answers the channel asked for, valid, under data (an object, not list), as query answers it',
  level: 'DOC',
  mockOnly: false,
  async run(ctx, sink) {
    const { channels } = await channelDiscovery(ctx);
    if (channels.size === 0) return sink.skip('message_channel/query found no channel to get');
    for (const [id, listed] of [...channels].slice(0, CHANNELS_TO_GET)) {
      const answer = await getChannel(ctx, id);
      if (!expectSuccess(sink, answer, 'MessageChannelGetAnswer')) continue;
      keyMixUp(sink, answer, 'message_channel/get', 'data');
      const data = answerField(answer, 'data');
      if (!isJsonObject(data)) continue;
      if (data.id !== id) {
        violation(sink, metaOf(answer), {
          path: '$.data.id',
          rule: 'get answers the channel asked for',
          expected: String(id),
          found: shown(data.id),
        });
        continue;
      }
      const differ = differingFields(listed, data);
      if (differ.length > 0) {
        violation(sink, metaOf(answer), {
          path: '$.data',
          rule: 'get and query answer the same channel alike (values not shown: they may be secrets)',
          expected: 'the fields query answered',
          found: `different ${differ.join(', ')}`,
        });
      }
    }
  },
};

const didsCheck: Check = {
  id: 'channel.dids',
  title:
    "a session's did_number is in the dids of its channel (the one named as its channel_name) and the channel's type is its channel_type",
  level: 'OPEN',
  mockOnly: false,
  async run(ctx, sink) {
    const { channels, answer } = await channelDiscovery(ctx);
    const discovery = await ctx.discovery();
    const byName = new Map<unknown, JsonObject>();
    for (const channel of channels.values()) byName.set(channel.name, channel);
    let checked = 0;
    const unknown = new Set<string>();
    for (const [id, info] of discovery.infos) {
      if (info.channel_type === 'livechat') continue;
      const channel = byName.get(info.channel_name);
      if (!channel) {
        unknown.add(String(info.channel_name));
        continue;
      }
      checked++;
      const path = `message_session/query session ${id} + message_channel/query channel ${shown(channel.id)}`;
      if (channel.type !== info.channel_type) {
        violation(sink, metaOf(answer), {
          path,
          rule: "a session's channel_type is its channel's type",
          expected: shown(info.channel_type),
          found: shown(channel.type),
        });
      }
      const dids = Array.isArray(channel.dids) ? channel.dids : [];
      if (!dids.some((route: unknown) => fieldOf(route, 'did_number') === info.did_number)) {
        violation(sink, metaOf(answer), {
          path,
          rule: `a session's did_number is among its channel's dids (channel ${shown(channel.name)})`,
          expected: `one of ${shown(dids.map((route: unknown) => fieldOf(route, 'did_number')))}`,
          found: shown(info.did_number),
        });
      }
    }
    if (unknown.size > 0) {
      sink.note(
        `${unknown.size} channel name(s) of sessions match no channel found (ids 1 to 20 asked): not checked`,
      );
    }
    if (checked === 0) sink.skip('no session names a channel that message_channel/query found');
  },
};

/** The channel checks, in the order they run. */
export const CHANNEL_CHECKS: readonly Check[] = [queryCheck, getCheck, didsCheck];
