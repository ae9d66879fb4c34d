/**
 * Helpers for tests that need real sockets (faults, protection, TLS): a mock listening on an ephemeral
 * loopback port, and a raw node:http client that reports exactly what happened on the wire (status, headers,
 * body text, or the transport error), without retries or keep-alive between calls.
 */
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { createMockPbx } from '../app.js';
import type { MockPbx, MockPbxOptions } from '../app.js';
import { listen } from '../server.js';
import type { RunningServer } from '../server.js';

/** A mock listening for one test. */
export interface LiveMock {
  readonly pbx: MockPbx;
  readonly running: RunningServer;
  readonly url: string;
  /** Ends held replies and stops the server. */
  close(): Promise<void>;
}

/** Starts a mock on `host` (default 127.0.0.1), port 0. */
export async function startMock(
  options: MockPbxOptions = {},
  host = '127.0.0.1',
): Promise<LiveMock> {
  const pbx = createMockPbx(options);
  const running = await listen(pbx.app, host, 0);
  return {
    pbx,
    running,
    url: `http://127.0.0.1:${running.port}`,
    close: async () => {
      pbx.close();
      if (running.server.listening) await running.close();
    },
  };
}

/** What a raw call saw. */
export type WireResult =
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly headers: IncomingHttpHeaders;
      readonly text: string;
    }
  | { readonly kind: 'error'; readonly code: string | undefined; readonly message: string }
  | { readonly kind: 'timeout' };

/** One call on a fresh connection; `timeoutMs` makes the client give up (as a client would). */
export function call(
  url: string,
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    timeoutMs?: number;
  } = {},
): Promise<WireResult> {
  return new Promise((resolve) => {
    const req = httpRequest(
      `${url}${path}`,
      {
        method: options.method ?? 'GET',
        headers: { 'User-Agent': 'OpenAPI', ...options.headers },
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ kind: 'answer', status: res.statusCode ?? 0, headers: res.headers, text }),
        );
        res.on('error', (error: NodeJS.ErrnoException) =>
          resolve({ kind: 'error', code: error.code, message: error.message }),
        );
      },
    );
    if (options.timeoutMs !== undefined) {
      req.setTimeout(options.timeoutMs, () => {
        resolve({ kind: 'timeout' });
        req.destroy();
      });
    }
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ kind: 'error', code: error.code, message: error.message }),
    );
    req.end(options.body);
  });
}

/** A live access token from the mock at `url`. */
export async function liveToken(url: string): Promise<string> {
  const result = await call(url, '/openapi/v1.0/get_token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
  });
  if (result.kind !== 'answer') throw new Error(`get_token failed: ${result.kind}`);
  return (JSON.parse(result.text) as { access_token: string }).access_token;
}
