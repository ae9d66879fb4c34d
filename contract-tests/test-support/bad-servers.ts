/** Loopback servers that are not a PBX: nothing listening, HTML, silence, not HTTP. For the exit-3 tests. */
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

/** A running bad server. */
export interface BadServer {
  readonly url: string;
  close(): Promise<void>;
}

async function serve(server: Server, sockets: Set<Socket>): Promise<BadServer> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback URL where nothing listens (a port that was free a moment ago). */
export async function closedPortUrl(): Promise<string> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** A web server that answers every request with an HTML page (a router's login page, say). */
export function htmlServer(): Promise<BadServer> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><html><body><h1>Router login</h1></body></html>');
  });
  return serve(server, new Set());
}

/** A server that accepts connections and never answers. */
export function silentServer(): Promise<BadServer> {
  return serve(createTcpServer(), new Set());
}

/** A server that answers with something that is not HTTP (an SSH banner). */
export function notHttpServer(): Promise<BadServer> {
  const server = createTcpServer((socket) => socket.write('SSH-2.0-OpenSSH_9.6\r\n'));
  return serve(server, new Set());
}

/** A web server that redirects every request to https (as a PBX with HTTP disabled may). */
export function redirectServer(): Promise<BadServer> {
  const server = createServer((req, res) => {
    res.writeHead(301, {
      location: `https://127.0.0.1:8088${req.url ?? '/'}`,
      'content-type': 'text/html',
    });
    res.end('<html><body>Moved</body></html>');
  });
  return serve(server, new Set());
}

/** A server whose answer stops part-way: `length` announced (or chunked when undefined), 13 bytes sent. */
export function cutShortServer(length: number | undefined): Promise<BadServer> {
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(length === undefined ? {} : { 'content-length': String(length) }),
    });
    res.write('{"errcode":0,');
    setTimeout(() => res.socket?.destroy(), 20);
  });
  return serve(server, new Set());
}

/** A server whose error page carries terminal escapes: a retitle (OSC ... BEL), colour (CSI), a C1 CSI. */
export const ESCAPE_PAGE =
  '<h1>\u001b]0;pwned\u0007\u001b[31mred\u001b[0m \u009b2J gone\u202e</h1>';

/** A web server that answers every request with ESCAPE_PAGE. */
export function escapeServer(): Promise<BadServer> {
  const server = createServer((_req, res) => {
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end(ESCAPE_PAGE);
  });
  return serve(server, new Set());
}
