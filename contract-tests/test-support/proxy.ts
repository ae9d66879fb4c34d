/**
 * A tiny node:http proxy in front of a target, for tests: it records every call (to prove what the suite
 * sends) and can alter requests and answers (to play a broken firmware or a meddling reverse proxy).
 */
import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the proxy saw it (and may change before forwarding). */
export interface ProxyRequest {
  method: string;
  /** Endpoint name after /openapi/v1.0/ (or the whole path when it is not under it). */
  endpoint: string;
  /** The query parameters. */
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An answer as the proxy saw it (and may change before returning it). */
export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One recorded call. */
export interface RecordedCall {
  readonly request: ProxyRequest;
  readonly answer: ProxyAnswer;
}

/** How the proxy meddles; every hook is optional. */
export interface ProxyHooks {
  /** Changes the request in place, or answers it without forwarding. */
  request?(req: ProxyRequest, log: readonly RecordedCall[]): ProxyAnswer | undefined | void;
  /** Changes the answer in place (may take its time: a slow firmware). */
  answer?(req: ProxyRequest, res: ProxyAnswer, log: readonly RecordedCall[]): void | Promise<void>;
}

/** A running proxy. */
export interface RunningProxy {
  readonly url: string;
  readonly log: RecordedCall[];
  close(): Promise<void>;
}

const PREFIX = '/openapi/v1.0/';

function forward(target: URL, req: ProxyRequest): Promise<ProxyAnswer> {
  // an endpoint is the path after the API prefix; anything else (the mock's /__mock/ routes) is its whole path
  const route = req.endpoint.startsWith('/') ? req.endpoint : `${PREFIX}${req.endpoint}`;
  const path = `${route}${req.query.size > 0 ? `?${req.query.toString()}` : ''}`;
  const headers = { ...req.headers, host: target.host };
  delete headers['content-length'];
  delete headers.connection;
  return new Promise((resolve, reject) => {
    const out = request(new URL(path, target), { method: req.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (
            typeof value === 'string' &&
            !['content-length', 'connection', 'keep-alive'].includes(name)
          ) {
            kept[name] = value;
          }
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: kept,
          body: Buffer.concat(chunks).toString(),
        });
      });
    });
    out.on('error', reject);
    out.end(req.body === '' ? undefined : req.body);
  });
}

/** Starts a proxy on an ephemeral loopback port in front of `targetUrl`. */
export async function startProxy(targetUrl: string, hooks: ProxyHooks = {}): Promise<RunningProxy> {
  const target = new URL(targetUrl);
  const log: RecordedCall[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://proxy');
      const req: ProxyRequest = {
        method: incoming.method ?? 'GET',
        endpoint: url.pathname.startsWith(PREFIX)
          ? url.pathname.slice(PREFIX.length)
          : url.pathname,
        query: url.searchParams,
        headers: { ...incoming.headers },
        body: Buffer.concat(chunks).toString(),
      };
      const seen: ProxyRequest = {
        ...req,
        query: new URLSearchParams(req.query),
        headers: { ...req.headers },
      };
      const direct = hooks.request?.(req, log);
      const answering = direct ? Promise.resolve(direct) : forward(target, req);
      answering
        .then(async (answer) => {
          await hooks.answer?.(req, answer, log);
          log.push({ request: seen, answer });
          outgoing.writeHead(answer.status, answer.headers);
          outgoing.end(answer.body);
        })
        .catch(() => {
          outgoing.destroy();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The parsed JSON body of an answer (tests only alter JSON answers through it). */
export function json(answer: ProxyAnswer): Record<string, unknown> {
  return JSON.parse(answer.body) as Record<string, unknown>;
}

/** Replaces the JSON body of an answer. */
export function setJson(answer: ProxyAnswer, value: unknown): void {
  answer.body = JSON.stringify(value);
}
