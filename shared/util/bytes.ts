/**
 * UTF-8 and base64 for carrying the design inside exported images, on the platform's own codecs
 * (TextEncoder/TextDecoder, atob/btoa: in browsers, Node and Electron alike; see shared/webGlobals.d.ts).
 */

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes of a string; lone surrogates become U+FFFD. */
export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Strict UTF-8 decoding: undefined for malformed input (overlongs, surrogates, truncation). */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** btoa and atob speak "binary strings" (one char per byte); this many bytes per String.fromCharCode call. */
const CHUNK = 0x8000;

export function base64Encode(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(at, at + CHUNK)));
  return btoa(parts.join(''));
}

/** Canonical padded base64 (atob alone also takes unpadded text). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes base64, ignoring whitespace; undefined when anything else is wrong. */
export function base64Decode(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\t\n\r ]+/g, '');
  if (!BASE64.test(clean)) return undefined;
  const binary = atob(clean);
  const out = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) out[k] = binary.charCodeAt(k);
  return out;
}
