/** Handlers of get_token, refresh_token and del_token, as the device answers them. */
import type { TokenPair } from '../state/token-store.js';
import type { Handler, OutputOf } from './endpoint.js';

/**
 * The pair as the answer carries it. The schema's lifetimes are the device's (1800 s and 86400 s); a mock
 * started with other lifetimes answers those on purpose, so a client's handling of them can be tested.
 */
function tokenAnswer(pair: TokenPair): OutputOf<'get_token'> {
  return pair as OutputOf<'get_token'>;
}

/** POST get_token {username, password}. */
export const getToken: Handler<'get_token'> = ({ username, password }, { address, pbx }) =>
  tokenAnswer(pbx.tokens.login(username, password, address));

/** POST refresh_token {refresh_token}: a new access token and a new refresh token. */
export const refreshToken: Handler<'refresh_token'> = ({ refresh_token }, { pbx }) =>
  tokenAnswer(pbx.tokens.renew(refresh_token));

/** GET del_token?access_token=…: revokes the token the call carries. */
export const delToken: Handler<'del_token'> = ({ access_token }, { pbx }) => {
  pbx.tokens.revoke(access_token);
  return {};
};
