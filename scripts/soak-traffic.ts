/**
 * The soak's device traffic: each worker holds its own token pair and loops over a weighted mix of reads
 * (sessions, misses, list paging, search, query), conversation calls (sends, histories, closes and
 * transfers), forced errcodes, rule-matched answers and faults. Tokens
 * expire through the test clock (another loop advances it), so workers refresh, and log in again when
 * refresh tokens run out too. Every answer is checked; anything the device would not say is counted.
 */
import { ERROR_CATALOGUE } from '../schemas/error-catalogue.js';
import { DEVICE_HEADERS } from './soak-client.js';
import type { SoakAnswer, SoakClient } from './soak-client.js';

const API = '/openapi/v1.0';
const ERRCODES = new Set(ERROR_CATALOGUE.map((entry) => entry.errcode));

/** Header the fault rules match on (value: the fault type). */
export const FAULT_HEADER = 'x-soak-fault';
/** Header the errcode rule matches on. */
export const ERRCODE_HEADER = 'x-soak-errcode';
/** The errcode that rule answers. */
export const RULE_ERRCODE = 70084;
/** Fault types the soak installs rules for ('never' is released by the client's deadline). */
export const FAULT_TYPES = [
  'reset',
  'empty',
  'truncated',
  'malformed',
  'proxy-error',
  'never',
] as const;

/** Counts of what happened, and the first unexpected answers. */
export class SoakStats {
  readonly counts = new Map<string, number>();
  readonly unexpected: string[] = [];
  unexpectedCount = 0;

  /** Counts one event. */
  count(kind: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  /** Counts something the device would never do, keeping the first few for the report. */
  fail(what: string): void {
    this.unexpectedCount++;
    if (this.unexpected.length < 20) this.unexpected.push(what);
  }
}

interface DeviceAnswer {
  readonly errcode: number;
  readonly body: Record<string, unknown>;
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

/** One client of the fake PBX with its own token pair. */
export class DeviceWorker {
  private access = '';
  private refresh = '';

  constructor(
    private readonly client: SoakClient,
    private readonly stats: SoakStats,
    private readonly knownIds: readonly number[],
  ) {}

  /** Parses a device answer; an answer that is not the device's counts as unexpected. */
  private device(what: string, answer: SoakAnswer): DeviceAnswer | undefined {
    let body: Record<string, unknown> | undefined;
    try {
      body = JSON.parse(answer.body) as Record<string, unknown>;
    } catch {
      body = undefined;
    }
    const errcode = body?.errcode;
    if (answer.status !== 200 || !body || typeof errcode !== 'number' || !ERRCODES.has(errcode)) {
      this.stats.fail(`${what}: HTTP ${answer.status} ${answer.body.slice(0, 120)}`);
      return undefined;
    }
    return { errcode, body };
  }

  private async post(endpoint: string, body: unknown): Promise<DeviceAnswer | undefined> {
    const answer = await this.client.call('POST', `${API}/${endpoint}`, {
      headers: DEVICE_HEADERS,
      body,
    });
    return this.device(endpoint, answer);
  }

  /** get_token; at the 8-token cap (another worker just logged in) it waits and tries again. */
  private async login(): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const answer = await this.post('get_token', {
        username: 'mock-client-id',
        password: 'mock-client-secret',
      });
      this.stats.count(`login:${answer?.errcode ?? 'bad'}`);
      if (answer?.errcode === 0) {
        this.access = String(answer.body.access_token);
        this.refresh = String(answer.body.refresh_token);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    this.stats.fail('login kept failing');
  }

  /** refresh_token, or a new login once the refresh token has expired too. */
  private async renew(): Promise<void> {
    if (this.refresh === '') return this.login();
    const answer = await this.post('refresh_token', { refresh_token: this.refresh });
    this.stats.count(`refresh:${answer?.errcode ?? 'bad'}`);
    if (answer?.errcode === 0) {
      this.access = String(answer.body.access_token);
      this.refresh = String(answer.body.refresh_token);
      return;
    }
    await this.login();
  }

  /** A GET with the token; an expired token is renewed and the call repeated (the clock moves meanwhile). */
  private async authed(
    kind: string,
    endpoint: string,
    query: string,
    headers: Record<string, string> = {},
    fresh = false,
  ): Promise<DeviceAnswer | undefined> {
    for (let attempt = 0; attempt < 4; attempt++) {
      if (this.access === '') await this.login();
      const answer = await this.client.call(
        'GET',
        `${API}/${endpoint}?access_token=${this.access}${query}`,
        { headers: { ...DEVICE_HEADERS, ...headers }, fresh },
      );
      const parsed = this.device(kind, answer);
      if (parsed?.errcode !== 10004) {
        this.stats.count(`${kind}:${parsed?.errcode ?? 'bad'}`);
        return parsed;
      }
      this.stats.count('expired');
      await this.renew();
    }
    this.stats.count(`${kind}:still-expired`);
    return undefined;
  }

  /** A POST with the token (message/send, close, transfer); an expired token is renewed and the call repeated. */
  private async authedPost(
    kind: string,
    endpoint: string,
    body: unknown,
  ): Promise<DeviceAnswer | undefined> {
    for (let attempt = 0; attempt < 4; attempt++) {
      if (this.access === '') await this.login();
      const answer = await this.client.call(
        'POST',
        `${API}/${endpoint}?access_token=${this.access}`,
        {
          headers: DEVICE_HEADERS,
          body,
        },
      );
      const parsed = this.device(kind, answer);
      if (parsed?.errcode !== 10004) {
        this.stats.count(`${kind}:${parsed?.errcode ?? 'bad'}`);
        return parsed;
      }
      this.stats.count('expired');
      await this.renew();
    }
    this.stats.count(`${kind}:still-expired`);
    return undefined;
  }

  /**
   * message/batchupload: a form with one or two small files, now and then a hostile one (a boundary that
   * never comes, a form without files); the uploads store may be full (60002) until the next reset.
   */
  private async upload(): Promise<void> {
    const boundary = `soak${Math.floor(Math.random() * 1e9)}`;
    const roll = Math.random();
    const files = roll < 0.5 ? 1 : 2;
    const parts: Buffer[] = [];
    for (let i = 0; i < files; i++) {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${roll < 0.9 ? 'files' : 'other'}"; filename="../soak ${i}.txt"\r\nContent-Type: text/plain\r\n\r\n`,
        ),
        Buffer.alloc(1 + Math.floor(Math.random() * 16_384), 0x61),
        Buffer.from('\r\n'),
      );
    }
    // one in ten forms never closes its boundary: a truncated body
    if (Math.random() >= 0.1) parts.push(Buffer.from(`--${boundary}--\r\n`));
    for (let attempt = 0; attempt < 4; attempt++) {
      if (this.access === '') await this.login();
      const answer = await this.client.call(
        'POST',
        `${API}/message/batchupload?access_token=${this.access}`,
        {
          headers: DEVICE_HEADERS,
          raw: {
            contentType: `multipart/form-data; boundary=${boundary}`,
            data: Buffer.concat(parts),
          },
        },
      );
      const parsed = this.device('upload', answer);
      if (parsed?.errcode !== 10004) {
        this.stats.count(`upload:${parsed?.errcode ?? 'bad'}`);
        this.expect('upload', parsed, [0, 40002, 60002]);
        return;
      }
      this.stats.count('expired');
      await this.renew();
    }
    this.stats.count('upload:still-expired');
  }

  /** Conversation calls: mostly sends (the messages store may be full: 60002), histories, closes, transfers. */
  private async conversation(id: number): Promise<void> {
    const roll = Math.random();
    if (roll < 0.05) {
      await this.upload();
    } else if (roll < 0.6) {
      const sender = pick([
        { sender_type: 9, sender_no: 'api' },
        { sender_type: 1, sender_no: '1003' },
        { sender_type: 1, sender_no: '1006' },
        { sender_type: 9, sender_no: '1003' },
      ]);
      const sent = await this.authedPost('send', 'message/send', {
        ...sender,
        session_id: id,
        msg_body: 'soak',
        request_id: 'r'.repeat(Math.floor(Math.random() * 128)),
      });
      // an API sender with an extension number is refused (40002), as the guide says
      this.expect('send', sent, [0, 40002, 60002]);
    } else if (roll < 0.85) {
      const page = await this.authed('history', 'message/get', `&id=${id}&page_size=20`);
      this.expect('history', page, [0]);
    } else if (roll < 0.93) {
      const closed = await this.authedPost('close', 'message_session/close', { session_id: id });
      this.expect('close', closed, [0, 10009, 60002]);
    } else {
      const moved = await this.authedPost('transfer', 'message_session/transfer', {
        session_id: id,
        destination_type: 'queue',
        destination_id: '6401',
      });
      this.expect('transfer', moved, [0, 10009, 60002]);
    }
  }

  private expect(kind: string, answer: DeviceAnswer | undefined, allowed: readonly number[]) {
    if (answer && !allowed.includes(answer.errcode)) {
      this.stats.fail(`${kind}: errcode ${answer.errcode}, expected ${allowed.join(' or ')}`);
    }
  }

  private async listPages(endpoint: 'list' | 'search'): Promise<void> {
    let cursor = '';
    const extra = endpoint === 'search' ? '&search_value=a' : '';
    for (let page = 0; page < 6; page++) {
      const answer = await this.authed(
        endpoint,
        `message_session/${endpoint}`,
        `&page_size=20&user_type=9&collection=all${extra}${cursor}`,
      );
      this.expect(endpoint, answer, [0]);
      const list = answer?.body.list;
      if (!Array.isArray(list) || list.length < 20) return;
      const last = list[list.length - 1] as { last_msg_id?: unknown };
      cursor = `&first_msg_id=${String(last.last_msg_id)}`;
    }
  }

  private async fault(): Promise<void> {
    const type = pick(FAULT_TYPES);
    try {
      const answer = await this.client.call(
        'GET',
        `${API}/message_session/get?access_token=${this.access}&id=1`,
        { headers: { ...DEVICE_HEADERS, [FAULT_HEADER]: type }, fresh: true, timeoutMs: 300 },
      );
      if (answer.status === 500) this.stats.fail(`fault ${type}: HTTP 500`);
      this.stats.count(`fault:${type}:http-${answer.status}`);
    } catch (error) {
      this.stats.count(`fault:${type}:${(error as Error).message.slice(0, 20)}`);
    }
  }

  /** One step of the mix. */
  async step(): Promise<void> {
    const roll = Math.random();
    const session = `&id=${pick(this.knownIds)}`;
    if (roll < 0.32) {
      this.expect('get', await this.authed('get', 'message_session/get', session), [0]);
    } else if (roll < 0.4) {
      await this.conversation(pick(this.knownIds));
    } else if (roll < 0.48) {
      const fresh = await this.authed('get-new-conn', 'message_session/get', session, {}, true);
      this.expect('get-new-conn', fresh, [0]);
    } else if (roll < 0.58) {
      const miss = await this.authed('miss', 'message_session/get', '&id=99999');
      this.expect('miss', miss, [60001]);
    } else if (roll < 0.68) {
      await this.listPages('list');
    } else if (roll < 0.73) {
      await this.listPages('search');
    } else if (roll < 0.8) {
      const ids = '&ids=1,2,3,2862,99999';
      this.expect('query', await this.authed('query', 'message_session/query', ids), [0]);
    } else if (roll < 0.86) {
      const code = pick([60001, 60002, 10005, 70087]);
      const headers = { prefer: `errcode=${code}` };
      const forced = await this.authed('forced', 'message_session/get', session, headers);
      this.expect('forced', forced, [code]);
    } else if (roll < 0.92) {
      const headers = { [ERRCODE_HEADER]: '1' };
      const ruled = await this.authed('rule', 'message_session/get', session, headers);
      // between a reset and the rules' reinstallation the normal answer comes back
      this.expect('rule', ruled, [RULE_ERRCODE, 0]);
    } else {
      await this.fault();
    }
  }
}
