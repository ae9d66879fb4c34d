/** Listening, over HTTP or HTTPS: the only side effect of the mock besides the CLI's output. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { bindRefusal } from './core/control-access.js';
import type { TlsMaterial } from './core/tls.js';

/** A listening fake PBX. */
export interface RunningServer {
  readonly server: Server;
  /** Base URL, e.g. http://127.0.0.1:8088 (https:// when serving TLS). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Stops listening and ends every connection, held ones included. */
  close(): Promise<void>;
}

/**
 * Listens with `app` on host:port (port 0 picks a free one), over TLS when `tls` is given. Rejects with the
 * system error (EADDRINUSE…), or a RangeError when a non-loopback host would expose a control API that
 * has no token.
 */
export function listen(
  app: Express,
  host: string,
  port: number,
  tls?: TlsMaterial,
): Promise<RunningServer> {
  const refusal = bindRefusal(app, host);
  if (refusal) return Promise.reject(refusal);
  const server: Server = tls
    ? createTlsServer({ cert: tls.cert, key: tls.key }, app)
    : createServer(app);
  // Devices keep idle connections open for a while; so does the mock, but never forever.
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `${tls ? 'https' : 'http'}://${shownHost}:${address.port}`,
        host: address.address,
        port: address.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
