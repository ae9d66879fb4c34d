/** Listening: the only side effect of the mock besides the CLI's output. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** A listening fake PBX. */
export interface RunningServer {
  readonly server: Server;
  /** Base URL, e.g. http://127.0.0.1:8088. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens with `app` on host:port (port 0 picks a free one). Rejects with the system error (EADDRINUSE…). */
export function listen(app: Express, host: string, port: number): Promise<RunningServer> {
  const server = createServer(app);
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
        url: `http://${shownHost}:${address.port}`,
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
