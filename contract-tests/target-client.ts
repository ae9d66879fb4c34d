/**
 * The suite's only way to its target: every call goes through the allow-list, the polite rate, the
 * transport's deadline and the redactor. Token endpoints have their own methods so the rules about them hold
 * in code: at most one bad-credentials login per run (a device blocks an address after ~5), del_token only for
 * tokens this run obtained, and every obtained token revoked at the end.
 */
import { MUTATING_CALLS, assertAllowed } from './allow-list.js';
import { RefusedCall, TransportError } from './errors.js';
import { HttpTransport } from './http-transport.js';
import { channelSecrets, fieldOf } from './json-fields.js';
import type { TransportOptions } from './http-transport.js';
import { DEFAULT_RATE, RateLimiter } from './rate-limiter.js';
import { MASK, Redactor } from './redact.js';

/** The response header the pbx-mock-kit mock sends on every answer; a device never does. */
export const MOCK_ANNOUNCE_HEADER = 'x-pbx-mock-kit';

/** The API path prefix of the device. */
export const API_PATH = '/openapi/v1.0/';

/** The path prefix of the mock's control API (never called on a device). */
export const CONTROL_PREFIX = '/__mock/';

/** The User-Agent every call sends (the guide's example; a missing one answers 40002). */
export const USER_AGENT = 'OpenAPI';

/** What the client needs to know about its target. */
export interface ClientConfig {
  /** Scheme, host, port and any path prefix in front of /openapi/v1.0/. */
  readonly baseUrl: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly transport: TransportOptions;
  /** Requests per second; undefined = DEFAULT_RATE, lifted once the target announces it is the mock. */
  readonly rate: number | undefined;
  readonly allowMutating: boolean;
  /** Aborts the run (SIGINT/SIGTERM); cleanup still revokes tokens. */
  readonly signal?: AbortSignal | undefined;
  /** Shared with the writers, so every token the client sees is masked in what they write. */
  readonly redactor?: Redactor | undefined;
}

/** One call as a check describes it. */
export interface CallSpec {
  readonly method: 'GET' | 'POST';
  readonly endpoint: string;
  readonly query?: Readonly<Record<string, string>>;
  /** Access token for the `access_token` query parameter; none when absent. */
  readonly token?: string | undefined;
  readonly body?: Readonly<Record<string, unknown>>;
  /** A body that is not JSON (message/batchupload's multipart form): its type and text. */
  readonly rawBody?: { readonly contentType: string; readonly text: string };
  readonly headers?: Readonly<Record<string, string>>;
  /** Send the User-Agent header (default true). */
  readonly userAgent?: boolean;
}

/** A call and its answer, as findings report them. */
export interface Exchange {
  /** `GET /openapi/v1.0/message_session/get?id=3&access_token=***` (POST bodies by key only). */
  readonly request: string;
  readonly status: number;
  readonly contentType: string;
  /** The parsed JSON body. */
  readonly json: unknown;
  /** The answer carried the mock's announce header. */
  readonly isMock: boolean;
  /** errcode as sent, JSON-encoded; undefined when absent. */
  readonly errcode: string | undefined;
}

/** The URL of `endpoint` under `base` (which may carry a path prefix in front of /openapi/v1.0/). */
export function apiUrl(base: URL, endpoint: string): URL {
  return new URL(`${base.pathname.replace(/\/+$/, '')}${API_PATH}${endpoint}`, base);
}

/** What to say when the base URL carries a path: the API usually sits right after the port. */
export function basePathHint(base: URL): string {
  if (base.pathname === '/' || base.pathname === '') return '';
  const legacy = /^\/api\/v2(\.\d+)*\/?/.test(base.pathname)
    ? `; ${base.pathname} is the legacy S-Series API, which this kit does not speak`
    : '';
  return `; the base URL ends at the port: try --base-url ${base.origin} (without ${base.pathname})${legacy}`;
}

/**
 * An answer that is not JSON, in plain words: what came back (detail) and why that means the target is not
 * (or not only) a P-Series PBX, with what to try (hint).
 */
export function notJson(
  base: URL,
  status: number,
  contentType: string,
  body: string,
): { detail: string; hint: string } {
  const flat = body.replace(/\s+/g, ' ').trim();
  const snippet = flat.slice(0, 60);
  const type = contentType.split(';')[0]?.trim() ?? '';
  const what =
    flat === ''
      ? `an empty body${type ? ` (${type})` : ''}`
      : `${type ? `a ${type} page` : 'a body with no Content-Type'} ("${snippet}${flat.length > 60 ? '...' : ''}")`;
  const hint = /plain HTTP request was sent to HTTPS port/i.test(flat)
    ? `: the target serves HTTPS on this port; use --base-url ${base.href.replace(/^http:/, 'https:').replace(/\/$/, '')}`
    : `: this does not look like a P-Series PBX, whose API answers JSON under ${API_PATH}${basePathHint(base)}`;
  return { detail: `answered HTTP ${status} with ${what}, not JSON`, hint };
}

/** One call the run made that changes the PBX, as the reports list it. */
export interface MutatingCall {
  readonly method: string;
  readonly endpoint: string;
  /** The session it acted on; undefined for a send that starts a session, or an upload. */
  readonly sessionId: number | undefined;
  /** `errcode 0`, `errcode 40002 ...`, `refused: ...` or `no answer: ...`. */
  readonly result: string;
}

/** Whether `method endpoint` changes the PBX (the device table's mutates flag). */
export function isMutating(method: string, endpoint: string): boolean {
  return MUTATING_CALLS.some((c) => c.method === method && c.endpoint === endpoint);
}

/** The suite's HTTP client for one target. */
export class TargetClient {
  readonly redactor: Redactor;
  /** Requests sent so far. */
  requests = 0;
  private readonly transport: HttpTransport;
  private readonly limiter: RateLimiter;
  private readonly owned = new Map<string, { revoked: boolean }>();
  private badLoginUsed = false;
  /** An answer carried the mock's announce header: control calls are allowed. */
  private mockSeen = false;
  /** Every mutating call the run made (or tried), in order. */
  readonly mutatingCalls: MutatingCall[] = [];
  /** message/send calls made on a target that is not the mock (at most one). */
  private deviceSends = 0;
  /** Sessions the run itself started on a device: close and transfer are allowed on them only. */
  private readonly ownSessions = new Set<number>();
  /** message_session/transfer calls made on a target that is not the mock (at most one). */
  private deviceTransfers = 0;

  constructor(private readonly config: ClientConfig) {
    this.redactor = config.redactor ?? new Redactor();
    this.transport = new HttpTransport(config.transport);
    this.limiter = new RateLimiter(config.rate ?? DEFAULT_RATE);
    this.redactor.addCredentials(config.clientId, config.clientSecret);
  }

  /** Requests per second now (0 = unlimited). */
  get rate(): number {
    return this.limiter.rate;
  }

  /** A read call (message_session/*, the error probes). Token endpoints have their own methods. */
  call(spec: CallSpec): Promise<Exchange> {
    if (['get_token', 'refresh_token', 'del_token'].includes(spec.endpoint)) {
      throw new RefusedCall(`use the TargetClient method for ${spec.endpoint}, not call()`);
    }
    return this.send(spec);
  }

  /** get_token with the configured credentials; a token it returns is owned (revoked at the end). */
  login(): Promise<Exchange> {
    return this.send({
      method: 'POST',
      endpoint: 'get_token',
      body: { username: this.config.clientId, password: this.config.clientSecret },
    });
  }

  /** get_token with credentials no device has; allowed once per run. */
  badLogin(): Promise<Exchange> {
    if (this.badLoginUsed) {
      throw new RefusedCall('refused a second bad-credentials login: a device blocks the address');
    }
    this.badLoginUsed = true;
    return this.send({
      method: 'POST',
      endpoint: 'get_token',
      body: { username: 'pbx-contract-probe', password: 'not-the-secret' },
    });
  }

  /** refresh_token for a refresh token of this run. */
  refresh(refreshToken: string): Promise<Exchange> {
    return this.send({
      method: 'POST',
      endpoint: 'refresh_token',
      body: { refresh_token: refreshToken },
    });
  }

  /** del_token for an access token this run obtained (never anyone else's). */
  async revoke(accessToken: string, signal?: AbortSignal): Promise<Exchange> {
    const entry = this.owned.get(accessToken);
    if (!entry) throw new RefusedCall('refused del_token for a token this run did not obtain');
    const exchange = await this.send(
      { method: 'GET', endpoint: 'del_token', token: accessToken },
      signal,
    );
    if (fieldOf(exchange.json, 'errcode') === 0) entry.revoked = true;
    return exchange;
  }

  /**
   * A call to the pbx-mock-kit mock's control API (`/__mock/...`), for the mock-only checks: refused unless
   * an answer already carried the mock's announce header, so a device never sees one. The answer is JSON
   * (a control view, or a problem) or undefined when it is not; it never ends the run.
   */
  async control(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: Readonly<Record<string, unknown>>,
  ): Promise<Exchange> {
    if (!this.mockSeen) {
      throw new RefusedCall(
        `refused ${method} ${path}: the control API is the mock's, and the target has not announced itself as the mock`,
      );
    }
    if (!path.startsWith(CONTROL_PREFIX)) {
      throw new RefusedCall(`refused ${method} ${path}: control calls go under ${CONTROL_PREFIX}`);
    }
    const url = new URL(
      `${this.config.baseUrl.pathname.replace(/\/+$/, '')}${path}`,
      this.config.baseUrl,
    );
    const shown = `${method} ${url.pathname}${body ? ` {${Object.keys(body).join(', ')}}` : ''}`;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': USER_AGENT,
    };
    if (body) headers['Content-Type'] = 'application/json';
    await this.limiter.wait(this.config.signal).catch(() => {
      throw new TransportError('aborted', shown, 'interrupted');
    });
    this.requests++;
    const answer = await this.transport.send({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      shown,
      ...(this.config.signal ? { signal: this.config.signal } : {}),
    });
    let json: unknown;
    try {
      json = JSON.parse(answer.body) as unknown;
    } catch {
      json = undefined;
    }
    const errcode = fieldOf(json, 'errcode');
    return {
      request: shown,
      status: answer.status,
      contentType: String(answer.headers['content-type'] ?? ''),
      json,
      isMock: answer.headers[MOCK_ANNOUNCE_HEADER] === '1',
      errcode: errcode === undefined ? undefined : JSON.stringify(errcode),
    };
  }

  /** Whether the target announced itself as the mock. */
  get isMock(): boolean {
    return this.mockSeen;
  }

  /**
   * Marks session `id` as started by this run's own send, so close and transfer may act on it on a device.
   * Only after the run's send (a session that existed before must never be adopted).
   */
  adoptSession(id: number): void {
    if (this.deviceSends === 0 && !this.mockSeen) {
      throw new RefusedCall(`refused to adopt session ${id}: the run has sent nothing`);
    }
    this.ownSessions.add(id);
  }

  /**
   * GET an upload's `uri` on the mock (same origin, with the token): mock only, like control().
   */
  async download(
    uri: string,
    token: string,
  ): Promise<{ status: number; body: string; request: string }> {
    if (!this.mockSeen) {
      throw new RefusedCall(`refused GET ${uri}: downloads are checked on the mock only`);
    }
    const url = new URL(uri, this.config.baseUrl);
    if (url.origin !== this.config.baseUrl.origin) {
      throw new RefusedCall(`refused GET ${url.origin}: not the target's origin`);
    }
    this.redactor.add(token);
    url.searchParams.set('access_token', token);
    const shown = `GET ${url.pathname}`;
    await this.limiter.wait(this.config.signal).catch(() => {
      throw new TransportError('aborted', shown, 'interrupted');
    });
    this.requests++;
    const answer = await this.transport.send({
      method: 'GET',
      url,
      headers: { 'User-Agent': USER_AGENT },
      shown,
      ...(this.config.signal ? { signal: this.config.signal } : {}),
    });
    return { status: answer.status, body: answer.body, request: shown };
  }

  /** Whether `accessToken` was obtained by this run and not yet revoked by it. */
  holds(accessToken: string): boolean {
    return this.owned.get(accessToken)?.revoked === false;
  }

  /** Revokes every token this run obtained and did not revoke yet; never throws. Returns how many failed. */
  async revokeAll(): Promise<number> {
    let failed = 0;
    for (const [token, entry] of this.owned) {
      if (entry.revoked) continue;
      try {
        await this.revoke(token, new AbortController().signal);
      } catch {
        failed++;
      }
    }
    return failed;
  }

  /** Frees sockets. */
  close(): void {
    this.transport.close();
  }

  private url(spec: CallSpec): { url: URL; shown: string } {
    const url = apiUrl(this.config.baseUrl, spec.endpoint);
    const shownQuery = new URLSearchParams();
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      url.searchParams.append(key, value);
      // a search value is customer data (a phone number): reports need not carry it
      shownQuery.append(key, key === 'search_value' ? MASK : value);
    }
    if (spec.token !== undefined) {
      url.searchParams.append('access_token', spec.token);
      shownQuery.append('access_token', MASK);
    }
    const query = shownQuery.toString().replaceAll('%2A%2A%2A', MASK);
    const body = spec.body ? ` {${Object.keys(spec.body).join(', ')}}` : '';
    return { url, shown: `${spec.method} ${url.pathname}${query ? `?${query}` : ''}${body}` };
  }

  /**
   * The rules for mutating calls on a target that is not the mock, in code: --allow-mutating, then one
   * message/send per run, close and transfer only on a session the run started (one transfer per run), no
   * upload.
   */
  private guardMutating(spec: CallSpec): void {
    if (this.mockSeen || !isMutating(spec.method, spec.endpoint)) return;
    const session = spec.body?.session_id;
    if (spec.endpoint === 'message/send') {
      if (this.deviceSends > 0) {
        throw new RefusedCall('refused a second message/send: a run sends one message to a device');
      }
      return;
    }
    if (spec.endpoint === 'message_session/close' || spec.endpoint === 'message_session/transfer') {
      if (typeof session !== 'number' || !this.ownSessions.has(session)) {
        throw new RefusedCall(
          `refused ${spec.endpoint} on session ${String(session)}: the run closes and transfers only a session it started itself`,
        );
      }
      if (spec.endpoint === 'message_session/transfer' && this.deviceTransfers > 0) {
        throw new RefusedCall(
          'refused a second message_session/transfer: a run transfers its own session once on a device',
        );
      }
      return;
    }
    throw new RefusedCall(`refused ${spec.method} ${spec.endpoint}: not made on a device`);
  }

  private async send(spec: CallSpec, signal = this.config.signal): Promise<Exchange> {
    const mutating = isMutating(spec.method, spec.endpoint);
    const session = spec.body?.session_id;
    const record = (result: string): void => {
      if (!mutating) return;
      this.mutatingCalls.push({
        method: spec.method,
        endpoint: spec.endpoint,
        sessionId: typeof session === 'number' ? session : undefined,
        result,
      });
    };
    try {
      assertAllowed(spec.method, spec.endpoint, this.config.allowMutating || this.mockSeen);
      this.guardMutating(spec);
    } catch (error) {
      if (error instanceof RefusedCall) record(`refused: ${error.message}`);
      throw error;
    }
    if (mutating && !this.mockSeen && spec.endpoint === 'message/send') this.deviceSends++;
    if (mutating && !this.mockSeen && spec.endpoint === 'message_session/transfer')
      this.deviceTransfers++;
    try {
      const exchange = await this.sendAllowed(spec, signal);
      const errmsg = fieldOf(exchange.json, 'errmsg');
      record(
        exchange.errcode === undefined
          ? `HTTP ${exchange.status}`
          : `errcode ${exchange.errcode}${exchange.errcode === '0' || typeof errmsg !== 'string' ? '' : ` ${errmsg}`}`,
      );
      return exchange;
    } catch (error) {
      record(`no answer: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }

  private async sendAllowed(spec: CallSpec, signal: AbortSignal | undefined): Promise<Exchange> {
    const { url, shown } = this.url(spec);
    if (spec.token !== undefined) this.redactor.add(spec.token);
    const headers: Record<string, string> = { Accept: 'application/json', ...spec.headers };
    if (spec.userAgent !== false) headers['User-Agent'] = USER_AGENT;
    let body: string | undefined;
    if (spec.body) {
      body = JSON.stringify(spec.body);
      headers['Content-Type'] = 'application/json';
    } else if (spec.rawBody) {
      body = spec.rawBody.text;
      headers['Content-Type'] = spec.rawBody.contentType;
    }
    await this.limiter.wait(signal).catch(() => {
      throw new TransportError('aborted', shown, 'interrupted');
    });
    this.requests++;
    const answer = await this.transport.send({
      method: spec.method,
      url,
      headers,
      ...(body === undefined ? {} : { body }),
      shown,
      ...(signal ? { signal } : {}),
    });
    const contentType = String(answer.headers['content-type'] ?? '');
    let json: unknown;
    try {
      json = JSON.parse(answer.body) as unknown;
    } catch {
      const location = answer.headers.location;
      if (answer.status >= 300 && answer.status < 400 && typeof location === 'string') {
        throw new TransportError(
          'not-json',
          shown,
          `answered HTTP ${answer.status}, a redirect to ${location.split('?')[0] ?? ''}; give that as --base-url`,
        );
      }
      const { detail, hint } = notJson(
        this.config.baseUrl,
        answer.status,
        contentType,
        answer.body,
      );
      throw new TransportError('not-json', shown, detail, hint);
    }
    const isMock = answer.headers[MOCK_ANNOUNCE_HEADER] === '1';
    if (isMock) this.mockSeen = true;
    if (isMock && this.config.rate === undefined) this.limiter.setRate(0);
    for (const key of ['access_token', 'refresh_token']) {
      const value = fieldOf(json, key);
      if (typeof value === 'string') this.redactor.add(value);
    }
    // a channel's credentials (account_data values, verify_token) are secrets too, wherever they appear
    for (const secret of channelSecrets(json)) this.redactor.add(secret);
    const access = fieldOf(json, 'access_token');
    if (
      (spec.endpoint === 'get_token' || spec.endpoint === 'refresh_token') &&
      typeof access === 'string' &&
      !this.owned.has(access)
    ) {
      this.owned.set(access, { revoked: false });
    }
    const errcode = fieldOf(json, 'errcode');
    return {
      request: shown,
      status: answer.status,
      contentType,
      json,
      isMock,
      errcode: errcode === undefined ? undefined : JSON.stringify(errcode),
    };
  }
}
