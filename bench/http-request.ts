/** A one-shot HTTP request on a fresh connection (no agent), so that nothing is pooled between servers. */
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';

/** What came back. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What to send. */
export interface HttpInit {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** Sends one request to `url`; rejects on a transport error (refused, reset). */
export function httpRequest(url: string, init: HttpInit = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: init.method ?? 'GET', headers: init.headers ?? {}, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The headers every benchmark request carries (the device requires a User-Agent). */
export const BENCH_HEADERS: Readonly<Record<string, string>> = { 'user-agent': 'OpenAPI' };

/** Logs in to a mock at `url` and returns the access token. The token is never printed. */
export async function fetchToken(url: string): Promise<string> {
  const answer = await httpRequest(`${url}/openapi/v1.0/get_token`, {
    method: 'POST',
    headers: { ...BENCH_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
  });
  const parsed = JSON.parse(answer.body) as { errcode?: unknown; access_token?: unknown };
  if (parsed.errcode !== 0 || typeof parsed.access_token !== 'string') {
    throw new Error(`get_token answered errcode ${String(parsed.errcode)}`);
  }
  return parsed.access_token;
}
