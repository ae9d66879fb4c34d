/**
 * HTTP(S) with node:http and node:https: the one way the suite reaches a target, mock or device alike.
 * An Agent per run carries --insecure / --ca for the self-signed certificates devices carry; every request
 * has a deadline; every low-level failure becomes a TransportError naming what went wrong.
 */
import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { TransportError } from './errors.js';
import type { TransportReason } from './errors.js';

/** How to reach the target. */
export interface TransportOptions {
  /** Accept any certificate (devices on a LAN usually carry a self-signed one). */
  readonly insecure: boolean;
  /** PEM certificate(s) to trust besides the system's. */
  readonly ca: string | undefined;
  /** Deadline of one request, from connect to the last byte. */
  readonly timeoutMs: number;
}

/** One request on the wire (PUT and DELETE only to the mock's control API). */
export interface RawRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The request as reports show it (token masked). */
  readonly shown: string;
  readonly signal?: AbortSignal;
}

/** What came back. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Largest answer read; a device's message-session page is a few kB. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_|EPROTO$)/;

function reasonOf(
  error: NodeJS.ErrnoException,
  url?: URL,
): { reason: TransportReason; detail: string } {
  const code = error.code ?? '';
  if (code === 'ECONNREFUSED') return { reason: 'refused', detail: 'connection refused' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { reason: 'dns', detail: `host name not found (${code})` };
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return { reason: 'unreachable', detail: `host unreachable (${code})` };
  }
  if (/wrong version number|packet length too long/i.test(error.message)) {
    return {
      reason: 'tls',
      detail: `TLS failed (${code || 'EPROTO'}): the target does not speak TLS on this port; try http://`,
    };
  }
  if (TLS_CODES.test(code)) {
    return {
      reason: 'tls',
      detail: `TLS failed (${code}: ${error.message}); for a self-signed certificate give --ca FILE or --insecure`,
    };
  }
  if (code.startsWith('HPE_')) {
    return { reason: 'not-http', detail: `the answer is not HTTP (${code})` };
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || error.message === 'socket hang up') {
    // plain HTTP to a TLS port: the server drops the connection without an answer
    const https =
      url?.protocol === 'http:'
        ? `; if the target serves HTTPS on this port, use ${url.origin.replace(/^http:/, 'https:')}`
        : '';
    return {
      reason: 'reset',
      detail: `connection closed by the target without an answer (${code || error.message})${https}`,
    };
  }
  return { reason: 'network', detail: `${code ? `${code}: ` : ''}${error.message}` };
}

/**
 * What to say when the target closed the connection part-way through the body: how much came and how much
 * was announced, instead of Node's bare "aborted".
 */
export function cutShort(received: number, headers: IncomingHttpHeaders): string {
  const length = headers['content-length'];
  const chunked = /\bchunked\b/i.test(String(headers['transfer-encoding'] ?? ''));
  const expected =
    length !== undefined && /^\d+$/.test(length)
      ? `the ${length} bytes its Content-Length announced`
      : chunked
        ? 'the end of its chunked body (the last, empty chunk)'
        : 'the end of the body';
  return `the target closed the connection mid-answer: received ${received} bytes of the body, expected ${expected}`;
}

/** Sends requests to one target; `close()` frees its sockets. */
export class HttpTransport {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  private readonly httpsAgent: https.Agent;

  constructor(private readonly options: TransportOptions) {
    this.httpsAgent = new https.Agent({
      keepAlive: true,
      maxSockets: 4,
      rejectUnauthorized: !options.insecure,
      ...(options.ca === undefined ? {} : { ca: options.ca }),
    });
  }

  /** Sends `request`; resolves with the answer or rejects with a TransportError. */
  send(request: RawRequest): Promise<RawAnswer> {
    const secure = request.url.protocol === 'https:';
    const send = secure ? https.request : http.request;
    return new Promise<RawAnswer>((resolve, reject) => {
      let settled = false;
      const fail = (reason: TransportReason, detail: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        req.destroy();
        reject(new TransportError(reason, request.shown, detail));
      };
      const onAbort = () => fail('aborted', 'interrupted');
      const req = send(request.url, {
        method: request.method,
        headers: request.headers,
        agent: secure ? this.httpsAgent : this.httpAgent,
      });
      const timer = setTimeout(
        () => fail('timeout', `no answer within ${this.options.timeoutMs} ms (--timeout)`),
        this.options.timeoutMs,
      );
      if (request.signal?.aborted) return onAbort();
      request.signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error: NodeJS.ErrnoException) => {
        const { reason, detail } = reasonOf(error, request.url);
        fail(reason, detail);
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) {
            fail('too-large', `the answer is larger than ${MAX_ANSWER_BYTES} bytes`);
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', (error: NodeJS.ErrnoException) => {
          if (!res.complete && (error.code === 'ECONNRESET' || error.message === 'aborted')) {
            fail(
              'reset',
              `answered HTTP ${res.statusCode ?? 0}, but ${cutShort(size, res.headers)}`,
            );
            return;
          }
          fail(reasonOf(error).reason, error.message);
        });
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          request.signal?.removeEventListener('abort', onAbort);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      req.end(request.body);
    });
  }

  /** Closes idle keep-alive sockets so the process can exit. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
