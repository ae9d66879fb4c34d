/**
 * Handler of POST message/batchupload: the files the multipart reader (uploads.ts) kept, as File_Info, each
 * with the uri the mock serves it back at.
 */
import type { StoredUpload } from '../state/upload-store.js';
import type { Handler } from './endpoint.js';

/** Where the mock serves the files it keeps: `/__mock_files/{id}/{name}` (the name is only for people). */
export const UPLOAD_PATH_PREFIX = '/__mock_files/';

/** The uri of a kept file, relative to the mock's address (OPEN: the device's form of it). */
export function uploadUri(file: StoredUpload): string {
  return `${UPLOAD_PATH_PREFIX}${file.id}/${encodeURIComponent(file.name)}`;
}

/** POST message/batchupload: a File_Info per file, in the order of the parts. */
export const batchUpload: Handler<'message/batchupload'> = ({ files }) =>
  files.map((file) => ({
    id: file.id,
    name: file.name,
    uri: uploadUri(file),
    type: file.type,
    size: file.size,
  }));
