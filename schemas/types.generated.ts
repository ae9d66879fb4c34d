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

/**
 * Who wrote a message (Sender_Info): the customer (Customer_Info's user_type), an extension (1) or the API (SEEN from client code).
 */
export interface SenderInfo {
  /**
   * The customer's id or number, the extension number, or api.
   */
  user_no: string;
  /**
   * 1 extension, 2 SMS, 3 WhatsApp, 4 Facebook, 5 Live Chat, 8 campaign recipient (DOC); 9 the API (OPEN).
   */
  user_type: 1 | 2 | 3 | 4 | 5 | 8 | 9;
  /**
   * Display name.
   */
  username: string;
  /**
   * OPEN: not sent by the mock.
   */
  user_id?: number;
  /**
   * OPEN: not sent by the mock.
   */
  avatar?: string;
}

/**
 * A file attached to a message, as message/batchupload returns it and as msg_files holds it once parsed (File_Info, DOC on the upload page).
 */
export interface FileInfo {
  /**
   * File id.
   */
  id: number;
  /**
   * File name.
   */
  name: string;
  /**
   * Where the file can be fetched.
   */
  uri: string;
  /**
   * File type.
   */
  type: string;
  /**
   * Size in bytes.
   */
  size: number;
}

/**
 * One message of a session, as message/get and message/query return it (Msg_Record, DOC).
 */
export interface MsgRecord {
  /**
   * The session it belongs to.
   */
  session_id: number;
  /**
   * Message id; the paging cursor of message/get (last_msg_id).
   */
  msg_id: number;
  /**
   * 0 sending, 1 sent, 2 failed (DOC).
   */
  delivery_status: 0 | 1 | 2;
  sender: SenderInfo;
  /**
   * 0 normal, 1 WhatsApp template (DOC).
   */
  msg_kind: 0 | 1;
  /**
   * 0 user message; 1 transferred to an extension or the API; 2 closed manually; 3 closed automatically; 4 unsupported message type; 5 picked up; 6 transferred to a message queue; 7 the visitor closed the session; 8 call-related (DOC).
   */
  msg_type: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  /**
   * Text of the message; may be empty.
   */
  msg_body: string;
  /**
   * A JSON-encoded string of a FileInfo array, not an array (DOC): clients must parse it.
   */
  msg_files: string;
  /**
   * Unix seconds (DOC).
   */
  send_time: number;
  /**
   * Unix seconds (DOC).
   */
  receive_time: number;
  /**
   * A JSON-encoded string (DOC): transfer details for msg_type 1 and 6, call details for 8.
   */
  param: string;
  /**
   * Why sending failed (invalid_phone_number, template_not_exist, ...); empty when none.
   */
  send_error: string;
}

/**
 * One session's messages, newest first: message/get's data, and each item of message/query's data (DOC).
 */
export interface MsgSessionRecords {
  session_id: number;
  records: MsgRecord[];
}

/**
 * Query parameters of GET message/get (besides access_token).
 */
export interface MessageGetParams {
  /**
   * The session id (required, DOC).
   */
  id: string;
  /**
   * Messages per page (required, DOC).
   */
  page_size: string;
  /**
   * Cursor: the page holds messages older than this id, not including it; pass the smallest msg_id of the current page. Without it, the newest messages (DOC).
   */
  last_msg_id?: string;
}

/**
 * Success answer of message/get: one session's messages under the key data, an object (DOC), not list as on the session endpoints. No total_number.
 */
export interface MessageGetAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
  data: MsgSessionRecords;
}

/**
 * Query parameters of GET message/query (besides access_token).
 */
export interface MessageQueryParams {
  /**
   * Comma-separated session ids (DOC).
   */
  ids: string;
  /**
   * Newest messages per session (DOC).
   */
  page_size: string;
}

/**
 * Success answer of message/query: under data, an array with the newest messages of each session asked for (DOC).
 */
export interface MessageQueryAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
  data: MsgSessionRecords[];
}

/**
 * One DID of a channel and where its new sessions go (Msg_Routing).
 */
export interface MsgRouting {
  /**
   * The DID (OPEN field name).
   */
  did_number: string;
  /**
   * Where new sessions on this DID go (OPEN).
   */
  destination_type?: 'extension' | 'queue' | 'api';
  /**
   * The extension or queue number; empty for api (OPEN).
   */
  destination_id?: string;
}

/**
 * A messaging channel, as message_channel/get and message_channel/query return it (Msg_Channel, DOC).
 */
export interface MsgChannel {
  /**
   * Channel id.
   */
  id: number;
  /**
   * Channel name; sessions show it as channel_name.
   */
  name: string;
  /**
   * How the webhook is reached (DOC).
   */
  domain_type: 'fqdn' | 'nat';
  /**
   * Webhook id (OPEN type).
   */
  webhook_gid: number;
  /**
   * The URL the provider calls.
   */
  webhook_url: string;
  /**
   * Channel type (DOC).
   */
  type: 'sms' | 'whatsapp' | 'facebook';
  /**
   * The provider, from message/send's channel list (DOC).
   */
  channel:
    | 'general'
    | 'apidaze'
    | 'athena'
    | 'bandwidth'
    | 'flowroute'
    | 'ixica'
    | 'siptrunk'
    | 'skyetel'
    | 'telnyx'
    | 'twilio'
    | 'vetta'
    | 'voicemeup'
    | 'whatsapp'
    | 'facebook'
    | 'livechat';
  /**
   * Provider credentials as key/value pairs (DOC): secrets.
   */
  account_data: {
    /**
     * Credential name.
     */
    k: string;
    /**
     * Credential value: a secret.
     */
    v: string;
  }[];
  /**
   * Webhook verify token (a secret).
   */
  verify_token: string;
  /**
   * WhatsApp only (DOC).
   */
  phone_number_id?: string;
  /**
   * WhatsApp only (DOC).
   */
  business_account_id?: string;
  /**
   * Messages per second the PBX may send on it (DOC).
   */
  send_rate: number;
  /**
   * Close idle sessions automatically.
   */
  auto_close_session: 0 | 1;
  /**
   * Days before an idle session closes.
   */
  session_expired_time: number;
  /**
   * The channel's DIDs (Msg_Routing, fields OPEN).
   */
  dids: MsgRouting[];
  /**
   * OPEN meaning and type; the mock sends "".
   */
  accompanying_msg: string;
}

/**
 * Query parameters of GET message_channel/get (besides access_token).
 */
export interface MessageChannelGetParams {
  /**
   * The channel id (required, DOC).
   */
  id: string;
}

/**
 * Success answer of message_channel/get: one MsgChannel under the key data (DOC).
 */
export interface MessageChannelGetAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
  data: MsgChannel;
}

/**
 * Query parameters of GET message_channel/query (besides access_token).
 */
export interface MessageChannelQueryParams {
  /**
   * Comma-separated channel ids (DOC).
   */
  ids: string;
}

/**
 * Success answer of message_channel/query: an array of MsgChannel under the key list (DOC), where message_channel/get says data.
 */
export interface MessageChannelQueryAnswer {
  errcode: 0;
  errmsg: 'SUCCESS';
  list: MsgChannel[];
}

/**
 * A misuse of the mock itself (RFC 9457 application/problem+json, never HTTP 200): a malformed control request, an unknown forced errcode, a missing control token.
 */
export interface MockProblemDocument {
  type: string;
  title: string;
  status: number;
  /**
   * What went wrong and what to do.
   */
  detail: string;
  /**
   * Stable code; docs/control-api.md lists each with its HTTP status and meaning.
   */
  code:
    | 'PBX_MOCK_BAD_ERRCODE_PREFERENCE'
    | 'PBX_MOCK_UNKNOWN_ERRCODE'
    | 'PBX_MOCK_UNKNOWN_PREFERENCE'
    | 'PBX_MOCK_BAD_CODE_PREFERENCE'
    | 'PBX_MOCK_BAD_CONTROL_REQUEST'
    | 'PBX_MOCK_UNAUTHORIZED'
    | 'PBX_MOCK_HOST_REFUSED'
    | 'PBX_MOCK_ORIGIN_REFUSED'
    | 'PBX_MOCK_NOT_FOUND'
    | 'PBX_MOCK_METHOD_NOT_ALLOWED'
    | 'PBX_MOCK_CONFLICT'
    | 'PBX_MOCK_STORE_FULL'
    | 'PBX_MOCK_BODY_TOO_LARGE'
    | 'PBX_MOCK_NOT_JSON'
    | 'PBX_MOCK_INTERNAL';
  /**
   * The first request field at fault (control requests).
   */
  field?: string;
  /**
   * Every field at fault, with what is wrong.
   */
  errors?: {
    field: string;
    message: string;
  }[];
  known_errcodes?: number[];
}

/**
 * Latency before the answer: a fixed ms, or a random one between min_ms and max_ms.
 */
export interface ControlDelay {
  ms?: number;
  min_ms?: number;
  max_ms?: number;
}

/**
 * A failure of the device or the network in front of it. reset: the connection is reset (RST); empty: closed without a reply; truncated: the JSON answer cut short; malformed: an answer that is not valid JSON; proxy-error: a reverse proxy's HTML error page; never: no reply until the client gives up.
 */
export interface ControlFault {
  type: 'reset' | 'empty' | 'truncated' | 'malformed' | 'proxy-error' | 'never';
  /**
   * proxy-error only: the HTTP status (default 502).
   */
  status?: 502 | 503 | 504;
}

/**
 * The session a rule serves to message_session/get or message_session/query: a stored one by id, or the first seeded session of a variant. It carries the id the request asked for.
 */
export interface ControlSessionChoice {
  /**
   * Serve this stored session.
   */
  id?: number;
  /**
   * Messaging channel type (DOC).
   */
  channel_type?: 'sms' | 'whatsapp' | 'facebook' | 'livechat';
  /**
   * campaign when a message campaign created the session; empty when an extension user or the API did (DOC).
   */
  origin?: 'campaign' | '';
  /**
   * true: still queued (participants filled); false: taken over (no participants).
   */
  queued?: boolean;
}

/**
 * What a request must look like for a rule to answer it; every given criterion must hold. Empty or absent: every device request (a global rule).
 */
export interface ControlRuleMatch {
  /**
   * An endpoint name (message_session/get) or a full path (/openapi/v1.0/message_session/get); a trailing * matches any suffix (message_session/*).
   */
  path?: string;
  /**
   * The HTTP method.
   */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  /**
   * Query parameters that must be present once with exactly these values, e.g. {"id": "5"}.
   */
  query?: {
    [k: string]: string | undefined;
  };
  /**
   * Request headers (names case-insensitive) that must carry exactly these values.
   */
  headers?: {
    [k: string]: string | undefined;
  };
  /**
   * Answer from the n-th request that meets the other criteria on (1 = the first); earlier ones get the normal answer.
   */
  call?: number;
}

/**
 * What a matching request gets: one of errcode, session or fault, optionally after a delay; a delay alone delays the normal answer.
 */
export interface ControlRuleAnswer {
  /**
   * HTTP 200 with this errcode and the catalogue's errmsg; it must be in the catalogue (configured extras included).
   */
  errcode?: number;
  session?: ControlSessionChoice;
  fault?: ControlFault;
  delay?: ControlDelay;
}

/**
 * A scenario rule (POST /__mock/rules): which device requests it matches and what the mock answers instead. Rules are tried in the order they were added; a rule without match is global. Mock-only, never sent by a device.
 */
export interface ControlRule {
  /**
   * Name to list and remove it by; rule-1, rule-2, ... when absent.
   */
  id?: string;
  /**
   * Free text for people.
   */
  description?: string;
  match?: ControlRuleMatch;
  answer: ControlRuleAnswer;
  /**
   * How many requests it answers (1 = once); then it stays listed, inactive. Absent: until removed or reset.
   */
  times?: number;
}

/**
 * A rule as GET /__mock/rules lists it, with its counters: a rule that matched nothing during a run shows seen 0.
 */
export interface ControlRuleState {
  rule: ControlRule;
  /**
   * Requests that met its criteria while it was active (call counts these).
   */
  seen: number;
  /**
   * Requests it answered.
   */
  hits: number;
  /**
   * Answers left when times was given.
   */
  remaining?: number;
  /**
   * false once times answers are used up.
   */
  active: boolean;
}

/**
 * Answer of GET /__mock/rules: every rule in the order they are tried.
 */
export interface ControlRuleList {
  rules: ControlRuleState[];
}

/**
 * Body of POST /__mock/clock: move the mock's time forward, or back to real time.
 */
export interface ControlClockRequest {
  /**
   * A duration such as "31m", "24h", "1d" or "90s", or milliseconds as an integer.
   */
  advance?: string | number;
  /**
   * Back to real time.
   */
  reset?: true;
}

/**
 * Answer of GET and POST /__mock/clock: the mock's time and how far ahead of real time it is.
 */
export interface ControlClockState {
  /**
   * The mock's time.
   */
  now: string;
  /**
   * The mock's time, in ms since the epoch.
   */
  now_ms: number;
  /**
   * Ahead of real time, in ms.
   */
  offset_ms: number;
  /**
   * The same, readable ("31m"; "0ms" at real time).
   */
  offset: string;
}

/**
 * A session's state that only list and search show. The store keeps last_msg_id (the paging order follows the session id): requests may not set it.
 */
export interface ControlSessionState {
  /**
   * 1 closes the session.
   */
  is_close?: 0 | 1;
  /**
   * 1 archives it.
   */
  is_archived?: 0 | 1;
  /**
   * Seconds left in the reply window; -1 never; 0 expired.
   */
  expire?: number;
  /**
   * Kept by the store.
   */
  last_msg_id?: number;
}

/**
 * Body of POST /__mock/sessions[/:id]: a session to add (or, with an id in the path, to put in place of one). info is checked against SessionInfo once its id is known; without one the store assigns the next free id.
 */
export interface ControlSessionCreate {
  /**
   * A SessionInfo (see session-info.json); id may be left out.
   */
  info: {};
  state?: ControlSessionState;
}

/**
 * Body of PATCH /__mock/sessions/:id: fields to change. Close: {"state":{"is_close":1}}; archive: {"state":{"is_archived":1}}; take over: {"info":{"participants":[]}}. The result is checked against SessionInfo.
 */
export interface ControlSessionPatch {
  /**
   * SessionInfo fields to replace (not id).
   */
  info?: {};
  state?: ControlSessionState;
}

/**
 * A stored session as the control API shows it: what get answers (info) and what list and search show besides (state).
 */
export interface ControlSessionView {
  info: SessionInfo;
  state: ControlSessionState;
}

/**
 * Answer of GET /__mock/sessions: the seeded set and every session changed through the control API since the last reset.
 */
export interface ControlSessionList {
  seed: number;
  /**
   * Seeded ids 1..generated (plus 2862).
   */
  generated: number;
  /**
   * Added or changed sessions, newest id first.
   */
  changed: ControlSessionView[];
  /**
   * Removed ids.
   */
  removed: number[];
}

/**
 * Body of PUT /__mock/sessions/:id/history: the shape of the session's history, either a named one ({"name":"long"}: 500 messages; {"name":"failedWhatsAppTemplate"}: the newest message a WhatsApp template the API sent, failed with template_not_exist) or chosen field by field. Everything not chosen stays generated, so the history still agrees with the session; a shape that cannot (a template outside whatsapp, an agent in a session still queued) is refused naming the field.
 */
export interface ControlHistoryShape {
  /**
   * A shape the kit names (fixtures/history-shape.ts HISTORY_SHAPES); not together with count or newest.
   */
  name?: 'failedWhatsAppTemplate' | 'long';
  /**
   * How many messages the history holds (a session owns 1000 msg_ids); raises last_msg_id inside the session's own block when needed.
   */
  count?: number;
  /**
   * The newest messages, oldest first; a closed session's closing message stays after them.
   *
   * @maxItems 100
   */
  newest?: {
    /**
     * Who writes it: the session's customer, an agent (an extension) or the API.
     */
    from: 'customer' | 'agent' | 'api';
    /**
     * 1: a WhatsApp template (whatsapp only).
     */
    msg_kind?: 0 | 1;
    /**
     * 0 sending, 1 sent, 2 failed (a customer's message is 1).
     */
    delivery_status?: 0 | 1 | 2;
    /**
     * With delivery_status 2; any string (the device's set is open).
     */
    send_error?: string;
    msg_body?: string;
    /**
     * Attachments; msg_files carries them JSON-encoded.
     *
     * @maxItems 10
     */
    files?:
      | []
      | [FileInfo]
      | [FileInfo, FileInfo]
      | [FileInfo, FileInfo, FileInfo]
      | [FileInfo, FileInfo, FileInfo, FileInfo]
      | [FileInfo, FileInfo, FileInfo, FileInfo, FileInfo]
      | [FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo]
      | [FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo]
      | [FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo]
      | [FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo, FileInfo]
      | [
          FileInfo,
          FileInfo,
          FileInfo,
          FileInfo,
          FileInfo,
          FileInfo,
          FileInfo,
          FileInfo,
          FileInfo,
          FileInfo,
        ];
  }[];
}

/**
 * A session's history as the control API shows it (GET, PUT and DELETE /__mock/sessions/:id/history): the shape it has, or null when it is the generated one, with the session's last_msg_id (its newest message) and how many messages message/get pages through.
 */
export interface ControlHistoryView {
  session_id: number;
  /**
   * The named shape asked for, when one was.
   */
  name?: 'failedWhatsAppTemplate' | 'long';
  /**
   * The shape in force (a named one spelled out), or null for the generated history.
   */
  shape: ControlHistoryShape | null;
  /**
   * The newest message's id.
   */
  last_msg_id: number;
  message_count: number;
}

/**
 * Query parameters of GET /__mock/journal; entries must meet every one given.
 */
export interface ControlJournalQuery {
  /**
   * Endpoint name (refresh_token) or full path.
   */
  path?: string;
  method?: string;
  errcode?: string;
  /**
   * Answered by this rule.
   */
  rule?: string;
  /**
   * At most this many entries, the newest (default: all that are kept).
   */
  limit?: string;
}

/**
 * One device request the mock received, oldest first. access_token is masked (***).
 */
export interface ControlJournalEntry {
  /**
   * Order of arrival since the last clear.
   */
  seq: number;
  /**
   * The mock's time (test clock).
   */
  at: string;
  method: string;
  path: string;
  query: {
    [k: string]: string | string[] | undefined;
  };
  /**
   * HTTP status; 0 when no reply was sent.
   */
  status: number;
  /**
   * The answer's errcode, when the answer had one.
   */
  errcode?: number;
  /**
   * The rule that answered or delayed it.
   */
  rule?: string;
  /**
   * The fault it got.
   */
  fault?: string;
}

/**
 * Answer of GET /__mock/journal: the last requests (a ring of fixed capacity) and counts per endpoint since the last clear.
 */
export interface ControlJournal {
  /**
   * Entries kept at most.
   */
  capacity: number;
  /**
   * Requests recorded since the last clear.
   */
  total: number;
  /**
   * Requests per endpoint name since the last clear; other paths count under (unknown).
   */
  counts: {
    [k: string]: number | undefined;
  };
  /**
   * The journal's byte budget (--budget journal=SIZE): past it the oldest entries are forgotten.
   */
  budget_bytes: number;
  /**
   * Bytes the kept entries are charged: each request line plus 64.
   */
  used_bytes: number;
  entries: ControlJournalEntry[];
}

/**
 * Body of POST /__mock/reset: none, or an empty object. Reset restores the seeded sessions, forgets tokens, rules and the journal, and returns the clock to real time.
 */
export interface ControlResetRequest {}
