/**
 * The device table (schemas/device-endpoints.ts) with a handler attached to each entry: the one place that
 * says which code answers which endpoint. A table entry without a handler here does not compile.
 */
import { DEVICE_ENDPOINTS } from '../../schemas/device-endpoints.js';
import type { DeviceEndpointName, DeviceEndpointSpec } from '../../schemas/device-endpoints.js';
import { checkParams } from '../core/params.js';
import { getChannel, queryChannels } from './channel-endpoints.js';
import type { Endpoint, EndpointContext, Handler, Handlers, InputOf, Payload } from './endpoint.js';
import {
  getSession,
  listSessionsPage,
  querySessions,
  searchSessions,
} from './session-endpoints.js';
import { getMessages, queryMessages } from './message-endpoints.js';
import { delToken, getToken, refreshToken } from './token-endpoints.js';

/** The handler of every endpoint of the table. */
export const HANDLERS: Handlers = {
  get_token: getToken,
  refresh_token: refreshToken,
  del_token: delToken,
  'message_session/get': getSession,
  'message_session/query': querySessions,
  'message_session/list': listSessionsPage,
  'message_session/search': searchSessions,
  'message/get': getMessages,
  'message/query': queryMessages,
  'message_channel/get': getChannel,
  'message_channel/query': queryChannels,
};

function bind<N extends DeviceEndpointName>(
  spec: DeviceEndpointSpec,
  handler: Handler<N>,
): Endpoint {
  return {
    spec,
    run(context: EndpointContext, body: unknown): Payload {
      const input = (
        spec.params !== undefined
          ? checkParams(spec.params, context.query)
          : spec.body !== undefined
            ? checkParams(spec.body, body)
            : {}
      ) as InputOf<N>;
      const output = handler(input, context) as unknown;
      return spec.key === null ? { ...(output as Payload) } : { [spec.key]: output };
    },
  };
}

const BOUND: ReadonlyMap<string, Endpoint> = new Map(
  DEVICE_ENDPOINTS.map((spec) => [
    spec.name,
    bind(spec, HANDLERS[spec.name] as Handler<DeviceEndpointName>),
  ]),
);

/** The endpoint the mock serves at `name` (the path after API_PREFIX), or undefined. */
export function servedEndpoint(name: string | undefined): Endpoint | undefined {
  return name === undefined ? undefined : BOUND.get(name);
}
