import { Resvg } from '@resvg/resvg-js';
import { deflateSync } from 'node:zlib';
import { embedDesignInPng, PNG_SIGNATURE, pngChunk } from '../../../shared/export/png';
import type { PipelineDocument } from '../../../shared/model/document';
import { DEFAULT_FONT_FAMILY, fontFaces } from './fonts';

/** The largest PNG we render: beyond this a huge design is drawn at a lower scale instead. */
export const PNG_MAX_SIDE = 16_384;
const PNG_MAX_PIXELS = 120_000_000;

export interface PngResult {
  png: Uint8Array;
  width: number;
  height: number;
  /** The scale used: the one asked for unless the image would have been too large. */
  scale: number;
}

/** The sheet's size from the SVG's root width/height attributes. */
function svgSize(svg: string): { width: number; height: number } {
  const head = svg.slice(0, 2000);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(head)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(head)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('The SVG has no width and height.');
  return { width, height };
}

/** The scale to render at: `requested`, or less so the image stays within the size limits. */
export function fittedScale(width: number, height: number, requested: number): number {
  const bySide = Math.min(PNG_MAX_SIDE / width, PNG_MAX_SIDE / height);
  const byArea = Math.sqrt(PNG_MAX_PIXELS / (width * height));
  return Math.min(requested, bySide, byArea);
}

/**
 * An 8-bit RGBA PNG of resvg's pixels. Rows are unfiltered and deflated at level 3: on a study sheet
 * (flat colours, text) that is about as small as resvg's own encoder and four times faster.
 */
function encodePng(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    raw[row] = 0;
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), row + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const parts = [new Uint8Array(PNG_SIGNATURE), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw, { level: 3, chunkSize: 8 << 20 })), pngChunk('IEND', new Uint8Array(0))];
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Renders an exported SVG to PNG with resvg and the fonts the project ships (never the system's), so
 * the picture is the same on every machine, then embeds the design in an iTXt chunk.
 */
export function renderPng(svg: string, document: PipelineDocument, requestedScale: number): PngResult {
  const { width, height } = svgSize(svg);
  const scale = fittedScale(width, height, requestedScale);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: fontFaces().map((face) => face.path), loadSystemFonts: false, defaultFontFamily: DEFAULT_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
    logLevel: 'off',
  });
  const image = resvg.render();
  const png = embedDesignInPng(encodePng(image.pixels, image.width, image.height), document);
  return { png, width: image.width, height: image.height, scale };
}

export { readPngDocument } from './pngRead';
