/**
 * Listing a store as a stream. A listing built as one string failed past V8's string limit (~512 MB; GET
 * /__mock/rules answered 500 "Invalid string length") and stalled every other client while it was built;
 * written in ~64 kB pieces with backpressure, a listing costs memory for one piece, and other requests are
 * served between pieces. The items are read lazily, so what a store drops meanwhile is left out (an item
 * source returns undefined for it).
 */
import type { Response } from 'express';

/** A piece of the answer: JSON text as is, or an array written item by item. */
export type JsonPart = string | { readonly items: Iterable<unknown> };

/** Bytes gathered before a write. */
const PIECE = 64 * 1024;

function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Writes `parts` as one JSON answer with `status`; resolves when done or when the client left. */
export async function streamJson(
  res: Response,
  status: number,
  parts: readonly JsonPart[],
): Promise<void> {
  res.status(status).type('application/json');
  let piece = '';
  const flush = async () => {
    if (piece === '' || res.destroyed) return;
    const ok = res.write(piece);
    piece = '';
    if (!ok) await drained(res);
  };
  for (const part of parts) {
    if (typeof part === 'string') {
      piece += part;
      continue;
    }
    piece += '[';
    let first = true;
    for (const item of part.items) {
      if (item === undefined) continue;
      piece += (first ? '' : ',') + JSON.stringify(item);
      first = false;
      if (piece.length >= PIECE) {
        await flush();
        if (res.destroyed) return;
      }
    }
    piece += ']';
  }
  await flush();
  if (!res.destroyed) res.end();
}

/** JSON text of `value`, for the fixed parts around a streamed array. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}
