/**
 * CRC-32 (ISO-HDLC, as PNG and zip use), for PNG chunks and the SVG's embedded design.
 * Hand-written: neither the web platform nor ES has one, and shared/ cannot import node:zlib.
 */

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  return table;
}

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const lookup = crcTable();
  let crc = 0xffffffff;
  for (let k = start; k < end; k++) crc = lookup[(crc ^ bytes[k]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A CRC as eight lower-case hex digits. */
export function hex32(value: number): string {
  return value.toString(16).padStart(8, '0');
}
