import { serializeDocument, type LoadResult } from '../format/index';
import type { PipelineDocument } from '../model/document';
import { utf8Encode } from '../util/bytes';
import { crc32 } from '../util/crc32';
import { damagedDesign, loadEmbeddedDesign, noDesignInside } from './designInside';
import { isPng, PNG_SIGNATURE } from './pngSignature';

/**
 * The design inside a PNG: an `iTXt` chunk (UTF-8 text) with keyword `pipeboard`, placed right after
 * IHDR so readers find it without scanning the image data. Pure byte work on Uint8Array, no zlib: the
 * text is stored uncompressed, and the chunk's own CRC notices tampering.
 */
export const PNG_KEYWORD = 'pipeboard';
export { isPng, PNG_SIGNATURE };

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  dataStart: number;
  dataEnd: number;
  /** Offset just past the CRC. */
  end: number;
  crcOk: boolean;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 255;
  bytes[at + 2] = (value >>> 8) & 255;
  bytes[at + 3] = value & 255;
}

/** The chunks of a PNG, or a reason it is not one. */
function chunks(bytes: Uint8Array): Chunk[] | string {
  if (!isPng(bytes)) return 'The file is not a PNG image.';
  const out: Chunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return 'The PNG ends in the middle of a chunk.';
    const length = readUint32(bytes, at);
    const dataStart = at + 8;
    const dataEnd = dataStart + length;
    if (length > 0x7fffffff || dataEnd + 4 > bytes.length) return 'The PNG ends in the middle of a chunk.';
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    const crcOk = crc32(bytes, at + 4, dataEnd) === readUint32(bytes, dataEnd);
    out.push({ type, start: at, dataStart, dataEnd, end: dataEnd + 4, crcOk });
    at = dataEnd + 4;
    if (type === 'IEND') break;
  }
  if (out[0]?.type !== 'IHDR') return 'The PNG has no header chunk.';
  return out;
}

/** Latin-1 text, decoded in slices (linear; TextDecoder's 'latin1' is windows-1252 and changes 0x80–0x9F). */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  const parts: string[] = [];
  for (let k = start; k < end; k += 8192) parts.push(String.fromCharCode(...bytes.subarray(k, Math.min(end, k + 8192))));
  return parts.join('');
}

/** Latin-1 bytes as UTF-8: ASCII (all a Pipeboard design's JSON is, once escaped) passes through untouched. */
function latin1AsUtf8(bytes: Uint8Array): Uint8Array {
  for (let k = 0; k < bytes.length; k++) if (bytes[k]! >= 0x80) return utf8Encode(latin1(bytes, 0, bytes.length));
  return bytes;
}

/** A PNG chunk: length, type, data and the CRC-32 of type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  writeUint32(chunk, 0, data.length);
  for (let k = 0; k < 4; k++) chunk[4 + k] = type.charCodeAt(k);
  chunk.set(data, 8);
  writeUint32(chunk, 8 + data.length, crc32(chunk, 4, 8 + data.length));
  return chunk;
}

/** An uncompressed iTXt chunk: keyword, 0, flag 0, method 0, empty language, 0, empty translation, 0, text. */
function iTXtChunk(keyword: string, text: string): Uint8Array {
  const body = utf8Encode(text);
  const head = keyword.length + 5;
  const data = new Uint8Array(head + body.length);
  for (let k = 0; k < keyword.length; k++) data[k] = keyword.charCodeAt(k);
  // The five bytes after the keyword are already zero: separator, flag, method, two empty strings' ends.
  data.set(body, head);
  return pngChunk('iTXt', data);
}

function keywordOf(bytes: Uint8Array, chunk: Chunk): string | undefined {
  const end = Math.min(chunk.dataEnd, chunk.dataStart + 80);
  for (let k = chunk.dataStart; k < end; k++) if (bytes[k] === 0) return latin1(bytes, chunk.dataStart, k);
  return undefined;
}

const TEXT_CHUNKS = new Set(['tEXt', 'iTXt', 'zTXt']);

/** The PNG with the design in an iTXt chunk after IHDR (replacing any earlier one). */
export function embedDesignInPng(png: Uint8Array, document: PipelineDocument): Uint8Array {
  const parsed = chunks(png);
  if (typeof parsed === 'string') throw new Error(parsed);
  const kept = parsed.filter((chunk) => !(TEXT_CHUNKS.has(chunk.type) && keywordOf(png, chunk) === PNG_KEYWORD));
  const extra = iTXtChunk(PNG_KEYWORD, serializeDocument(document));
  const size = 8 + extra.length + kept.reduce((sum, chunk) => sum + chunk.end - chunk.start, 0);
  const out = new Uint8Array(size);
  out.set(PNG_SIGNATURE, 0);
  let at = 8;
  kept.forEach((chunk, index) => {
    out.set(png.subarray(chunk.start, chunk.end), at);
    at += chunk.end - chunk.start;
    if (index === 0) {
      out.set(extra, at);
      at += extra.length;
    }
  });
  return out;
}

export interface PngReadOptions {
  /** zlib inflate, to read a compressed iTXt/zTXt that another tool rewrote; Node passes inflateSync. */
  inflate?: (data: Uint8Array) => Uint8Array;
}

/** The design inside a PNG that Pipeboard exported (see embedDesignInPng), loaded and validated. */
export function readPngDocument(bytes: Uint8Array, options: PngReadOptions = {}): LoadResult {
  const parsed = chunks(bytes);
  if (typeof parsed === 'string') return noDesignInside(parsed);
  const carrier = parsed.find((chunk) => TEXT_CHUNKS.has(chunk.type) && keywordOf(bytes, chunk) === PNG_KEYWORD);
  if (!carrier) return noDesignInside('Only PNG and SVG images exported by Pipeboard carry a design; this PNG has none.');
  if (!carrier.crcOk) return damagedDesign("The PNG chunk that holds the design does not match its checksum (CRC-32).");
  let at = carrier.dataStart + PNG_KEYWORD.length + 1;
  let compressed = false;
  if (carrier.type === 'iTXt') {
    compressed = bytes[at] === 1;
    if (bytes[at + 1] !== 0) return damagedDesign('The design is stored with an unknown compression method.');
    at += 2;
    for (let skip = 0; skip < 2; skip++) {
      while (at < carrier.dataEnd && bytes[at] !== 0) at++;
      at++;
    }
  } else if (carrier.type === 'zTXt') {
    compressed = true;
    if (bytes[at] !== 0) return damagedDesign('The design is stored with an unknown compression method.');
    at++;
  }
  if (at > carrier.dataEnd) return damagedDesign('The PNG chunk that holds the design is cut short.');
  let payload = bytes.subarray(at, carrier.dataEnd);
  if (compressed) {
    if (!options.inflate) return damagedDesign('The design is stored compressed, which this reader cannot expand.');
    try {
      payload = options.inflate(payload);
    } catch {
      return damagedDesign('The compressed design could not be expanded.');
    }
  }
  if (carrier.type === 'tEXt' || carrier.type === 'zTXt') {
    // Latin-1 chunks: Pipeboard never writes them, but a tool may have converted ours; ASCII JSON survives.
    return loadEmbeddedDesign(latin1AsUtf8(payload), {});
  }
  return loadEmbeddedDesign(payload, {});
}
