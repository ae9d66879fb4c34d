import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from './load.js';

let server: Server;
let url: string;
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(req.url?.includes('missing') ? 404 : 200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});

describe('bench loads', () => {
  it('counts every answer with keep-alive (autocannon) and records latencies', async () => {
    const figures = await runLoad({
      url,
      paths: ['/a', '/missing'],
      connections: 2,
      keepAlive: true,
      seconds: 10,
      amount: 200,
    });
    expect(figures.requests).toBe(200);
    expect(figures.non2xx).toBe(100);
    expect(figures.p99Ms).toBeGreaterThan(0);
  });

  it('opens a new connection for every request without keep-alive, and counts every answer', async () => {
    const before = connections;
    const figures = await runLoad({
      url,
      paths: ['/a', '/missing'],
      connections: 3,
      keepAlive: false,
      seconds: 10,
      amount: 60,
    });
    expect(figures.requests).toBe(60);
    expect(figures.non2xx).toBe(30);
    expect(figures.errors).toBe(0);
    expect(connections - before).toBe(60);
  });
});
