/**
 * Sending generated requests to a listening mock: one keep-alive agent (thousands of requests per second,
 * far faster than supertest's server per request), the request sized to fit Node's 16 KB header limit so
 * that every generated request reaches the app.
 */
import { Agent, request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { API_PREFIX } from '../../schemas/device-endpoints.js';
import type { FuzzRequest } from './fuzz-arbitraries.js';

/** Bytes of request line plus headers a generated request may use (Node refuses past 16 KB with 431). */
export const HEAD_BUDGET = 14_000;

/** A junk token of the right shape. */
export const JUNK_TOKEN = 'Z'.repeat(32);

/** What came back. */
export interface FuzzAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A request as it goes on the wire. */
export interface WireRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | undefined;
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encodes any string, lone surrogates included (they become U+FFFD, as a client would send). */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function tokenPairs(choice: FuzzRequest['token'], live: string): [string, string][] {
  switch (choice) {
    case 'live':
      return [['access_token', live]];
    case 'junk':
      return [['access_token', JUNK_TOKEN]];
    case 'repeated':
      return [
        ['access_token', live],
        ['access_token', live],
      ];
    case 'empty':
      return [['access_token', '']];
    case 'missing':
      return [];
  }
}

/** The generated request with the live token filled in, trimmed to fit HEAD_BUDGET. */
export function toWire(generated: FuzzRequest, liveToken: string): WireRequest {
  let budget = HEAD_BUDGET;
  const parts: string[] = [];
  // del_token with the live token would revoke it and turn every later case into 10004
  const choice =
    generated.token === 'live' && generated.path === `${API_PREFIX}del_token`
      ? 'junk'
      : generated.token;
  for (const [key, value] of [...tokenPairs(choice, liveToken), ...generated.query]) {
    const part = `${percentEncode(key)}=${percentEncode(value)}`;
    if (part.length + 1 > budget / 2) continue;
    budget -= part.length + 1;
    parts.push(part);
  }
  const path = parts.length > 0 ? `${generated.path}?${parts.join('&')}` : generated.path;
  budget -= path.length - parts.join('&').length;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(generated.headers)) {
    const kept = value.slice(0, Math.max(0, budget - name.length - 4));
    budget -= name.length + kept.length + 4;
    headers[name] = kept;
  }
  return { method: generated.method, path, headers, body: generated.body };
}

/** Sends `wire` to 127.0.0.1:`port` over `agent`; rejects only on a transport error. */
export function send(port: number, agent: Agent, wire: WireRequest): Promise<FuzzAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...wire.headers };
    if (wire.body !== undefined) headers['content-length'] = wire.body.length;
    const req = request(
      { host: '127.0.0.1', port, method: wire.method, path: wire.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(wire.body);
  });
}

/** A keep-alive agent for the fuzz run. */
export function fuzzAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 1 });
}
