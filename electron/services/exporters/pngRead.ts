import { inflateSync } from 'node:zlib';
import { readPngDocument as readPng } from '../../../shared/export/png';
import type { LoadResult } from '../../../shared/format/index';

/** The design inside a Pipeboard PNG; compressed text chunks (rewritten by other tools) are expanded too. */
export function readPngDocument(bytes: Uint8Array): LoadResult {
  return readPng(bytes, { inflate: (data) => new Uint8Array(inflateSync(data, { maxOutputLength: 64 * 1024 * 1024 })) });
}
