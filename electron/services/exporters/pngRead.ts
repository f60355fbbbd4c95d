import { inflateSync } from 'node:zlib';
import { readPngDocument as readPng, type PngReadOptions } from '../../../shared/export/png';
import type { LoadResult } from '../../../shared/format/index';

/** Node expands compressed PNG text chunks (another tool may have rewritten ours), up to 64 MB. */
export const NODE_PNG_READING: PngReadOptions = {
  inflate: (data) => new Uint8Array(inflateSync(data, { maxOutputLength: 64 * 1024 * 1024 })),
};

/** The design inside a Pipeboard PNG; compressed text chunks are expanded too. */
export function readPngDocument(bytes: Uint8Array): LoadResult {
  return readPng(bytes, NODE_PNG_READING);
}
