/** get_token, refresh_token and del_token, as the device answers them. */
import type { Endpoint } from './endpoint.js';
import { checkParams } from '../core/params.js';

/** POST get_token {username, password}. */
export const getToken: Endpoint = {
  method: 'POST',
  auth: false,
  mutating: false,
  handle({ body, address, pbx }) {
    const { username, password } = checkParams('GetTokenRequest', body);
    return { ...pbx.tokens.login(username, password, address) };
  },
};

/** POST refresh_token {refresh_token}: a new access token and a new refresh token. */
export const refreshToken: Endpoint = {
  method: 'POST',
  auth: false,
  mutating: false,
  handle({ body, pbx }) {
    const { refresh_token } = checkParams('RefreshTokenRequest', body);
    return { ...pbx.tokens.renew(refresh_token) };
  },
};

/** GET del_token?access_token=…: revokes the token the call carries. */
export const delToken: Endpoint = {
  method: 'GET',
  auth: true,
  mutating: false,
  handle({ query, pbx }) {
    const { access_token } = checkParams('DelTokenParams', query);
    pbx.tokens.revoke(access_token);
    return {};
  },
};
