/** Writing a device answer on the wire: the one place the body of an HTTP 200 + errcode reply is made. */
import type { ServerResponse } from 'node:http';
import type { Payload } from './endpoint.js';
import type { BodyFault } from '../scenarios/faults.js';
import { spoilBody } from '../scenarios/faults.js';
import { answerText } from '../core/json-text.js';

/** Writes HTTP 200 with errcode and errmsg first, then `extra`; cut or made malformed when `spoil` asks. */
export function writeDeviceAnswer(
  res: ServerResponse,
  errcode: number,
  errmsg: string,
  extra: Payload,
  spoil: BodyFault | undefined,
): void {
  // a payload whose text is remembered (a cached page of messages) is not serialised again
  const json = answerText(errcode, errmsg, extra) ?? JSON.stringify({ errcode, errmsg, ...extra });
  const text = spoil === undefined ? json : spoilBody(spoil, json);
  // res.json's content-type lookup and send() checks cost ~10% of a request; these are the same bytes
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
