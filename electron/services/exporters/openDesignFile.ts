import { constants as fsConstants, promises as fs } from 'node:fs';
import type { LoadResult } from '../../../shared/format/index';
import { parseDocumentBytes } from '../../../shared/format/utf8Bytes';
import { isPng } from '../../../shared/export/png';
import { readSvgDocument } from '../../../shared/export/svg/readSvg';
import { utf8Decode } from '../../../shared/export/embed';
import type { OpenResult } from '../../../shared/ipc/contract';
import { openDocumentFile } from '../documentFiles';
import { describeIoError, errorCode } from '../ioMessages';
import { readPngDocument } from './pngRead';

/** What a design file turned out to be. */
export type DesignFileKind = 'json' | 'svg' | 'png';

/** Exported images carry the drawing as well as the design, so they may be larger than a design file. */
export const DESIGN_IMAGE_MAX_BYTES = 128 * 1024 * 1024;

/** The kind of a design file from its first bytes (PNG signature, XML/SVG markup) and, failing that, its name. */
function designFileKind(bytes: Uint8Array, fileName: string): DesignFileKind {
  if (isPng(bytes)) return 'png';
  let k = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) k = 3;
  while (k < bytes.length && (bytes[k] === 0x20 || bytes[k] === 0x0a || bytes[k] === 0x0d || bytes[k] === 0x09)) k++;
  if (bytes[k] === 0x3c /* < */) return 'svg';
  if (/\.svg$/i.test(fileName)) return 'svg';
  if (/\.png$/i.test(fileName)) return 'png';
  return 'json';
}

/** Reads a design from a file's bytes: a .pipeboard.json, or an SVG/PNG exported by Pipeboard. */
export function readDesignBytes(bytes: Uint8Array, fileName: string): LoadResult & { kind: DesignFileKind } {
  const kind = designFileKind(bytes, fileName);
  if (kind === 'png') return { ...readPngDocument(bytes), kind };
  if (kind === 'svg') {
    const text = utf8Decode(bytes);
    const result = text === undefined ? readSvgDocument('') : readSvgDocument(text);
    return { ...result, kind };
  }
  return { ...parseDocumentBytes(bytes), kind };
}

export type OpenedDesign = OpenResult & { kind?: DesignFileKind };

/**
 * Opens a design for the CLI, File → Open and drag-and-drop: `.pipeboard.json` files go through
 * openDocumentFile (unchanged behaviour), SVG and PNG images exported by Pipeboard give back the design
 * embedded in them, anything else a clear "no Pipeboard design inside".
 */
export interface OpenDesignOptions {
  /** Reads the design inside an image's bytes (the services do it in a worker thread); readDesignBytes unless given. */
  readImage?: (bytes: Uint8Array, fileName: string) => Promise<LoadResult & { kind: DesignFileKind }>;
}

export async function openDesignFile(filePath: string, options: OpenDesignOptions = {}): Promise<OpenedDesign> {
  const fail = (message: string): OpenedDesign => ({ ok: false, path: filePath, message, problems: [] });
  let handle: fs.FileHandle | undefined;
  try {
    const stats = await fs.stat(filePath);
    if (stats.isDirectory()) return fail(`${filePath} is a folder, not a Pipeboard file.`);
    if (!stats.isFile()) return fail(`${filePath} is not a regular file.`);
    handle = await fs.open(filePath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const head = new Uint8Array(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const kind = designFileKind(head.subarray(0, bytesRead), filePath);
    if (kind === 'json') {
      await handle.close();
      handle = undefined;
      const opened = await openDocumentFile(filePath);
      return { ...opened, ...(opened.ok ? { kind } : {}) };
    }
    const opened = await handle.stat();
    if (opened.size > DESIGN_IMAGE_MAX_BYTES) {
      return fail(`${filePath} is ${(opened.size / (1024 * 1024)).toFixed(1)} MB; Pipeboard opens images up to ${DESIGN_IMAGE_MAX_BYTES / (1024 * 1024)} MB.`);
    }
    const bytes = new Uint8Array(await handle.readFile());
    const result = options.readImage ? await options.readImage(bytes, filePath) : readDesignBytes(bytes, filePath);
    if (!result.ok) return { ok: false, path: filePath, message: result.message, problems: result.problems };
    return { ok: true, path: filePath, document: result.document, mtimeMs: opened.mtimeMs, kind };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return fail(`The file ${filePath} does not exist.`);
    return fail(describeIoError(error, 'open', filePath));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

