/**
 * Baseline 1, the ceiling: a bare node:http server answering message_session/get from a Map, JSON
 * serialised per request like any real server (no framework, no token check).
 */
import { createServer } from 'node:http';
import { announce, baselineArgs, GET_PATH } from './baseline-data.js';

const { port, answers, notFound } = baselineArgs(process.argv);

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const id = mark < 0 ? null : new URLSearchParams(url.slice(mark + 1)).get('id');
  const answer = path === GET_PATH && id !== null ? (answers.get(id) ?? notFound) : notFound;
  const text = JSON.stringify(answer);
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
});
server.keepAliveTimeout = 5_000;
server.listen(port, '127.0.0.1', () => announce('baseline-http', server));
