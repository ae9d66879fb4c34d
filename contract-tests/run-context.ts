/**
 * What the checks of one run share: the client, the run's own login, and memoised walks (discovery, paging,
 * the refresh and revoke flows) so that each request is made once however many checks look at its answer.
 */
import { CredentialsError } from './errors.js';
import { discoverSessions, sessionsToGet, walkPages } from './discovery.js';
import type { Discovery } from './discovery.js';
import { answerField, answerString } from './json-fields.js';
import type { Redactor } from './redact.js';
import type { RunOptions } from './run-options.js';
import { TargetClient, apiUrl, basePathHint } from './target-client.js';
import type { Exchange } from './target-client.js';

/** A check could not run because get_token gave no usable token; reported as a failure of that check. */
export class NoTokenError extends Error {
  override readonly name = 'NoTokenError';
  readonly code = 'PBX_CONTRACT_NO_TOKEN';
}

/** Sessions per page of the paging walk (small, so a few pages cover few sessions). */
export const PAGING_PAGE_SIZE = 5;
/** Pages of the paging walk. */
export const PAGING_PAGES = 3;

/** What the refresh flow saw. */
export interface RefreshFlow {
  readonly login: Exchange;
  readonly refresh: Exchange | undefined;
  readonly oldAccess: string | undefined;
  readonly oldRefresh: string | undefined;
  /** A call with the new access token. */
  readonly newUse: Exchange | undefined;
  /** A call with the access token from before the refresh. */
  readonly oldUse: Exchange | undefined;
}

/** What the revoke flow saw. */
export interface RevokeFlow {
  readonly login: Exchange;
  readonly del: Exchange | undefined;
  /** A call with the token after del_token. */
  readonly after: Exchange | undefined;
}

const LOGIN_REFUSALS: Record<number, string> = {
  [-1]: 'get_token refused the client id and secret (errcode -1 FAILURE): check --client-id and the secret',
  70004:
    'this address is blocked after failed logins (errcode 70004 ACCOUNT IP BLOCKED): wait, or unblock it on the PBX',
  70087:
    "this address is not allowed to use the API (errcode 70087 IP FORBIDDEN): add it to the API client's allowed IPs",
  10005:
    'the API client has no permission (errcode 10005 ACCESS DENIED): grant it the message-session API',
  60002:
    'the API client already holds its maximum of access tokens (errcode 60002): revoke some or wait 30 minutes',
};

/** How to undo a lock-out the mock imposed, instead of waiting it out. */
const MOCK_UNDO: Record<number, string> = {
  60002:
    'the target is the pbx-mock-kit mock, whose API client holds its maximum of live access tokens (8 unless --token-cap; earlier runs or clients did not revoke theirs): free them with POST /__mock/reset, or start pbx-mock with --token-cap N or --token-cap-policy evict-oldest',
  70004:
    'the target is the pbx-mock-kit mock, which blocks an address after failed logins (5 unless --login-failure-limit) for a while (10 minutes unless --login-block): lift it with POST /__mock/reset, or start pbx-mock with --login-failure-limit 0',
};

/** The one line that says why get_token refused the run's login, and what to do about it. */
function loginRefusal(base: URL, login: Exchange, errcode: number): string {
  const url = apiUrl(base, 'get_token');
  const reset = new URL('/__mock/reset', base).href;
  const mock = MOCK_UNDO[errcode];
  if (login.isMock && mock !== undefined) {
    return `get_token answered errcode ${errcode} ${JSON.stringify(answerField(login, 'errmsg'))}: ${mock.replace('POST /__mock/reset', `curl -X POST ${reset}`)}`;
  }
  const known = LOGIN_REFUSALS[errcode];
  if (known !== undefined) return known;
  const errmsg = JSON.stringify(answerField(login, 'errmsg'));
  if (errcode === 10001) {
    return `get_token at ${url.href} answered errcode 10001 ${errmsg}: there is no P-Series API at this URL${basePathHint(base) || '; check the host and port of --base-url'}`;
  }
  return `get_token at ${url.href} answered errcode ${errcode} ${errmsg}`;
}

/** The shared state of one run against one target. */
export class RunContext {
  private readonly memo = new Map<string, Promise<unknown>>();

  private constructor(
    readonly options: RunOptions,
    readonly client: TargetClient,
    /** The run's get_token answer. */
    readonly login: Exchange,
    /** SIGINT/SIGTERM: ends a wait (a delivery poll) early. */
    readonly signal?: AbortSignal,
  ) {}

  /**
   * Logs in. Rejects with TransportError when the target cannot be reached, CredentialsError when it
   * refuses the credentials (the one login a wrong secret costs).
   */
  static async open(
    options: RunOptions,
    signal?: AbortSignal,
    redactor?: Redactor,
  ): Promise<RunContext> {
    const client = new TargetClient({
      baseUrl: options.baseUrl,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      transport: { insecure: options.insecure, ca: options.ca, timeoutMs: options.timeoutMs },
      rate: options.rate,
      allowMutating: options.allowMutating,
      signal,
      redactor,
    });
    try {
      const login = await client.login();
      const errcode = answerField(login, 'errcode');
      if (typeof errcode === 'number' && errcode !== 0) {
        throw new CredentialsError(loginRefusal(options.baseUrl, login, errcode));
      }
      if (errcode === undefined && answerField(login, 'errno') !== undefined) {
        throw new CredentialsError(
          `get_token at ${apiUrl(options.baseUrl, 'get_token').href} answered with status/errno, as the legacy S-Series API does; this kit checks P-Series devices (errcode/errmsg)`,
        );
      }
      return new RunContext(options, client, login, signal);
    } catch (error) {
      // a refused login holds no token; anything else that went wrong might, and it must not outlive the run
      await client.revokeAll();
      client.close();
      throw error;
    }
  }

  /** The target announced itself as the pbx-mock-kit mock. */
  get isMock(): boolean {
    return this.login.isMock;
  }

  /** The run's access token; throws NoTokenError when get_token gave none. */
  get token(): string {
    const token = answerString(this.login, 'access_token');
    if (token === undefined) {
      throw new NoTokenError(
        'get_token gave no usable access_token (see token.get), so this check could not run',
      );
    }
    return token;
  }

  /** Runs `make` once per key; later calls share its promise. */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let promise = this.memo.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = make();
      this.memo.set(key, promise);
    }
    return promise;
  }

  /** The target's sessions (list pages with collection=all, then query). */
  discovery(): Promise<Discovery> {
    return this.once('discovery', () =>
      discoverSessions(this.client, this.token, this.options.sessionIds),
    );
  }

  /** One session per variant found (or each PBX_SESSION_IDS id). */
  async sessionIdsToGet(): Promise<number[]> {
    return sessionsToGet(await this.discovery(), this.options.sessionIds);
  }

  /** message_session/get for `id`, made once. */
  getSession(id: number): Promise<Exchange> {
    return this.once(`get:${id}`, () =>
      this.client.call({
        method: 'GET',
        endpoint: 'message_session/get',
        token: this.token,
        query: { id: String(id) },
      }),
    );
  }

  /** system/information, made once (right after the login, so every report can name the device). */
  deviceInformation(): Promise<Exchange> {
    return this.once('device', () =>
      this.client.call({ method: 'GET', endpoint: 'system/information', token: this.token }),
    );
  }

  /** A few small pages of list without collection (non-campaign sessions), following the cursor. */
  pagingWalk(): Promise<Exchange[]> {
    return this.once('paging', () =>
      walkPages(
        this.client,
        this.token,
        'message_session/list',
        { page_size: String(PAGING_PAGE_SIZE), user_type: '9' },
        PAGING_PAGES,
      ),
    );
  }

  /** A cheap authenticated call, to see whether `token` works. */
  useToken(token: string | undefined): Promise<Exchange> {
    return this.client.call({
      method: 'GET',
      endpoint: 'message_session/list',
      query: { page_size: '1', user_type: '9' },
      ...(token === undefined ? {} : { token }),
    });
  }

  /** A second login, refreshed; both tokens then used once. */
  refreshFlow(): Promise<RefreshFlow> {
    return this.once('refresh', async () => {
      const login = await this.client.login();
      const oldAccess = answerString(login, 'access_token');
      const oldRefresh = answerString(login, 'refresh_token');
      if (oldRefresh === undefined) {
        return {
          login,
          refresh: undefined,
          oldAccess,
          oldRefresh,
          newUse: undefined,
          oldUse: undefined,
        };
      }
      const refresh = await this.client.refresh(oldRefresh);
      const newAccess = answerString(refresh, 'access_token');
      const newUse = newAccess === undefined ? undefined : await this.useToken(newAccess);
      const oldUse = oldAccess === undefined ? undefined : await this.useToken(oldAccess);
      if (newAccess !== undefined && this.client.holds(newAccess)) {
        await this.client.revoke(newAccess);
      }
      return { login, refresh, oldAccess, oldRefresh, newUse, oldUse };
    });
  }

  /** A third login, revoked with del_token, then used once. */
  revokeFlow(): Promise<RevokeFlow> {
    return this.once('revoke', async () => {
      const login = await this.client.login();
      const access = answerString(login, 'access_token');
      if (access === undefined) return { login, del: undefined, after: undefined };
      const del = await this.client.revoke(access);
      const after = await this.useToken(access);
      return { login, del, after };
    });
  }

  /** Revokes every token the run obtained and frees sockets. Returns how many revocations failed. */
  async close(): Promise<number> {
    try {
      return await this.client.revokeAll();
    } finally {
      this.client.close();
    }
  }
}
