/**
 * message/batchupload's body and the files it kept. The body is multipart/form-data read by busboy as it
 * arrives: each part under `files` streams into the upload store (state/upload-store.ts), with backpressure,
 * so a request never sits in memory. The first failure (the request's size limit, the store's budget or
 * count cap, a malformed body) stops the writing, removes what the request wrote, and the rest of the body
 * is read and thrown away before the device answer goes out, so the client always reads its answer. A client
 * that goes away mid-upload leaves no file behind. Each kept file is served back at its uri.
 */
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { Errcode } from '../../schemas/error-catalogue.js';
import { DeviceError } from '../core/device-error.js';
import type { Query } from '../core/query.js';
import type { StoredUpload, UploadRules, UploadSink, UploadStore } from '../state/upload-store.js';
import { UploadGone } from '../state/upload-store.js';
import type { TokenStore } from '../state/token-store.js';
import type { Refusal } from './admission.js';
import { tokenRefusal } from './admission.js';
import { UPLOAD_PATH_PREFIX } from './upload-endpoints.js';

/** The multipart field the files come in (DOC). */
export const FILES_FIELD = 'files';

/** A client that went away before its upload was complete: nobody to answer. */
export class UploadAborted extends Error {
  override readonly name = 'UploadAborted';
  constructor() {
    super('the client went away during the upload');
  }
}

function filesError(validationType: string, why: string): DeviceError {
  return new DeviceError(
    Errcode.PARAMETER_ERROR,
    { invalid_param_list: [{ field: FILES_FIELD, validation_type: validationType }] },
    { why },
  );
}

/** What a part's content type becomes in File_Info: its type/subtype as sent, or octet-stream when odd. */
function fileType(mimeType: string | undefined): string {
  return mimeType !== undefined && /^[\w.+-]{1,64}\/[\w.+-]{1,128}$/.test(mimeType)
    ? mimeType.toLowerCase()
    : 'application/octet-stream';
}

/**
 * Reads an upload request into `store`; resolves with the files kept, or rejects with the device's answer
 * (a DeviceError or StoreFull) once the whole body has been read, or with UploadAborted.
 */
export function readUploadForm(
  req: IncomingMessage,
  store: UploadStore,
  rules: UploadRules,
): Promise<StoredUpload[]> {
  return new Promise((resolve, reject) => {
    const batch = store.batch();
    const writes: Promise<void>[] = [];
    let failure: Error | undefined;
    let aborted = false;
    let received = 0;
    let files = 0;
    let active: { sink: UploadSink; stop: () => void } | undefined;
    let requestDone = false;
    let parserDone = false;
    let settled = false;

    const settle = () => {
      if (settled || !parserDone || !(requestDone || aborted)) return;
      settled = true;
      void Promise.all(writes)
        .then(async () => {
          if (aborted) {
            await batch.discard();
            return reject(new UploadAborted());
          }
          if (failure === undefined && files === 0) {
            failure = filesError('required', `no file under the field ${FILES_FIELD}`);
          }
          if (failure !== undefined) {
            await batch.discard();
            // a reset can also surface as a write into the folder it removed
            return reject(failure instanceof UploadGone || batch.stale ? gone() : failure);
          }
          const kept = batch.keep();
          if (kept === undefined) return reject(gone());
          resolve(kept);
        })
        .catch(reject); // a file that could not be removed: the mock's own failure (-2)
    };

    req.once('end', () => {
      requestDone = true;
      settle();
    });
    req.once('close', () => {
      if (!req.complete) {
        aborted = true;
        active?.stop();
        stopParsing();
      }
      settle();
    });
    req.on('error', () => undefined); // an aborted request reports it on 'close' as well

    let parser: busboy.Busboy | undefined;
    try {
      parser = busboy({
        headers: req.headers,
        preservePath: true,
        defParamCharset: 'utf8',
        // with no 'field' listener, busboy skips other fields unread
        limits: { parts: rules.maxParts },
      });
    } catch {
      failure = filesError(
        'multipart/form-data',
        `the body is not multipart/form-data with a boundary (Content-Type ${JSON.stringify((req.headers['content-type'] ?? '').slice(0, 100))})`,
      );
      parserDone = true;
      req.resume();
      return;
    }
    const form = parser;

    function stopParsing(): void {
      if (parserDone) return;
      parserDone = true;
      req.unpipe(form);
      form.destroy();
      req.resume();
    }

    function fail(error: unknown): void {
      failure ??= error instanceof Error ? error : new Error(String(error));
      active?.stop();
      stopParsing();
      settle();
    }

    form.on('file', (field, file, info) => {
      file.on('error', (error: unknown) => {
        if (failure === undefined && !aborted) fail(malformed(error));
      });
      if (failure !== undefined || aborted || field !== FILES_FIELD) {
        file.resume();
        return;
      }
      let sink: UploadSink;
      try {
        sink = batch.open(info.filename ?? '', fileType(info.mimeType));
      } catch (error) {
        file.resume();
        return fail(error);
      }
      files++;
      const stop = () => {
        sink.stream.destroy();
        file.resume();
      };
      active = { sink, stop };
      writes.push(
        new Promise<void>((done) => {
          sink.stream.once('close', () => done());
          sink.stream.on('error', (error: unknown) => {
            if (failure === undefined) fail(error);
          });
        }),
      );
      file.on('data', (chunk: Buffer) => {
        if (failure !== undefined || aborted) return;
        received += chunk.length;
        if (received > rules.maxRequestBytes) {
          return fail(
            new DeviceError(
              rules.tooLargeErrcode,
              {},
              { why: `the files are larger than ${rules.maxRequestBytes} bytes together` },
            ),
          );
        }
        try {
          batch.charge(sink, chunk.length);
        } catch (error) {
          return fail(error);
        }
        if (!sink.stream.write(chunk)) {
          file.pause();
          sink.stream.once('drain', () => file.resume());
        }
      });
      file.once('end', () => {
        if (active?.sink === sink) active = undefined;
        if (failure === undefined && !aborted) sink.stream.end();
        else sink.stream.destroy();
      });
    });
    form.on('partsLimit', () => {
      fail(filesError(`at most ${rules.maxParts} parts`, `more than ${rules.maxParts} parts`));
    });
    form.on('error', (error: unknown) => {
      if (failure === undefined && !aborted) fail(malformed(error));
    });
    form.once('close', () => {
      parserDone = true;
      settle();
    });
    req.pipe(form);
  });
}

function malformed(error: unknown): DeviceError {
  const text = error instanceof Error ? error.message : String(error);
  return filesError(
    'multipart/form-data',
    `the multipart body is malformed (${text.slice(0, 100)})`,
  );
}

function gone(): DeviceError {
  return new DeviceError(Errcode.FAILURE, {}, { why: new UploadGone().message });
}

/** Whether `path` is where the mock serves kept files. */
export function isUploadPath(path: string): boolean {
  return path.startsWith(UPLOAD_PATH_PREFIX);
}

/** The file a download asks for, or the device's refusal (10001, 10004 or 60001). */
export function findUpload(
  request: { readonly method: string; readonly path: string; readonly query: Query },
  store: UploadStore,
  tokens: TokenStore,
  rules: UploadRules,
): Refusal | StoredUpload {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return {
      errcode: Errcode.INTERFACE_NOT_EXISTED,
      why: `an uploaded file takes GET, not ${request.method}`,
    };
  }
  if (rules.downloadNeedsToken) {
    const refusal = tokenRefusal(request.query, tokens);
    if (refusal) return refusal;
  }
  const match = /^(\d{1,15})(?:\/[^/]*)?$/.exec(request.path.slice(UPLOAD_PATH_PREFIX.length));
  const file = match ? store.get(Number(match[1])) : undefined;
  if (!file) {
    return { errcode: Errcode.DATA_NOT_FOUND, why: 'no uploaded file at this path' };
  }
  return file;
}
