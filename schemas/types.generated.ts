/* eslint-disable */
/**
 * GENERATED FILE, DO NOT EDIT.
 * Generated from schemas/*.json by `npm run gen:types` (json-schema-to-typescript);
 * `npm run gen:check` fails when it differs from what the schemas produce.
 */

/**
 * One entry of invalid_param_list: the field at fault and either the offending value or the rule it broke (DOC).
 */
export interface InvalidParam {
  /**
   * Name of the parameter at fault.
   */
  field: string;
  /**
   * The value that was rejected.
   */
  value?: string;
  /**
   * The rule that was broken, e.g. "required".
   */
  validation_type?: string;
}

/**
 * Every answer of the device: HTTP 200 with errcode (0 = success) and errmsg, plus the endpoint's payload (DOC). The errcode set is open: new firmware may add codes, so it is not an enum here.
 */
export interface Envelope {
  /**
   * 0 on success; non-zero on failure.
   */
  errcode: number;
  /**
   * SUCCESS, or the catalogue's message for errcode.
   */
  errmsg: string;
  /**
   * Which request parameters were rejected.
   */
  invalid_param_list?: InvalidParam[];
  /**
   * Fields whose value already exists (with 40003). Item shape is OPEN; the mock sends field names.
   */
  duplicate_field_list?: string[];
}

/**
 * A failed call: a non-zero errcode, its errmsg and, for parameter errors, the fields at fault. No payload.
 */
export interface ErrorAnswer {
  errcode: number;
  errmsg: string;
  invalid_param_list?: InvalidParam[];
  duplicate_field_list?: string[];
}

/**
 * The external customer of a message session (Customer_Info, DOC).
 */
export interface CustomerInfo {
  /**
   * Always 0 for the external customer (DOC).
   */
  user_id: 0;
  /**
   * The customer's id or phone number.
   */
  user_no: string;
  /**
   * 2 SMS, 3 WhatsApp, 4 Facebook, 5 Live Chat, 8 campaign recipient (DOC).
   */
  user_type: 2 | 3 | 4 | 5 | 8;
  /**
   * Avatar id; may be empty.
   */
  avatar: string;
  /**
   * The customer's display name.
   */
  username: string;
}

/**
 * A message-queue agent taking part in a session (Agent_Info, DOC).
 */
export interface AgentInfo {
  /**
   * Extension id.
   */
  user_id: number;
  /**
   * Extension number.
   */
  user_no: string;
  /**
   * 1 = extension (DOC).
   */
  user_type: 1;
  /**
   * Avatar id; may be empty.
   */
  avatar: string;
  /**
   * Extension name.
   */
  username: string;
}

/**
 * The pre-chat form a live-chat visitor filled in (PreChat_Form, DOC).
 */
export interface PreChatForm {
  name: string;
  email: string;
  phone: string;
  first_name: string;
  last_name: string;
}

/**
 * One message session as message_session/get and message_session/query return it (Session_Info, DOC).
 */
export type SessionInfo = {
  /**
   * Unique session id.
   */
  id: number;
  /**
   * Messaging channel type (DOC).
   */
  channel_type: 'sms' | 'whatsapp' | 'facebook' | 'livechat';
  /**
   * The DID the session uses (LC00000-like for live chat).
   */
  did_number: string;
  /**
   * The external customer's id or phone number.
   */
  to_number: string;
  /**
   * Facebook page name; only carries a value for facebook sessions (DOC).
   */
  page_name?: string;
  user_info: CustomerInfo;
  /**
   * Name of the messaging channel.
   */
  channel_name: string;
  /**
   * Domain of the site embedding the live-chat widget; only for livechat (DOC).
   */
  website_domain?: string;
  pre_chat_form?: PreChatForm;
  /**
   * campaign when a message campaign created the session; empty when an extension user or the API did (DOC).
   */
  origin: 'campaign' | '';
  /**
   * Queue agents; only filled while the session is assigned to a message queue and not yet taken over (DOC).
   */
  participants?: AgentInfo[];
};

/**
 * One entry of message_session/list and message_session/search (a different shape from SessionInfo, DOC).
 */
export interface SessionListItem {
  /**
   * Unique session id.
   */
  id: number;
  /**
   * The session's channel type.
   */
  type: string;
  /**
   * 1 when the session is closed.
   */
  is_close: 0 | 1;
  /**
   * 1 when the session is archived.
   */
  is_archived: 0 | 1;
  to: CustomerInfo;
  /**
   * Seconds left in the 24-hour reply window (whatsapp, facebook); -1 never expires; 0 expired (DOC).
   */
  expire: number;
  /**
   * The DID the session uses.
   */
  did_number: string;
  /**
   * Id of the newest message; the paging cursor for first_msg_id (SEEN).
   */
  last_msg_id: number;
}

/**
 * Query parameters of GET message_session/get (besides access_token).
 */
export interface MessageSessionGetParams {
  /**
   * The session's unique id, an integer (DOC). Search sessions to find ids.
   */
  id: string;
}

/**
 * Success answer of message_session/get: one SessionInfo under the key list (DOC).
 */
export interface MessageSessionGetAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
  list: SessionInfo;
}

/**
 * Query parameters of GET message_session/query (besides access_token).
 */
export interface MessageSessionQueryParams {
  /**
   * Comma-separated session ids (DOC).
   */
  ids: string;
}

/**
 * Success answer of message_session/query: an array of SessionInfo under list (DOC).
 */
export interface MessageSessionQueryAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
  list: SessionInfo[];
}

/**
 * Query parameters of GET message_session/list (besides access_token).
 */
export interface MessageSessionListParams {
  /**
   * Sessions per page (required, DOC).
   */
  page_size: string;
  /**
   * 1 an extension's view; 9 the API / analytics platform's view (DOC).
   */
  user_type: '1' | '9';
  /**
   * Extension number when user_type is 1; api or empty when 9 (DOC).
   */
  user_no?: string;
  /**
   * all or campaign; omitted = non-campaign sessions only (DOC).
   */
  collection?: 'all' | 'campaign';
  /**
   * Cursor: the previous page's last last_msg_id (DOC).
   */
  first_msg_id?: string;
  /**
   * 0 not archived, 1 archived, 2 all (DOC).
   */
  is_archived?: '0' | '1' | '2';
  /**
   * 0 open, 1 closed, 2 all (DOC).
   */
  is_closed?: '0' | '1' | '2';
  /**
   * 0 all, 1 picked up, 2 not picked up (DOC).
   */
  is_pickup?: '0' | '1' | '2';
}

/**
 * Query parameters of GET message_session/search: those of message_session/list plus search_value.
 */
export type MessageSessionSearchParams = MessageSessionListParams & {
  /**
   * What to look for (DOC).
   */
  search_value: string;
};

/**
 * Success answer of message_session/list and message_session/search: an array of SessionListItem under list (DOC).
 */
export interface MessageSessionListAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
  list: SessionListItem[];
}

/**
 * JSON body of POST get_token: the API client's id and secret, in clear (DOC).
 */
export interface GetTokenRequest {
  /**
   * The API client id.
   */
  username: string;
  /**
   * The API client secret.
   */
  password: string;
}

/**
 * Success answer of get_token (and of refresh_token): a new access and refresh token with their lifetimes in seconds (DOC).
 */
export interface GetTokenAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
  /**
   * Access-token lifetime: 30 minutes (DOC).
   */
  access_token_expire_time: 1800;
  access_token: string;
  /**
   * Refresh-token lifetime: 24 hours (DOC).
   */
  refresh_token_expire_time: 86400;
  refresh_token: string;
}

/**
 * JSON body of POST refresh_token (DOC).
 */
export interface RefreshTokenRequest {
  refresh_token: string;
}

/**
 * Success answer of refresh_token: the same shape as get_token's, with a new access token AND a new refresh token (DOC).
 */
export interface RefreshTokenAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
  /**
   * Access-token lifetime: 30 minutes (DOC).
   */
  access_token_expire_time: 1800;
  access_token: string;
  /**
   * Refresh-token lifetime: 24 hours (DOC).
   */
  refresh_token_expire_time: 86400;
  refresh_token: string;
}

/**
 * Query parameters of GET del_token: the access token to revoke (DOC).
 */
export interface DelTokenParams {
  access_token: string;
}

/**
 * Success answer of del_token (DOC).
 */
export interface DelTokenAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
}
