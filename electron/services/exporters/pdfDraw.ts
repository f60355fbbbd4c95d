import { beginText, clip, concatTransformationMatrix, endPath, endText, PDFDocument, PDFHexString, type PDFImage, PDFOperator, type PDFPage, popGraphicsState, pushGraphicsState, setFillingRgbColor, setFontAndSize, setTextMatrix, showText } from 'pdf-lib';
// pdf-lib's SVG path parser (arcs included) is not re-exported from its index; 1.17 is pinned.
import { svgPathToOperators } from 'pdf-lib/cjs/api/svgPath.js';
import type { SheetItem, TextItem } from '../../../shared/export/sheet/types';
import type { IconSource } from '../../../shared/export/svg/icons';
import { PdfFonts } from './pdfFonts';
import { iconArt } from './pdfIcons';
import { circlePath, colour, type Frame, pathOperators, rectPath, round } from './pdfPaths';
import { segmentsOf } from './pdfText';

/** Draws the sheet's items (text, shapes, icons) onto a page as PDF operators. */

export interface DrawContext {
  page: PDFPage;
  fonts: PdfFonts;
  icons: IconSource;
  images: Map<string, PDFImage>;
  doc: PDFDocument;
  ops: PDFOperator[];
}

/** Hands the queued operators to the page, in slices (spreading a huge array would overflow the stack). */
export function flush(context: DrawContext): void {
  const ops = context.ops.splice(0);
  for (let k = 0; k < ops.length; k += 4096) context.page.pushOperators(...ops.slice(k, k + 4096));
}

export async function drawText(item: TextItem, frame: Frame, context: DrawContext): Promise<void> {
  const segments = segmentsOf(item, context.fonts);
  const total = segments.reduce((sum, segment) => sum + segment.width, 0);
  let x = item.anchor === 'middle' ? item.x - total / 2 : item.anchor === 'end' ? item.x - total : item.x;
  const fill = colour(item.fill) ?? [0, 0, 0];
  const size = item.size * frame.scale;
  context.ops.push(beginText(), setFillingRgbColor(round(fill[0]), round(fill[1]), round(fill[2])));
  for (const segment of segments) {
    await context.fonts.embed(segment.face);
    const key = context.fonts.key(segment.face, context.page);
    const hex = segment.glyphs.map((id) => id.toString(16).padStart(4, '0')).join('');
    context.ops.push(setFontAndSize(key, round(size)), setTextMatrix(1, 0, 0, 1, round(frame.x + x * frame.scale), round(frame.y - item.y * frame.scale)), showText(PDFHexString.of(hex)));
    x += segment.width;
  }
  context.ops.push(endText());
}

async function drawIcon(icon: string, x: number, y: number, size: number, frame: Frame, context: DrawContext): Promise<void> {
  const art = iconArt(icon, context.icons);
  const at: Frame = { x: frame.x + x * frame.scale, y: frame.y - y * frame.scale, scale: frame.scale };
  if (art.kind === 'vector') {
    const [minX, minY, width, height] = art.viewBox;
    const unit = (size / Math.max(width, height)) * frame.scale;
    // Icon units → points, y flipped; clipped to the app's rounded square.
    context.ops.push(pushGraphicsState(), concatTransformationMatrix(round(unit), 0, 0, round(-unit), round(at.x - minX * unit), round(at.y + minY * unit)));
    context.ops.push(...svgPathToOperators(rectPath(minX, minY, width, height, (Math.min(width, height) * 6) / 36)), clip(), endPath());
    for (const shape of art.shapes) context.ops.push(...pathOperators(shape.d, null, shape));
    context.ops.push(popGraphicsState());
    return;
  }
  if (art.kind === 'raster') {
    let image = context.images.get(icon);
    if (!image) {
      image = await context.doc.embedPng(art.png);
      context.images.set(icon, image);
    }
    flush(context);
    context.page.drawImage(image, { x: at.x, y: at.y - size * frame.scale, width: size * frame.scale, height: size * frame.scale });
    return;
  }
  context.ops.push(...pathOperators(rectPath(x, y, size, size, size / 6), frame, { fill: '#7d8998' }));
}

export async function drawItem(item: SheetItem, frame: Frame, context: DrawContext): Promise<void> {
  switch (item.kind) {
    case 'rect':
      context.ops.push(...pathOperators(rectPath(item.x, item.y, item.w, item.h, item.r), frame, { ...(item.fill ? { fill: item.fill } : {}), ...(item.stroke ? { stroke: item.stroke, strokeWidth: item.strokeWidth ?? 1 } : {}) }));
      return;
    case 'path':
      context.ops.push(...pathOperators(item.d, frame, { ...(item.fill ? { fill: item.fill } : {}), ...(item.stroke ? { stroke: item.stroke, strokeWidth: item.strokeWidth ?? 1 } : {}), ...(item.dash ? { dash: item.dash } : {}) }));
      return;
    case 'circle':
      context.ops.push(...pathOperators(circlePath(item.cx, item.cy, item.r), frame, { fill: item.fill, ...(item.stroke ? { stroke: item.stroke, strokeWidth: item.strokeWidth ?? 1 } : {}) }));
      return;
    case 'text':
      await drawText(item, frame, context);
      return;
    case 'icon':
      await drawIcon(item.icon, item.x, item.y, item.size, frame, context);
      return;
    case 'group':
      for (const child of item.items) await drawItem(child, frame, context);
      return;
  }
}
