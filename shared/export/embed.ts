/**
 * Byte helpers for carrying the design inside exported images, without Node's Buffer or the DOM's
 * TextEncoder/btoa, so they run unchanged in shared/ code everywhere.
 */

/** UTF-8 bytes of a string; lone surrogates become U+FFFD (as TextEncoder does). */
export function utf8Encode(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    let code = text.charCodeAt(k);
    if (code < 0x80) {
      out[n++] = code;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && k + 1 < text.length) {
      const low = text.charCodeAt(k + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        k++;
        out[n++] = 0xf0 | (code >> 18);
        out[n++] = 0x80 | ((code >> 12) & 0x3f);
        out[n++] = 0x80 | ((code >> 6) & 0x3f);
        out[n++] = 0x80 | (code & 0x3f);
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6);
      out[n++] = 0x80 | (code & 0x3f);
    } else {
      out[n++] = 0xe0 | (code >> 12);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    }
  }
  return out.subarray(0, n);
}

/** Strict UTF-8 decoding: undefined for malformed input (overlongs, surrogates, truncation). */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  let out = '';
  let chunk: number[] = [];
  const flush = (): void => {
    out += String.fromCharCode(...chunk);
    chunk = [];
  };
  for (let k = 0; k < bytes.length; ) {
    const first = bytes[k]!;
    let code: number;
    let extra: number;
    if (first < 0x80) {
      code = first;
      extra = 0;
    } else if (first >= 0xc2 && first <= 0xdf) {
      code = first & 0x1f;
      extra = 1;
    } else if (first >= 0xe0 && first <= 0xef) {
      code = first & 0x0f;
      extra = 2;
    } else if (first >= 0xf0 && first <= 0xf4) {
      code = first & 0x07;
      extra = 3;
    } else return undefined;
    for (let j = 1; j <= extra; j++) {
      const next = bytes[k + j];
      if (next === undefined || (next & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (next & 0x3f);
    }
    if ((extra === 2 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) || (extra === 3 && (code < 0x10000 || code > 0x10ffff))) return undefined;
    k += extra + 1;
    if (code > 0xffff) {
      code -= 0x10000;
      chunk.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else chunk.push(code);
    if (chunk.length >= 8192) flush();
  }
  flush();
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int16Array(128).fill(-1);
for (let k = 0; k < BASE64.length; k++) BASE64_VALUE[BASE64.charCodeAt(k)] = k;

export function base64Encode(bytes: Uint8Array): string {
  const parts: string[] = [];
  let line = '';
  for (let k = 0; k < bytes.length; k += 3) {
    const a = bytes[k]!;
    const b = bytes[k + 1];
    const c = bytes[k + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    line += BASE64[n >> 18]! + BASE64[(n >> 12) & 63]! + (b === undefined ? '=' : BASE64[(n >> 6) & 63]!) + (c === undefined ? '=' : BASE64[n & 63]!);
    if (line.length >= 4096) {
      parts.push(line);
      line = '';
    }
  }
  parts.push(line);
  return parts.join('');
}

/** Decodes base64, ignoring whitespace; undefined when anything else is wrong. */
export function base64Decode(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\t\n\r ]+/g, '');
  if (clean.length % 4 !== 0) return undefined;
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((clean.length / 4) * 3 - padding);
  let n = 0;
  for (let k = 0; k < clean.length; k += 4) {
    const last = k + 4 === clean.length;
    const values = [0, 1, 2, 3].map((j) => {
      const code = clean.charCodeAt(k + j);
      if (last && clean[k + j] === '=' && j >= 4 - padding) return 0;
      return code < 128 ? BASE64_VALUE[code]! : -1;
    });
    if (values.some((value) => value < 0)) return undefined;
    const triple = (values[0]! << 18) | (values[1]! << 12) | (values[2]! << 6) | values[3]!;
    out[n++] = triple >> 16;
    if (n < out.length) out[n++] = (triple >> 8) & 255;
    if (n < out.length) out[n++] = triple & 255;
  }
  return out;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO-HDLC, as PNG and zip use). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let k = start; k < end; k++) crc = crcTable[(crc ^ bytes[k]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function hex32(value: number): string {
  return value.toString(16).padStart(8, '0');
}
