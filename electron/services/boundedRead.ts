import { constants as fsConstants, promises as fs } from 'node:fs';

/** Why a file was not read; `describe` turns it into a sentence. */
export type ReadRefusal = { kind: 'directory' } | { kind: 'not-regular'; what: string } | { kind: 'too-large'; limit: number };

export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; refusal: ReadRefusal };

const MIN_ROOM_BYTES = 64 * 1024;

/**
 * Reads a regular file of at most `maxBytes`. The file is opened without blocking (a FIFO would wait
 * for a writer otherwise), checked with fstat on the open handle (what is read is what was checked),
 * and read until its end or until it passes the cap: a file that grows, or lies about its size (/proc),
 * costs at most `maxBytes` + 1 bytes of memory. I/O errors are thrown as they are.
 */
export async function readBoundedFile(filePath: string, maxBytes: number): Promise<BoundedRead> {
  const handle = await fs.open(filePath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return { ok: false, refusal: { kind: 'directory' } };
    if (!stats.isFile()) return { ok: false, refusal: { kind: 'not-regular', what: fileTypeName(stats) } };
    if (stats.size > maxBytes) return { ok: false, refusal: { kind: 'too-large', limit: maxBytes } };
    // Room for the size fstat gave and one byte more, so a regular file is read in one call and a file that
    // grew meanwhile is noticed; a file that claims less (/proc says 0) grows the room, never past the cap.
    let bytes = new Uint8Array(Math.min(maxBytes + 1, Math.max(stats.size + 1, MIN_ROOM_BYTES)));
    let total = 0;
    for (;;) {
      if (total === bytes.length) {
        const larger = new Uint8Array(Math.min(maxBytes + 1, bytes.length * 2));
        larger.set(bytes);
        bytes = larger;
      }
      const { bytesRead } = await handle.read(bytes, total, bytes.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { ok: false, refusal: { kind: 'too-large', limit: maxBytes } };
    }
    bytes = bytes.subarray(0, total);
    return { ok: true, bytes };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function fileTypeName(stats: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The refusal as a sentence about `filePath`. */
export function describeRefusal(filePath: string, refusal: ReadRefusal): string {
  switch (refusal.kind) {
    case 'directory':
      return `${filePath} is a folder, not a Pipeboard file.`;
    case 'not-regular':
      return `${filePath} is ${refusal.what}, not a regular file; Pipeboard reads only regular files.`;
    case 'too-large':
      return `${filePath} is too large to be a Pipeboard file (more than ${(refusal.limit / (1024 * 1024)).toFixed(0)} MB).`;
  }
}
