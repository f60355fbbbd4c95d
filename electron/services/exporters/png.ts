import { Resvg } from '@resvg/resvg-js';
import type { PipelineDocument } from '../../../shared/model/document';
import { embedDesignInPng } from '../../../shared/export/png';
import { DEFAULT_FONT_FAMILY, FONT_FACES } from './fonts';

/** The largest PNG we render: beyond this a huge design is drawn at a lower scale instead. */
export const PNG_MAX_SIDE = 16_384;
export const PNG_MAX_PIXELS = 120_000_000;

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
 * Renders an exported SVG to PNG with resvg and the fonts the project ships (never the system's), so
 * the picture is the same on every machine, then embeds the design in an iTXt chunk.
 */
export function renderPng(svg: string, document: PipelineDocument, requestedScale: number): PngResult {
  const { width, height } = svgSize(svg);
  const scale = fittedScale(width, height, requestedScale);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: FONT_FACES.map((face) => face.path), loadSystemFonts: false, defaultFontFamily: DEFAULT_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
    logLevel: 'off',
  });
  const image = resvg.render();
  const png = embedDesignInPng(new Uint8Array(image.asPng()), document);
  return { png, width: image.width, height: image.height, scale };
}

export { readPngDocument } from './pngRead';
