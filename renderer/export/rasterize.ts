import { embedDesignInPng } from '../../shared/export/png';
import type { PipelineDocument } from '../../shared/model/document';

/** Canvas limits that hold in Chromium (and so Electron): at most this wide or tall, and this many pixels. */
export const CANVAS_MAX_SIDE = 16_384;
export const CANVAS_MAX_PIXELS = 120_000_000;

/** The sheet's size from the SVG root's width and height (the exporter always writes both). */
export function sheetSize(svg: string): { width: number; height: number } {
  const head = svg.slice(0, 2000);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(head)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(head)?.[1]);
  return width > 0 && height > 0 ? { width, height } : { width: 0, height: 0 };
}

/** The scale to draw at: `requested`, or less so the canvas stays within its limits. */
export function fittedScale(width: number, height: number, requested: number): number {
  if (!(width > 0 && height > 0)) return requested;
  const bySide = Math.min(CANVAS_MAX_SIDE / width, CANVAS_MAX_SIDE / height);
  const byArea = Math.sqrt(CANVAS_MAX_PIXELS / (width * height));
  return Math.min(requested, bySide, byArea);
}

function decode(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The sheet could not be drawn.'));
    image.src = url;
  });
}

/**
 * A PNG of the sheet (an SVG with its fonts inside) drawn on a canvas at `scale`, with the design in
 * an iTXt chunk like the exported PNG, so a pasted image still reopens in Pipeboard.
 */
export async function sheetPng(svg: string, design: PipelineDocument, requestedScale: number): Promise<Blob> {
  const { width, height } = sheetSize(svg);
  if (width === 0) throw new Error('The sheet has no size.');
  const scale = fittedScale(width, height, requestedScale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await decode(url);
    const canvas = window.document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw images.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const drawn = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!drawn) throw new Error('The image could not be encoded as PNG.');
    const png = embedDesignInPng(new Uint8Array(await drawn.arrayBuffer()), design);
    return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
