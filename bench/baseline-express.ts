/**
 * Baseline 2, the framework's ceiling: a bare Express 5 app with its default settings answering
 * message_session/get from a Map with res.json (no token check). What the mock can at best reach.
 */
import express from 'express';
import { announce, baselineArgs, GET_PATH } from './baseline-data.js';

const { port, answers, notFound } = baselineArgs(process.argv);

const app = express();
app.get(GET_PATH, (req, res) => {
  const id: unknown = req.query.id;
  res.json(typeof id === 'string' ? (answers.get(id) ?? notFound) : notFound);
});
app.use((_req, res) => {
  res.json(notFound);
});
const server = app.listen(port, '127.0.0.1', () => announce('baseline-express', server));
server.keepAliveTimeout = 5_000;
