import { inflateSync } from 'node:zlib';
import { DOCUMENT_MAX_BYTES } from '../../../shared/ipc/limits';
import { readPngDocument as readPng, type PngReadOptions } from '../../../shared/export/png';
import type { LoadResult } from '../../../shared/format/index';

/**
 * Node expands compressed PNG text chunks (another tool may have rewritten ours), stopping at the
 * largest design file Pipeboard writes: a chunk that inflates past it is refused, not expanded.
 */
export const NODE_PNG_READING: PngReadOptions = {
  inflate: (data) => new Uint8Array(inflateSync(data, { maxOutputLength: DOCUMENT_MAX_BYTES })),
};

/** The design inside a Pipeboard PNG; compressed text chunks are expanded too. */
export function readPngDocument(bytes: Uint8Array): LoadResult {
  return readPng(bytes, NODE_PNG_READING);
}
