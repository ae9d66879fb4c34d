/**
 * Handlers of message_channel/get and message_channel/query over the PBX's fixed channel set
 * (fixtures/channel-set.ts). The answers carry account_data as a device's do: the values are fake, and
 * nothing the mock logs or journals holds an answer (the journal keeps request lines only).
 */
import { Errcode } from '../../schemas/error-catalogue.js';
import type { MsgChannel } from '../../schemas/types.generated.js';
import { channelById } from '../../fixtures/channel-set.js';
import { DeviceError } from '../core/device-error.js';
import type { Handler } from './endpoint.js';

/** GET message_channel/get?id=N: one MsgChannel under `data`; 60001 for an unknown id (OPEN errcode). */
export const getChannel: Handler<'message_channel/get'> = ({ id }) => {
  const channel = channelById(Number(id));
  if (!channel) throw new DeviceError(Errcode.DATA_NOT_FOUND, {}, { why: `no channel ${id}` });
  return channel;
};

/** GET message_channel/query?ids=1,2: the known channels in the order asked, under `list`; unknown left out. */
export const queryChannels: Handler<'message_channel/query'> = ({ ids }) => {
  const list: MsgChannel[] = [];
  for (const id of new Set(ids.split(',').map(Number))) {
    const channel = channelById(id);
    if (channel) list.push(channel);
  }
  return list;
};
