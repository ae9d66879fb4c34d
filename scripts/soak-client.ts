/**
 * The soak's HTTP client: a keep-alive pool for ordinary traffic, a fresh connection (and a deadline) for
 * requests that are meant to break (faults), and JSON helpers for the control API.
 */
import { Agent, request } from 'node:http';

/** What came back, or how the transport failed. */
export interface SoakAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** How to send one request. */
export interface SoakCall {
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** A body sent as it is, with its content type (a multipart form), instead of `body` as JSON. */
  readonly raw?: { readonly contentType: string; readonly data: Buffer };
  /** A new connection just for this request (no keep-alive). */
  readonly fresh?: boolean;
  /** Give up after this many ms (the request then rejects with "timeout"). */
  readonly timeoutMs?: number;
}

/** The device's User-Agent requirement, met. */
export const DEVICE_HEADERS = { 'user-agent': 'OpenAPI' } as const;

/** One soak client against one mock. */
export class SoakClient {
  private readonly agent: Agent;
  /** Requests sent so far. */
  requests = 0;

  constructor(
    private readonly baseUrl: string,
    maxSockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  /** Sends a request; rejects on a transport error or the deadline. */
  call(method: string, path: string, options: SoakCall = {}): Promise<SoakAnswer> {
    this.requests++;
    const text = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.raw !== undefined) {
      headers['content-type'] = options.raw.contentType;
      headers['content-length'] = options.raw.data.length;
    } else if (text !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(text);
    }
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.baseUrl}${path}`,
        { method, headers, agent: options.fresh ? false : this.agent },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: res.headers['content-type'] ?? '',
              body,
            }),
          );
          res.on('error', reject);
        },
      );
      if (options.timeoutMs !== undefined) {
        req.setTimeout(options.timeoutMs, () => req.destroy(new Error('timeout')));
      }
      req.on('error', reject);
      req.end(options.raw?.data ?? text);
    });
  }

  /** A control call that must answer `expected` with JSON (or nothing, for 204); returns the parsed body. */
  async control<T>(method: string, path: string, body: unknown, expected: number): Promise<T> {
    const answer = await this.call(method, path, body === undefined ? {} : { body });
    if (answer.status !== expected) {
      throw new Error(`${method} ${path} answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    }
    return (answer.body === '' ? undefined : JSON.parse(answer.body)) as T;
  }

  /** Closes the pooled connections. */
  close(): void {
    this.agent.destroy();
  }
}
