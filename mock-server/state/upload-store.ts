/**
 * The files message/batchupload received, kept on disk until a reset or close. Nothing is written before the
 * first upload: the folder (under os.tmpdir() unless told otherwise) is made then, one per mock, and removed
 * at reset, at close and at process exit. Files are named by their id, never by the name the client sent, so
 * a name cannot reach outside the folder. What the store keeps is bounded twice: its byte budget (the
 * `uploads` store, charged as the bytes arrive, so a full store stops an upload before it is written) and a
 * count of files; either answers the device's errcode for a full store (60002 by default, OPEN).
 */
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Errcode } from '../../schemas/error-catalogue.js';
import { ByteBudget, DEFAULT_BUDGETS, StoreFull } from './store-budget.js';

/** Files the store keeps at most, by default. */
export const DEFAULT_MAX_UPLOADS = 1_000;

/** The largest count cap accepted. */
export const MAX_UPLOAD_COUNT = 1_000_000;

/** A file the store keeps. */
export interface StoredUpload {
  readonly id: number;
  /** The name the client sent, as it sent it (never used for the path). */
  readonly name: string;
  /** The part's content type as the client sent it. */
  readonly type: string;
  readonly size: number;
  /** Where the bytes are. */
  readonly path: string;
}

/** One file of a batch while it is being written. */
export interface UploadSink {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  /** Bytes written so far (charged to the budget). */
  size: number;
  readonly stream: WriteStream;
}

/** Folders of live stores in this process, removed at exit whatever the caller forgot. */
const liveFolders = new Set<string>();
let exitHookInstalled = false;

function removeLiveFolders(): void {
  for (const folder of liveFolders) rmSync(folder, { recursive: true, force: true });
  liveFolders.clear();
}

function watchFolder(folder: string): void {
  liveFolders.add(folder);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', removeLiveFolders);
  }
}

function forgetFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  liveFolders.delete(folder);
}

/** The upload folders of this process that exist now (for tests). */
export function liveUploadFolders(): readonly string[] {
  return [...liveFolders];
}

/** How message/batchupload reads a request, and who may download what it kept. */
export interface UploadRules {
  /** Bytes one request may carry in its files together (DOC: 100 MB). */
  readonly maxRequestBytes: number;
  /** The errcode of a request over maxRequestBytes (OPEN; default 40004 FILE SIZE EXCEEDED). */
  readonly tooLargeErrcode: number;
  /** Parts one request may have, files and other fields together (OPEN; the mock's guard). */
  readonly maxParts: number;
  /** Whether a download needs a live access_token in its query, as every device request does (OPEN). */
  readonly downloadNeedsToken: boolean;
}

/** 100 MB, as the guide states the limit (DOC); OPEN whether the device counts 10^6 or 2^20 bytes. */
export const DEFAULT_MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** The defaults of UploadRules. */
export const DEFAULT_UPLOAD_RULES: UploadRules = {
  maxRequestBytes: DEFAULT_MAX_UPLOAD_BYTES,
  tooLargeErrcode: Errcode.FILE_SIZE_EXCEEDED,
  maxParts: 1_000,
  downloadNeedsToken: true,
};

/** The uploads of one mock PBX. */
export class UploadStore {
  private folder: string | undefined;
  private readonly files = new Map<number, StoredUpload>();
  private nextId = 1;
  /** Files being written, counted against the cap before they are kept. */
  private pending = 0;
  /** Bumped at every reset and close: a batch begun before it is not kept. */
  private generation = 0;

  constructor(
    /** What the files may take on disk (the `uploads` budget). */
    readonly budget: ByteBudget = new ByteBudget('uploads', DEFAULT_BUDGETS.uploads),
    /** How many files it keeps at most. */
    readonly maxFiles: number = DEFAULT_MAX_UPLOADS,
    /** Where its folder is made (os.tmpdir() by default). */
    private readonly parent: string = tmpdir(),
  ) {
    if (!Number.isSafeInteger(maxFiles) || maxFiles < 0 || maxFiles > MAX_UPLOAD_COUNT) {
      throw new RangeError(
        `the uploads count cap must be an integer from 0 to ${MAX_UPLOAD_COUNT}; got ${maxFiles}`,
      );
    }
  }

  /** The folder, once the first upload made it. */
  get location(): string | undefined {
    return this.folder;
  }

  /** Files kept. */
  get count(): number {
    return this.files.size;
  }

  /** A kept file, or undefined. */
  get(id: number): StoredUpload | undefined {
    return this.files.get(id);
  }

  /** @internal Counts resets and closes. */
  get generationNow(): number {
    return this.generation;
  }

  /** Starts the files of one request. */
  batch(): UploadBatch {
    return new UploadBatch(this, this.generation);
  }

  /** Removes every file (and the folder); ids go on counting, so an old uri never names a new file. */
  reset(): void {
    this.generation++;
    this.files.clear();
    this.pending = 0;
    this.budget.reset();
    if (this.folder !== undefined) forgetFolder(this.folder);
    this.folder = undefined;
  }

  /** Like reset: nothing is left on disk. */
  close(): void {
    this.reset();
  }

  /** @internal A new file of `batch`: a slot under the cap and a stream into the folder. */
  open(generation: number, name: string, type: string): UploadSink {
    if (generation !== this.generation) throw new UploadGone();
    const used = this.files.size + this.pending;
    if (used + 1 > this.maxFiles) {
      throw new StoreFull('uploads', this.maxFiles, used, 1, this.budget.errcode, 'files');
    }
    if (this.folder !== undefined && !existsSync(this.folder)) {
      // removed from outside (a temp cleaner, a user): its files are gone, so the store forgets them (their
      // uris answer 60001) and starts a new folder, instead of failing every upload from now on
      for (const stored of this.files.values()) this.budget.release(stored.size);
      this.files.clear();
      forgetFolder(this.folder);
      this.folder = undefined;
    }
    if (this.folder === undefined) {
      this.folder = mkdtempSync(join(this.parent, 'pbx-mock-uploads-'));
      watchFolder(this.folder);
    }
    const id = this.nextId++;
    this.pending++;
    const stream = createWriteStream(join(this.folder, `${id}.bin`), { flags: 'wx' });
    return { id, name, type, size: 0, stream };
  }

  /** @internal Charges `bytes` of a file being written; throws StoreFull. */
  charge(generation: number, bytes: number): void {
    if (generation !== this.generation) throw new UploadGone();
    this.budget.take(bytes);
  }

  /** @internal Keeps the finished files of a batch; false when a reset came in between. */
  keep(generation: number, sinks: readonly UploadSink[]): StoredUpload[] | undefined {
    if (generation !== this.generation) return undefined;
    this.pending -= sinks.length;
    return sinks.map((sink) => {
      const stored: StoredUpload = {
        id: sink.id,
        name: sink.name,
        type: sink.type,
        size: sink.size,
        path: sink.stream.path as string,
      };
      this.files.set(sink.id, stored);
      return stored;
    });
  }

  /** @internal Gives back the slots and bytes of a batch that is not kept. */
  drop(generation: number, sinks: readonly UploadSink[]): void {
    if (generation !== this.generation) return;
    this.pending -= sinks.length;
    for (const sink of sinks) this.budget.release(sink.size);
  }
}

/** A batch begun before a reset or close: its files are not kept. */
export class UploadGone extends Error {
  override readonly name = 'UploadGone';
  constructor() {
    super('the upload store was reset or closed during the upload');
  }
}

/** The files of one request: written as they arrive, kept together or not at all. */
export class UploadBatch {
  private readonly sinks: UploadSink[] = [];
  private settled = false;

  constructor(
    private readonly store: UploadStore,
    private readonly generation: number,
  ) {}

  /** Whether a reset or close came since the batch began: none of it can be kept. */
  get stale(): boolean {
    return this.store.generationNow !== this.generation;
  }

  /** Opens the next file; throws StoreFull at the count cap. */
  open(name: string, type: string): UploadSink {
    const sink = this.store.open(this.generation, name, type);
    this.sinks.push(sink);
    return sink;
  }

  /** Charges `bytes` more of `sink` (throws StoreFull when the budget is spent). */
  charge(sink: UploadSink, bytes: number): void {
    this.store.charge(this.generation, bytes);
    sink.size += bytes;
  }

  /** Keeps every file (each stream must be finished); undefined when a reset came in between. */
  keep(): StoredUpload[] | undefined {
    if (this.settled) return undefined;
    this.settled = true;
    const kept = this.store.keep(this.generation, this.sinks);
    if (kept === undefined) void this.removeFiles();
    return kept;
  }

  /** Gives up every file: streams closed, files removed, budget and slots given back. */
  async discard(): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    this.store.drop(this.generation, this.sinks);
    await this.removeFiles();
  }

  private async removeFiles(): Promise<void> {
    await Promise.all(
      this.sinks.map(async (sink) => {
        // a stream still opening would create its file after an early rm: wait for it to close first
        if (!sink.stream.closed) {
          await new Promise<void>((resolve) => {
            sink.stream.once('close', () => resolve());
            sink.stream.destroy();
          });
        }
        await rm(sink.stream.path, { force: true });
      }),
    );
  }
}
