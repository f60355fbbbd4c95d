import fontkit from '@pdf-lib/fontkit';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import {
  beginText,
  clip,
  concatTransformationMatrix,
  endPath,
  endText,
  PDFDocument,
  PDFHexString,
  PDFOperator,
  PDFOperatorNames as Op,
  popGraphicsState,
  pushGraphicsState,
  setDashPattern,
  setFillingRgbColor,
  setFontAndSize,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFImage,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';
// pdf-lib's SVG path parser (arcs included) is not re-exported from its index; 1.17 is pinned.
import { svgPathToOperators } from 'pdf-lib/cjs/api/svgPath.js';
import type { AnalysisResult } from '../../../shared/analysis/types';
import { iconText, type IconSource } from '../../../shared/export/svg/icons';
import { attribute, parseXml, type XmlElement } from '../../../shared/export/svg/xml';
import { layoutSheet } from '../../../shared/export/sheet/layout';
import type { SheetInclude } from '../../../shared/export/sheet/options';
import { visualRuns } from '../../../shared/export/sheet/bidi';
import { graphemes, isZeroWidth, truncate } from '../../../shared/export/sheet/measure';
import { PALETTES, type ExportTheme } from '../../../shared/export/sheet/theme';
import type { Band, Sheet, SheetItem, TextItem } from '../../../shared/export/sheet/types';
import type { PipelineDocument } from '../../../shared/model/document';
import { fontFaces, type FontFace } from './fonts';
import { nodeIconSource } from './icons';

/*
 * The study sheet as a vector PDF: the same layout as the SVG, drawn with PDF operators (pdf-lib), text
 * as real text in the shipped fonts (selectable, searchable), icons as vector paths. Chosen over an
 * SVG-to-PDF converter because none that runs in plain Node keeps text as text without a DOM.
 */

export type Paper = 'a4' | 'letter';

export interface PdfExportOptions {
  theme: ExportTheme;
  include: SheetInclude;
  paper: Paper;
  icons?: IconSource;
}

/** Landscape page sizes in points. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number; name: string }> = {
  a4: { width: 841.89, height: 595.28, name: 'A4' },
  letter: { width: 792, height: 612, name: 'Letter' },
};

/** The sheet is laid out this wide (px) and scaled to the page width. */
const PDF_SHEET_WIDTH = 1200;
const TOP_MARGIN = 40;
const BOTTOM_RESERVE = 46;

// ---------------------------------------------------------------------------------------------------
// Fonts and text

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}
interface FontkitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string): { glyphs: FontkitGlyph[] };
}

interface LoadedFace {
  face: FontFace;
  bytes: Uint8Array;
  font: FontkitFont;
}

let loadedFaces: LoadedFace[] | undefined;

function faces(): LoadedFace[] {
  loadedFaces ??= fontFaces().map((face) => {
    const bytes = new Uint8Array(readFileSync(face.path));
    return { face, bytes, font: fontkit.create(bytes) as unknown as FontkitFont };
  });
  return loadedFaces;
}

/** Fonts embedded into one PDF, on first use, whole (pdf-lib's subsetter drops shaped glyphs). */
class PdfFonts {
  private readonly embedded = new Map<LoadedFace, { font: PDFFont; keys: Map<PDFPage, PDFName> }>();

  constructor(private readonly doc: PDFDocument) {}

  faceFor(codePoint: number, weight: 'regular' | 'bold'): LoadedFace | undefined {
    for (const loaded of faces()) if (loaded.face.weight === weight && loaded.font.hasGlyphForCodePoint(codePoint)) return loaded;
    return undefined;
  }

  async embed(loaded: LoadedFace): Promise<void> {
    if (this.embedded.has(loaded)) return;
    const name = loaded.face.path.replace(/^.*[\\/]/, '').replace(/\.subset\.ttf$/, '');
    const font = await this.doc.embedFont(loaded.bytes, { subset: false, customName: name });
    this.embedded.set(loaded, { font, keys: new Map() });
  }

  key(loaded: LoadedFace, page: PDFPage): PDFName {
    const entry = this.embedded.get(loaded)!;
    let key = entry.keys.get(page);
    if (!key) {
      key = page.node.newFontDictionary(entry.font.name, entry.font.ref);
      entry.keys.set(page, key);
    }
    return key;
  }
}

interface Segment {
  face: LoadedFace;
  glyphs: number[];
  /** Advance in px at the text's size. */
  width: number;
  /** The characters, for the accessible text. */
  text: string;
}

const glyphCache = new Map<LoadedFace, Map<string, { ids: number[]; advance: number }>>();

/** Glyph ids and advance (em units / unitsPerEm) for a run in one face; RTL runs are shaped and reversed by fontkit. */
function shape(loaded: LoadedFace, run: string, rtl: boolean): { ids: number[]; advance: number } {
  let cache = glyphCache.get(loaded);
  if (!cache) glyphCache.set(loaded, (cache = new Map()));
  const key = `${rtl ? 'R' : 'L'}${run}`;
  let shaped = cache.get(key);
  if (!shaped) {
    const glyphs = rtl ? loaded.font.layout(run).glyphs : [...run].map((char) => loaded.font.glyphForCodePoint(char.codePointAt(0)!));
    shaped = { ids: glyphs.map((glyph) => glyph.id), advance: glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / loaded.font.unitsPerEm };
    if (cache.size < 20_000) cache.set(key, shaped);
  }
  return shaped;
}

/** Segments of one text item: per direction run, then per font that has the characters. */
function segmentsOf(item: TextItem, fonts: PdfFonts): Segment[] {
  const segments: Segment[] = [];
  for (const run of visualRuns(item.text, item.rtl)) {
    // Group graphemes by the face that draws them; a grapheme no shipped font has becomes U+FFFD.
    const groups: Array<{ face: LoadedFace; text: string }> = [];
    for (const cluster of graphemes(run.text)) {
      const codePoints = [...cluster].map((char) => char.codePointAt(0)!);
      let face = fonts.faceFor(codePoints[0]!, item.weight);
      let shown = cluster;
      if (!face || codePoints.some((codePoint) => !face!.font.hasGlyphForCodePoint(codePoint) && !isZeroWidth(codePoint))) {
        face = fonts.faceFor(0xfffd, item.weight)!;
        shown = '\uFFFD';
      } else {
        shown = String.fromCodePoint(...codePoints.filter((codePoint) => face!.font.hasGlyphForCodePoint(codePoint)));
      }
      const last = groups.at(-1);
      if (last && last.face === face) last.text += shown;
      else groups.push({ face, text: shown });
    }
    const ordered = run.rtl ? groups.reverse() : groups;
    for (const group of ordered) {
      const shaped = shape(group.face, group.text, run.rtl);
      segments.push({ face: group.face, glyphs: shaped.ids, width: shaped.advance * item.size, text: group.text });
    }
  }
  return segments;
}

// ---------------------------------------------------------------------------------------------------
// Drawing

interface Frame {
  /** PDF point of the band's (0, 0). */
  x: number;
  y: number;
  /** Points per px. */
  scale: number;
}

function colour(hex: string | undefined): [number, number, number] | undefined {
  if (!hex || hex === 'none' || hex === 'transparent') return undefined;
  const named: Record<string, string> = { white: '#ffffff', black: '#000000' };
  const value = named[hex.toLowerCase()] ?? hex;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  const parts = short ? short.slice(1).map((h) => parseInt(h + h, 16)) : long ? long.slice(1).map((h) => parseInt(h, 16)) : undefined;
  return parts ? [parts[0]! / 255, parts[1]! / 255, parts[2]! / 255] : [0, 0, 0];
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

interface PathStyle {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: readonly number[];
  evenOdd?: boolean;
  lineCap?: number;
  lineJoin?: number;
}

/** The matrix that maps px (y down) in `frame` to PDF points (y up). */
function frameMatrix(frame: Frame): PDFOperator {
  return concatTransformationMatrix(round(frame.scale), 0, 0, round(-frame.scale), round(frame.x), round(frame.y));
}

/** Operators that draw SVG path data `d`: in `frame`, or in the current coordinates when frame is null. */
function pathOperators(d: string, frame: Frame | null, style: PathStyle): PDFOperator[] {
  const fill = colour(style.fill);
  const stroke = colour(style.stroke);
  if (!fill && !stroke) return [];
  const ops: PDFOperator[] = [pushGraphicsState()];
  if (frame) ops.push(frameMatrix(frame));
  if (fill) ops.push(setFillingRgbColor(round(fill[0]), round(fill[1]), round(fill[2])));
  if (stroke) {
    ops.push(setStrokingRgbColor(round(stroke[0]), round(stroke[1]), round(stroke[2])), setLineWidth(round(style.strokeWidth ?? 1)));
    ops.push(setLineCap(style.lineCap ?? 1), setLineJoin(style.lineJoin ?? 1));
    if (style.dash) ops.push(setDashPattern([...style.dash], 0));
  }
  ops.push(...svgPathToOperators(d));
  if (fill && stroke) ops.push(PDFOperator.of(style.evenOdd ? Op.FillEvenOddAndStroke : Op.FillNonZeroAndStroke));
  else if (fill) ops.push(PDFOperator.of(style.evenOdd ? Op.FillEvenOdd : Op.FillNonZero));
  else ops.push(PDFOperator.of(Op.StrokePath));
  ops.push(popGraphicsState());
  return ops;
}

function rectPath(x: number, y: number, w: number, h: number, r = 0): string {
  const radius = Math.max(0, Math.min(r, w / 2, h / 2));
  if (radius === 0) return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
  const k = radius * 0.4477;
  return (
    `M${x + radius} ${y}H${x + w - radius}C${x + w - k} ${y} ${x + w} ${y + k} ${x + w} ${y + radius}` +
    `V${y + h - radius}C${x + w} ${y + h - k} ${x + w - k} ${y + h} ${x + w - radius} ${y + h}` +
    `H${x + radius}C${x + k} ${y + h} ${x} ${y + h - k} ${x} ${y + h - radius}` +
    `V${y + radius}C${x} ${y + k} ${x + k} ${y} ${x + radius} ${y}Z`
  );
}

function circlePath(cx: number, cy: number, r: number): string {
  const k = r * 0.5523;
  return `M${cx + r} ${cy}C${cx + r} ${cy + k} ${cx + k} ${cy + r} ${cx} ${cy + r}C${cx - k} ${cy + r} ${cx - r} ${cy + k} ${cx - r} ${cy}C${cx - r} ${cy - k} ${cx - k} ${cy - r} ${cx} ${cy - r}C${cx + k} ${cy - r} ${cx + r} ${cy - k} ${cx + r} ${cy}Z`;
}

// ---------------------------------------------------------------------------------------------------
// Icons: vector when the SVG is plain shapes, else a PNG rendered by resvg.

interface IconShape {
  d: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  evenOdd: boolean;
  lineCap?: number;
  lineJoin?: number;
}

type IconArt = { kind: 'vector'; viewBox: [number, number, number, number]; shapes: IconShape[] } | { kind: 'raster'; png: Uint8Array } | { kind: 'none' };

const iconCache = new Map<string, IconArt>();

function shapeData(element: XmlElement): string | undefined {
  const n = (name: string): number => Number(attribute(element, name) ?? 0) || 0;
  switch (element.local) {
    case 'path':
      return attribute(element, 'd');
    case 'rect':
      return rectPath(n('x'), n('y'), n('width'), n('height'), n('rx') || n('ry'));
    case 'circle':
      return circlePath(n('cx'), n('cy'), n('r'));
    case 'line':
      return `M${n('x1')} ${n('y1')}L${n('x2')} ${n('y2')}`;
    case 'polyline':
    case 'polygon': {
      const points = (attribute(element, 'points') ?? '').trim().split(/[\s,]+/).map(Number);
      if (points.length < 4 || points.some((value) => !Number.isFinite(value))) return undefined;
      let d = `M${points[0]} ${points[1]}`;
      for (let k = 2; k + 1 < points.length; k += 2) d += `L${points[k]} ${points[k + 1]}`;
      return element.local === 'polygon' ? `${d}Z` : d;
    }
    default:
      return undefined;
  }
}

const CAPS: Record<string, number> = { butt: 0, round: 1, square: 2 };
const JOINS: Record<string, number> = { miter: 0, round: 1, bevel: 2 };

function vectorIcon(svg: string): IconArt | undefined {
  const root = parseXml(svg);
  const box = (attribute(root, 'viewBox') ?? '0 0 64 64').trim().split(/[\s,]+/).map(Number);
  if (box.length !== 4 || box.some((value) => !Number.isFinite(value))) return undefined;
  const shapes: IconShape[] = [];
  let plain = true;
  const walk = (element: XmlElement, inherited: Record<string, string>): void => {
    const style = { ...inherited };
    for (const key of ['fill', 'stroke', 'stroke-width', 'fill-rule', 'stroke-linecap', 'stroke-linejoin']) {
      const value = attribute(element, key);
      if (value !== undefined) style[key] = value;
    }
    if (attribute(element, 'transform') || attribute(element, 'style') || attribute(element, 'opacity') || Object.values(style).some((value) => value.includes('url('))) plain = false;
    if (['g', 'svg'].includes(element.local)) {
      for (const child of element.children) if (typeof child !== 'string') walk(child, style);
      return;
    }
    if (element.local === 'title' || element.local === 'desc') return;
    const d = shapeData(element);
    if (d === undefined) {
      plain = false;
      return;
    }
    const fill = style.fill ?? '#000000';
    shapes.push({
      d,
      ...(fill !== 'none' ? { fill } : {}),
      ...(style.stroke && style.stroke !== 'none' ? { stroke: style.stroke, strokeWidth: Number(style['stroke-width'] ?? 1) || 1 } : {}),
      evenOdd: style['fill-rule'] === 'evenodd',
      ...(style['stroke-linecap'] ? { lineCap: CAPS[style['stroke-linecap']] ?? 0 } : { lineCap: 0 }),
      ...(style['stroke-linejoin'] ? { lineJoin: JOINS[style['stroke-linejoin']] ?? 0 } : { lineJoin: 0 }),
    });
  };
  walk(root, {});
  return plain ? { kind: 'vector', viewBox: box as [number, number, number, number], shapes } : undefined;
}

function iconArt(icon: string, source: IconSource): IconArt {
  const cached = iconCache.get(icon);
  if (cached) return cached;
  let art: IconArt = { kind: 'none' };
  const svg = iconText(icon, source);
  if (svg) {
    try {
      art = vectorIcon(svg) ?? { kind: 'raster', png: new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: 192 }, font: { loadSystemFonts: false } }).render().asPng()) };
    } catch {
      art = { kind: 'none' };
    }
  }
  if (source === nodeIconSource) iconCache.set(icon, art);
  return art;
}

// ---------------------------------------------------------------------------------------------------
// Pages

interface Placed {
  band: Band;
  top: number;
}

/** Fills pages with bands: the diagram on the first page, tables broken between rows with their header repeated. */
export function paginate(sheet: Sheet, pageHeight: number): Placed[][] {
  const limit = pageHeight - BOTTOM_RESERVE;
  const pages: Placed[][] = [[]];
  let y = 0;
  const bands = sheet.bands;
  for (let k = 0; k < bands.length; k++) {
    const band = bands[k]!;
    let needed = band.height;
    if (band.keepWithNext && bands[k + 1]) needed += bands[k + 1]!.height;
    if (y > TOP_MARGIN && y + needed > limit && band.kind !== 'footer') {
      pages.push([]);
      y = TOP_MARGIN;
      if (band.header && band.kind === 'row') {
        pages.at(-1)!.push({ band: band.header, top: y });
        y += band.header.height;
      }
    } else if (band.kind === 'footer' && y + band.height > limit && y > TOP_MARGIN) {
      pages.push([]);
      y = TOP_MARGIN;
    }
    pages.at(-1)!.push({ band, top: y });
    y += band.height;
  }
  return pages;
}

interface DrawContext {
  page: PDFPage;
  fonts: PdfFonts;
  icons: IconSource;
  images: Map<string, PDFImage>;
  doc: PDFDocument;
  ops: PDFOperator[];
}

/** Hands the queued operators to the page, in slices (spreading a huge array would overflow the stack). */
function flush(context: DrawContext): void {
  const ops = context.ops.splice(0);
  for (let k = 0; k < ops.length; k += 4096) context.page.pushOperators(...ops.slice(k, k + 4096));
}

async function drawText(item: TextItem, frame: Frame, context: DrawContext): Promise<void> {
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

async function drawItem(item: SheetItem, frame: Frame, context: DrawContext): Promise<void> {
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

/** The sheet for a page of `paper`: laid out at the PDF width, the diagram fitted to the first page. */
export function pdfSheet(document: PipelineDocument, analysis: AnalysisResult, options: Omit<PdfExportOptions, 'icons'>): { sheet: Sheet; pageHeight: number; scale: number } {
  const size = PAPER_SIZES[options.paper];
  const scale = size.width / PDF_SHEET_WIDTH;
  const pageHeight = size.height / scale;
  const base = { theme: options.theme, include: options.include, width: PDF_SHEET_WIDTH };
  const first = layoutSheet(document, analysis, { ...base, maxDiagramHeight: pageHeight });
  const header = first.bands[0]!.height;
  const sheet = layoutSheet(document, analysis, { ...base, maxDiagramHeight: Math.max(120, pageHeight - header - BOTTOM_RESERVE - 32) });
  return { sheet, pageHeight, scale };
}

/**
 * The study sheet as a landscape PDF (A4 or Letter): vector shapes, real text in the shipped fonts, the
 * diagram on the first page and the tables flowing onto the next ones, each page numbered.
 */
export async function exportPdf(document: PipelineDocument, analysis: AnalysisResult, options: PdfExportOptions): Promise<Uint8Array> {
  const { sheet, pageHeight, scale } = pdfSheet(document, analysis, options);
  const paper = PAPER_SIZES[options.paper];
  const palette = PALETTES[options.theme];
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(sheet.title || 'Pipeboard design', { showInWindowTitleBar: true });
  doc.setSubject(sheet.summary);
  doc.setCreator('Pipeboard');
  doc.setProducer('Pipeboard (pdf-lib)');
  const fonts = new PdfFonts(doc);
  const images = new Map<string, PDFImage>();
  const icons = options.icons ?? nodeIconSource;
  const pages = paginate(sheet, pageHeight);
  for (let index = 0; index < pages.length; index++) {
    const page = doc.addPage([paper.width, paper.height]);
    const context: DrawContext = { page, fonts, icons, images, doc, ops: [] };
    const pageFrame: Frame = { x: 0, y: paper.height, scale };
    context.ops.push(...pathOperators(rectPath(0, 0, PDF_SHEET_WIDTH, pageHeight), pageFrame, { fill: sheet.background }));
    for (const { band, top } of pages[index]!) {
      const frame: Frame = { x: 0, y: paper.height - top * scale, scale };
      for (const item of band.items) await drawItem(item, frame, context);
      if (band.diagram) {
        const inner: Frame = { x: band.diagram.x * scale, y: frame.y, scale: scale * (band.scale ?? 1) };
        for (const item of band.diagram.items) await drawItem(item, inner, context);
      }
    }
    const footer = `${truncate(sheet.title || 'Pipeboard design', 800, 10)} · page ${index + 1} of ${pages.length}`;
    await drawText(
      { kind: 'text', x: PDF_SHEET_WIDTH / 2, y: pageHeight - 20, text: footer, size: 10, weight: 'regular', fill: palette.muted, anchor: 'middle', width: 0, rtl: false },
      pageFrame,
      context,
    );
    flush(context);
  }
  return doc.save({ useObjectStreams: true });
}
