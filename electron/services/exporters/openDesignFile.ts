import { constants as fsConstants, promises as fs } from 'node:fs';
import { readDesignFile, type DesignFileRead, type DesignKind } from '../../../shared/export/designFile';
import { DESIGN_IMAGE_MAX_BYTES, designFileKind, KIND_SNIFF_BYTES } from '../../../shared/export/designFileKind';
import type { OpenResult } from '../../../shared/ipc/contract';
import { openDocumentFile } from '../documentFiles';
import { describeIoError, errorCode } from '../ioMessages';
import { NODE_PNG_READING } from './pngRead';

export type OpenedDesign = OpenResult & { kind?: DesignKind };

/**
 * Opens a design for File → Open on the host: the kind comes from the file's first bytes (see
 * shared/export/designFile); `.pipeboard.json` files go through openDocumentFile (size limit, mtime),
 * SVG and PNG images through readDesignFile, which gives back the design embedded in them.
 */
/** Reads the design inside a file's bytes the way the host does (Node inflates compressed PNG text). */
export function readDesignBytes(bytes: Uint8Array, fileName: string): DesignFileRead {
  return readDesignFile(bytes, fileName, NODE_PNG_READING);
}

export interface OpenDesignOptions {
  /** Reads the design inside an image's bytes (the services do it in a worker thread); readDesignBytes unless given. */
  readImage?: (bytes: Uint8Array, fileName: string) => Promise<DesignFileRead>;
}

export async function openDesignFile(filePath: string, options: OpenDesignOptions = {}): Promise<OpenedDesign> {
  const fail = (message: string): OpenedDesign => ({ ok: false, path: filePath, message, problems: [] });
  let handle: fs.FileHandle | undefined;
  try {
    const stats = await fs.stat(filePath);
    if (stats.isDirectory()) return fail(`${filePath} is a folder, not a Pipeboard file.`);
    if (!stats.isFile()) return fail(`${filePath} is not a regular file.`);
    handle = await fs.open(filePath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const head = new Uint8Array(KIND_SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const kind = designFileKind(head.subarray(0, bytesRead), filePath);
    if (kind === 'json') {
      await handle.close();
      handle = undefined;
      const opened = await openDocumentFile(filePath);
      return { ...opened, ...(opened.ok ? { kind } : {}) };
    }
    const opened = await handle.stat();
    if (kind !== 'other' && opened.size > DESIGN_IMAGE_MAX_BYTES) {
      return fail(`${filePath} is ${(opened.size / (1024 * 1024)).toFixed(1)} MB; Pipeboard opens images up to ${DESIGN_IMAGE_MAX_BYTES / (1024 * 1024)} MB.`);
    }
    // Binary data that is not a PNG is refused from its first bytes alone.
    const bytes = kind === 'other' ? head.subarray(0, bytesRead) : new Uint8Array(await handle.readFile());
    const result = kind !== 'other' && options.readImage ? await options.readImage(bytes, filePath) : readDesignBytes(bytes, filePath);
    if (!result.ok) return { ok: false, path: filePath, message: result.message, problems: result.problems };
    return { ok: true, path: filePath, document: result.document, mtimeMs: opened.mtimeMs, kind: result.kind };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return fail(`The file ${filePath} does not exist.`);
    return fail(describeIoError(error, 'open', filePath));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

