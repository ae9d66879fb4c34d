import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import type { MockPbx, MockPbxOptions } from '../app.js';
import { API, USER_AGENT, expectSchema, login } from '../test-support/device.js';
import type { FileInfo } from '../../schemas/types.generated.js';
import { DEFAULT_MAX_UPLOAD_BYTES, liveUploadFolders } from '../state/upload-store.js';

const TSX = createRequire(import.meta.url).resolve('tsx');
const EXIT_SCRIPT = fileURLToPath(new URL('../test-support/upload-then-exit.ts', import.meta.url));

/** A folder of its own for the upload folders of this file's mocks, so a leftover is seen. */
let parentDir: string;
const built: MockPbx[] = [];

beforeAll(() => {
  parentDir = mkdtempSync(join(tmpdir(), 'pbx-upload-test-'));
});

afterEach(() => {
  for (const pbx of built.splice(0)) pbx.close();
});

afterAll(() => {
  rmSync(parentDir, { recursive: true, force: true });
});

function mock(options: MockPbxOptions = {}): MockPbx {
  const pbx = createMockPbx({ ...options, uploads: { parentDir, ...options.uploads } });
  built.push(pbx);
  return pbx;
}

/** Files under this file's folder: what the mocks left on disk. */
function filesOnDisk(): string[] {
  return readdirSync(parentDir, { recursive: true, encoding: 'utf8' });
}

function upload(pbx: MockPbx, token: string): request.Test {
  return request(pbx.app)
    .post(`${API}/message/batchupload`)
    .query({ access_token: token })
    .set(USER_AGENT);
}

function bytes(size: number, seed = 7): Buffer {
  const buffer = Buffer.alloc(size);
  for (let i = 0; i < size; i++) buffer[i] = (i * 31 + seed) & 0xff;
  return buffer;
}

function listOf(body: unknown): FileInfo[] {
  expectSchema('MessageBatchUploadAnswer', body);
  return (body as { list: FileInfo[] }).list;
}

/** A multipart body built by hand, so names reach the mock exactly as written (form-data strips paths). */
function multipart(
  boundary: string,
  parts: readonly { name: string; filename?: string; body: string }[],
) {
  const text = parts
    .map(
      (part) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"` +
        (part.filename === undefined ? '' : `; filename="${part.filename}"`) +
        `\r\nContent-Type: application/octet-stream\r\n\r\n${part.body}\r\n`,
    )
    .join('');
  return `${text}--${boundary}--\r\n`;
}

/** Sends a raw body with a given content type, as a client that builds its own multipart would. */
function rawUpload(pbx: MockPbx, token: string, contentType: string, body: Buffer | string) {
  return upload(pbx, token).set('Content-Type', contentType).send(body);
}

describe('POST message/batchupload', () => {
  it('keeps one file and answers its File_Info; the uri serves the same bytes with its type', async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    const content = bytes(70_000);
    const res = await upload(pbx, access_token).attach('files', content, {
      filename: 'photo.png',
      contentType: 'image/png',
    });
    expect(res.status).toBe(200);
    const [file, ...rest] = listOf(res.body);
    expect(rest).toEqual([]);
    expect(file).toMatchObject({ name: 'photo.png', type: 'image/png', size: content.length });
    const got = await request(pbx.app)
      .get(file?.uri ?? '')
      .query({ access_token })
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(got.body as Buffer, content)).toBe(0);
  });

  it('keeps several files in the order of their parts, each with its own id and uri', async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    const res = await upload(pbx, access_token)
      .attach('files', bytes(10, 1), { filename: 'a.txt', contentType: 'text/plain' })
      .attach('files', bytes(20, 2), { filename: 'b.pdf', contentType: 'application/pdf' })
      .attach('files', bytes(0), {
        filename: 'empty.bin',
        contentType: 'application/octet-stream',
      });
    const list = listOf(res.body);
    expect(list.map((f) => [f.name, f.type, f.size])).toEqual([
      ['a.txt', 'text/plain', 10],
      ['b.pdf', 'application/pdf', 20],
      ['empty.bin', 'application/octet-stream', 0],
    ]);
    expect(new Set(list.map((f) => f.id)).size).toBe(3);
    expect(new Set(list.map((f) => f.uri)).size).toBe(3);
    expect(pbx.uploads.count).toBe(3);
    for (const [i, file] of list.entries()) {
      const got = await request(pbx.app).get(file.uri).query({ access_token }).buffer(true);
      expect(got.status).toBe(200);
      expect(Number(got.headers['content-length'])).toBe([10, 20, 0][i]);
    }
  });

  it('ignores fields other than files, and keeps the files beside them', async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    const res = await upload(pbx, access_token)
      .field('note', 'hello')
      .attach('other', bytes(5), 'x.bin')
      .attach('files', bytes(5), 'y.bin');
    expect(listOf(res.body).map((f) => f.name)).toEqual(['y.bin']);
    expect(pbx.uploads.count).toBe(1);
  });

  it('keeps the name as sent but names files on disk by id only: no path from a name', async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    const names = ['../../escape.txt', '/etc/passwd', '..\\..\\win.ini', 'a/../../b', '%2e%2e%2fx'];
    const body = multipart(
      'B',
      names.map((filename) => ({ name: 'files', filename, body: 'abc' })),
    );
    const list = listOf(
      (await rawUpload(pbx, access_token, 'multipart/form-data; boundary=B', body)).body,
    );
    expect(list.map((f) => f.name)).toEqual(names);
    const folder = pbx.uploads.location ?? '';
    expect(folder.startsWith(parentDir)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(list.map((f) => `${f.id}.bin`).sort());
    expect(filesOnDisk().filter((f) => !f.startsWith('pbx-mock-uploads-'))).toEqual([]);
    for (const file of list) {
      expect(file.uri).toMatch(/^\/__mock_files\/\d+\/[^/]*$/);
      const got = await request(pbx.app).get(file.uri).query({ access_token });
      expect(got.status).toBe(200);
      expect(got.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      );
    }
  });

  it('needs a live token to upload and, by default, to download (10004 envelopes)', async () => {
    const pbx = mock();
    const none = await request(pbx.app)
      .post(`${API}/message/batchupload`)
      .set(USER_AGENT)
      .attach('files', bytes(5), 'a.bin');
    expect(none.body).toMatchObject({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
    expect(pbx.uploads.location).toBeUndefined();
    const { access_token } = await login(pbx.app);
    const [file] = listOf(
      (await upload(pbx, access_token).attach('files', bytes(5), 'a.bin')).body,
    );
    const anonymous = await request(pbx.app).get(file?.uri ?? '');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ errcode: 10004 });
  });

  it('serves downloads without a token when told so, and answers 60001 for an unknown id', async () => {
    const pbx = mock({ uploads: { downloadNeedsToken: false } });
    const { access_token } = await login(pbx.app);
    const [file] = listOf(
      (await upload(pbx, access_token).attach('files', bytes(5), 'a.bin')).body,
    );
    const open = await request(pbx.app)
      .get(file?.uri ?? '')
      .buffer(true);
    expect(open.status).toBe(200);
    expect(open.headers['content-length']).toBe('5');
    const unknown = await request(pbx.app).get('/__mock_files/999999/a.bin');
    expect(unknown.body).toMatchObject({ errcode: 60001, errmsg: 'DATA NOT FOUND' });
    const post = await request(pbx.app).post(file?.uri ?? '');
    expect(post.body).toMatchObject({ errcode: 10001 });
  });

  it('answers 40004 over the request limit, keeps nothing and charges nothing', async () => {
    const pbx = mock({ uploads: { maxRequestBytes: 100_000 } });
    const { access_token } = await login(pbx.app);
    const res = await upload(pbx, access_token)
      .attach('files', bytes(60_000), 'a.bin')
      .attach('files', bytes(60_000), 'b.bin');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ errcode: 40004, errmsg: 'FILE SIZE EXCEEDED' });
    expect(pbx.uploads.count).toBe(0);
    expect(pbx.uploads.budget.used).toBe(0);
    expect(readdirSync(pbx.uploads.location ?? parentDir)).toEqual([]);
    // exactly at the limit is fine
    const fits = await upload(pbx, access_token)
      .attach('files', bytes(50_000), 'a.bin')
      .attach('files', bytes(50_000), 'b.bin');
    expect(listOf(fits.body)).toHaveLength(2);
  });

  it('answers the errcode it is told to over the limit', async () => {
    const pbx = mock({ uploads: { maxRequestBytes: 10, tooLargeErrcode: 60002 } });
    const { access_token } = await login(pbx.app);
    const res = await upload(pbx, access_token).attach('files', bytes(11), 'a.bin');
    expect(res.body).toEqual({ errcode: 60002, errmsg: 'MAX LIMITATION EXCEEDED' });
  });

  it('refuses an errcode the catalogue lacks, and nonsense limits', () => {
    expect(() => createMockPbx({ uploads: { tooLargeErrcode: 12345 } })).toThrow(RangeError);
    expect(() => createMockPbx({ uploads: { maxRequestBytes: -1 } })).toThrow(RangeError);
    expect(() => createMockPbx({ uploads: { maxFiles: 1.5 } })).toThrow(RangeError);
  });

  it('answers 60002 when the store is full, by bytes or by count, and keeps what it had', async () => {
    const pbx = mock({ budgets: { uploads: 1000 }, uploads: { maxFiles: 3 } });
    const { access_token } = await login(pbx.app);
    listOf((await upload(pbx, access_token).attach('files', bytes(600), 'a.bin')).body);
    const bytesFull = await upload(pbx, access_token).attach('files', bytes(600), 'b.bin');
    expect(bytesFull.body).toEqual({ errcode: 60002, errmsg: 'MAX LIMITATION EXCEEDED' });
    expect(pbx.uploads.budget.used).toBe(600);
    listOf(
      (
        await upload(pbx, access_token)
          .attach('files', bytes(1), 'c')
          .attach('files', bytes(1), 'd')
      ).body,
    );
    const countFull = await upload(pbx, access_token).attach('files', bytes(1), 'e.bin');
    expect(countFull.body).toEqual({ errcode: 60002, errmsg: 'MAX LIMITATION EXCEEDED' });
    expect(pbx.uploads.count).toBe(3);
    expect(readdirSync(pbx.uploads.location ?? '')).toHaveLength(3);
    expect(pbx.journal.entries().at(-1)).toMatchObject({
      path: '/openapi/v1.0/message/batchupload',
      errcode: 60002,
    });
  });

  it('answers 40002 naming files for a body that is not a multipart form with files', async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    const boundary = 'XyZ';
    const cases: [string, string | Buffer][] = [
      ['application/json', '{"files":["a"]}'],
      ['multipart/form-data', 'no boundary given'],
      [`multipart/form-data; boundary=${boundary}`, ''],
      [`multipart/form-data; boundary=${boundary}`, `--${boundary}--\r\n`],
      // a text field only, even one called files
      [
        `multipart/form-data; boundary=${boundary}`,
        `--${boundary}\r\nContent-Disposition: form-data; name="files"\r\n\r\nnot a file\r\n--${boundary}--\r\n`,
      ],
      // truncated: no closing boundary
      [
        `multipart/form-data; boundary=${boundary}`,
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.bin"\r\n\r\nabc`,
      ],
      // another boundary than announced
      [
        `multipart/form-data; boundary=${boundary}`,
        `--other\r\nContent-Disposition: form-data; name="files"; filename="a.bin"\r\n\r\nabc\r\n--other--\r\n`,
      ],
      // a part header that never ends
      [
        `multipart/form-data; boundary=${boundary}`,
        `--${boundary}\r\nContent-Disposition: form-data; name="${'n'.repeat(40_000)}"; filename="a"\r\n\r\nabc\r\n--${boundary}--\r\n`,
      ],
    ];
    for (const [type, body] of cases) {
      const res = await rawUpload(pbx, access_token, type, body);
      expect(res.status, `${type} ${String(body).slice(0, 60)}`).toBe(200);
      expect(res.body, `${type} ${String(body).slice(0, 60)}`).toMatchObject({
        errcode: 40002,
        errmsg: 'PARAMETER ERROR',
        invalid_param_list: [{ field: 'files' }],
      });
    }
    expect(pbx.uploads.count).toBe(0);
    expect(readdirSync(pbx.uploads.location ?? parentDir)).toEqual([]);
  });

  it('answers 40002 for thousands of tiny parts, and keeps nothing of them', async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    const boundary = 'b0undary';
    const part = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="t"\r\n\r\nx\r\n`;
    const body = `${part.repeat(5000)}--${boundary}--\r\n`;
    const res = await rawUpload(
      pbx,
      access_token,
      `multipart/form-data; boundary=${boundary}`,
      body,
    );
    expect(res.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'files', validation_type: 'at most 1000 parts' }],
    });
    expect(pbx.uploads.count).toBe(0);
    expect(readdirSync(pbx.uploads.location ?? parentDir)).toEqual([]);
  });

  it('holds the count cap under parallel uploads: exactly the cap is kept, the rest answer 60002', async () => {
    const pbx = mock({ uploads: { maxFiles: 5 } });
    const { access_token } = await login(pbx.app);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        upload(pbx, access_token).attach('files', bytes(20_000, i), `f${i}.bin`),
      ),
    );
    const codes = answers.map((res) => (res.body as { errcode: number }).errcode).sort();
    expect(codes.filter((c) => c === 0)).toHaveLength(5);
    expect(codes.filter((c) => c === 60002)).toHaveLength(7);
    expect(pbx.uploads.count).toBe(5);
    expect(pbx.uploads.budget.used).toBe(5 * 20_000);
    expect(readdirSync(pbx.uploads.location ?? '')).toHaveLength(5);
  });

  it("plays a rule's fault without keeping anything", async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    pbx.rules.add({
      match: { path: 'message/batchupload' },
      answer: { fault: { type: 'proxy-error', status: 503 } },
    });
    const res = await upload(pbx, access_token).attach('files', bytes(5), 'a.bin');
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(pbx.uploads.location).toBeUndefined();
    pbx.rules.clear();
    pbx.rules.add({
      match: { path: 'message/batchupload' },
      answer: { fault: { type: 'truncated' } },
    });
    const spoiled = await upload(pbx, access_token)
      .attach('files', bytes(5), 'a.bin')
      .parse((r, done) => {
        let text = '';
        r.on('data', (chunk: Buffer) => (text += chunk.toString()));
        r.on('end', () => done(null, text));
      });
    expect(spoiled.status).toBe(200);
    expect(String(spoiled.body)).toMatch(/^\{"errcode":0/);
    expect(() => JSON.parse(String(spoiled.body)) as unknown).toThrow(SyntaxError);
    // the upload itself ran; only its answer was cut short
    expect(pbx.uploads.count).toBe(1);
  });

  it('takes forced errcodes and rules without reading the files', async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    const forced = await upload(pbx, access_token)
      .set('Prefer', 'errcode=10005')
      .attach('files', bytes(5), 'a.bin');
    expect(forced.body).toEqual({ errcode: 10005, errmsg: 'ACCESS DENIED' });
    pbx.rules.add({ match: { path: 'message/batchupload' }, answer: { errcode: 60002 } });
    const ruled = await upload(pbx, access_token).attach('files', bytes(5), 'a.bin');
    expect(ruled.body).toEqual({ errcode: 60002, errmsg: 'MAX LIMITATION EXCEEDED' });
    expect(pbx.uploads.location).toBeUndefined();
  });
});

describe('the upload folder', () => {
  it('is made at the first upload only: building a mock touches no disk', async () => {
    const pbx = mock();
    expect(pbx.uploads.location).toBeUndefined();
    expect(filesOnDisk()).toEqual([]);
    const { access_token } = await login(pbx.app);
    await upload(pbx, access_token).attach('files', bytes(5), 'a.bin');
    expect(pbx.uploads.location).toBeDefined();
    expect(existsSync(pbx.uploads.location ?? '')).toBe(true);
  });

  it('is removed by /__mock/reset and by close(); an old uri then answers 60001', async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    const [file] = listOf(
      (await upload(pbx, access_token).attach('files', bytes(5), 'a.bin')).body,
    );
    const first = pbx.uploads.location ?? '';
    expect(readdirSync(first)).toHaveLength(1);
    expect(liveUploadFolders()).toContain(first);
    const reset = await request(pbx.app).post('/__mock/reset');
    expect(reset.status).toBe(200);
    expect((reset.body as { reset: string[] }).reset).toContain('uploads');
    expect(existsSync(first)).toBe(false);
    expect(pbx.uploads.count).toBe(0);
    expect(pbx.uploads.budget.used).toBe(0);
    const again = await login(pbx.app);
    const [next] = listOf(
      (await upload(pbx, again.access_token).attach('files', bytes(5), 'b.bin')).body,
    );
    expect(next?.id).not.toBe(file?.id);
    const stale = await request(pbx.app)
      .get(file?.uri ?? '')
      .query({ access_token: again.access_token });
    expect(stale.body).toMatchObject({ errcode: 60001 });
    const second = pbx.uploads.location ?? '';
    expect(existsSync(second)).toBe(true);
    pbx.close();
    expect(existsSync(second)).toBe(false);
    // nothing left for the exit hook either
    expect(liveUploadFolders()).not.toContain(first);
    expect(liveUploadFolders()).not.toContain(second);
    expect(filesOnDisk()).toEqual([]);
  });
});

describe('an upload folder removed from outside', () => {
  it('is made again at the next upload; the files it held answer 60001 and no longer count', async () => {
    const pbx = mock();
    const { access_token } = await login(pbx.app);
    const [lost] = listOf(
      (await upload(pbx, access_token).attach('files', bytes(7), 'a.bin')).body,
    );
    const first = pbx.uploads.location ?? '';
    // a temp cleaner (or a user) removes the folder while the mock runs
    rmSync(first, { recursive: true, force: true });
    const res = await upload(pbx, access_token).attach('files', bytes(5), 'b.bin');
    expect(res.body).toMatchObject({ errcode: 0 });
    const second = pbx.uploads.location ?? '';
    expect(second).not.toBe(first);
    expect(readdirSync(second)).toHaveLength(1);
    expect(pbx.uploads.count).toBe(1);
    expect(pbx.uploads.budget.used).toBe(5);
    const gone = await request(pbx.app)
      .get(lost?.uri ?? '')
      .query({ access_token });
    expect(gone.body).toMatchObject({ errcode: 60001 });
    pbx.close();
    expect(existsSync(second)).toBe(false);
    expect(liveUploadFolders()).not.toContain(first);
  });
});

describe('an upload over a socket', () => {
  let pbx: MockPbx;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    pbx = createMockPbx({ uploads: { parentDir } });
    server = createServer(pbx.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    pbx.close();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  });

  it('leaves no file behind when the client goes away mid-upload', async () => {
    const { access_token } = await login(pbx.app);
    const boundary = 'cut';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    const gone = new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `${API}/message/batchupload?access_token=${access_token}`,
        headers: {
          ...USER_AGENT,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(10_000_000),
        },
      });
      req.on('error', () => resolve());
      req.write(head);
      req.write(bytes(200_000), () => {
        // the mock has the file open by now; wait until the bytes are on disk, then cut the connection
        const poll = () => {
          const folder = pbx.uploads.location;
          if (folder && existsSync(folder) && readdirSync(folder).length > 0) {
            req.destroy();
            resolve();
          } else setTimeout(poll, 5);
        };
        poll();
      });
    });
    await gone;
    await expect
      .poll(() => pbx.journal.entries().some((e) => e.path.endsWith('/message/batchupload')))
      .toBe(true);
    expect(readdirSync(pbx.uploads.location ?? parentDir)).toEqual([]);
    expect(pbx.uploads.count).toBe(0);
    expect(pbx.uploads.budget.used).toBe(0);
  });

  /** POSTs `chunks` (a stream, never one buffer) as an upload over the socket; resolves with the answer. */
  function streamUpload(token: string, boundary: string, body: Readable, length?: number) {
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `${API}/message/batchupload?access_token=${token}`,
          headers: {
            ...USER_AGENT,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            ...(length === undefined ? {} : { 'content-length': String(length) }),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      body.pipe(req);
    });
  }

  it('answers 40004 just over the real 100 MB limit, streamed, and keeps nothing', async () => {
    const { access_token } = await login(pbx.app);
    const boundary = 'big';
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const total = DEFAULT_MAX_UPLOAD_BYTES + 1;
    const body = Readable.from(
      (function* () {
        yield Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.bin"\r\n\r\n`,
        );
        while (sent < total) {
          const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
          sent += piece.length;
          yield piece;
        }
        yield Buffer.from(`\r\n--${boundary}--\r\n`);
      })(),
    );
    const answer = await streamUpload(access_token, boundary, body);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ errcode: 40004, errmsg: 'FILE SIZE EXCEEDED' });
    expect(pbx.uploads.count).toBe(0);
    expect(pbx.uploads.budget.used).toBe(0);
    expect(readdirSync(pbx.uploads.location ?? parentDir)).toEqual([]);
  });

  it('keeps nothing of an upload a reset cut through, and answers -1', async () => {
    const { access_token } = await login(pbx.app);
    const boundary = 'r';
    const body = new Readable({ read() {} });
    const answer = streamUpload(access_token, boundary, body);
    body.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.bin"\r\n\r\n`,
    );
    body.push(bytes(100_000));
    await expect
      .poll(() => {
        const folder = pbx.uploads.location;
        return folder !== undefined && existsSync(folder) && readdirSync(folder).length > 0;
      })
      .toBe(true);
    pbx.reset();
    body.push(bytes(1000));
    body.push(`\r\n--${boundary}--\r\n`);
    body.push(null);
    const { text } = await answer;
    expect(JSON.parse(text)).toEqual({ errcode: -1, errmsg: 'FAILURE' });
    expect(pbx.uploads.count).toBe(0);
    expect(pbx.uploads.budget.used).toBe(0);
    expect(filesOnDisk()).toEqual([]);
  });
});

describe('a process that never closes its mock', () => {
  for (const how of ['exit', 'end']) {
    it(`leaves no upload folder behind (${how === 'exit' ? 'process.exit' : 'the event loop ends'})`, async () => {
      const printed = await new Promise<string>((resolve, reject) => {
        execFile(
          process.execPath,
          ['--import', TSX, EXIT_SCRIPT, parentDir, how],
          { timeout: 60_000 },
          (error, stdout, stderr) =>
            error ? reject(new Error(stderr || error.message)) : resolve(stdout),
        );
      });
      const { errcode, folder } = JSON.parse(printed) as { errcode: number; folder?: string };
      expect(errcode).toBe(0);
      expect(folder?.startsWith(parentDir)).toBe(true);
      expect(existsSync(folder ?? '')).toBe(false);
      expect(filesOnDisk()).toEqual([]);
    }, 70_000);
  }
});
