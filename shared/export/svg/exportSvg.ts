import type { AnalysisResult } from '../../analysis/types';
import { serializeDocument } from '../../format/index';
import type { PipelineDocument } from '../../model/document';
import { base64Encode, utf8Encode } from '../../util/bytes';
import { crc32, hex32 } from '../../util/crc32';
import { layoutSheet } from '../sheet/layout';
import { IMAGE_SHEET_LIMITS, type SheetInclude } from '../sheet/options';
import type { ExportTheme } from '../sheet/theme';
import type { Sheet, SheetItem, TextItem } from '../sheet/types';
import { escapeXml } from '../text';
import { iconSymbol, iconText, type IconSource } from './icons';

export interface SvgExportOptions {
  theme: ExportTheme;
  include: SheetInclude;
  icons: IconSource;
}

/** The namespace of the design carried in an SVG's metadata. */
export const PIPEBOARD_SVG_NAMESPACE = 'urn:pipeboard:design';
export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * Fonts the PNG and PDF exporters ship come first (resvg uses only those); the rest let a browser or
 * an editor without them pick a similar sans-serif. The layout was measured with the shipped fonts,
 * which are at least as wide as the fallbacks, so text still fits.
 */
const SHEET_FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** A number for an attribute: at most two decimals, no -0, no exponent. */
function svgNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return '0';
  if (Math.abs(rounded) >= 1e15) return rounded.toFixed(0);
  return String(rounded);
}

function pathData(d: string): string {
  return d.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (match) => svgNumber(Number(match)));
}

function textMarkup(item: TextItem): string {
  let x = item.x;
  let anchor = item.anchor;
  let direction = '';
  if (item.rtl) {
    // Viewers disagree on what "start" means in right-to-left text (resvg ignores `direction`);
    // anchoring the measured line at its middle puts it in the same place everywhere.
    if (anchor === 'start') x += item.width / 2;
    else if (anchor === 'end') x -= item.width / 2;
    anchor = 'middle';
    direction = ' direction="rtl" unicode-bidi="embed"';
  }
  const weight = item.weight === 'bold' ? ' font-weight="700"' : '';
  const anchorAttribute = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${svgNumber(x)}" y="${svgNumber(item.y)}" font-size="${svgNumber(item.size)}"${weight} fill="${item.fill}"${anchorAttribute}${direction}>${escapeXml(item.text)}</text>`;
}

interface WriteContext {
  symbols: Map<string, string | undefined>;
}

function itemMarkup(item: SheetItem, context: WriteContext, out: string[]): void {
  switch (item.kind) {
    case 'rect': {
      const radius = item.r ? ` rx="${svgNumber(item.r)}"` : '';
      const stroke = item.stroke ? ` stroke="${item.stroke}" stroke-width="${svgNumber(item.strokeWidth ?? 1)}"` : '';
      out.push(`<rect x="${svgNumber(item.x)}" y="${svgNumber(item.y)}" width="${svgNumber(item.w)}" height="${svgNumber(item.h)}"${radius} fill="${item.fill ?? 'none'}"${stroke}/>`);
      return;
    }
    case 'path': {
      const stroke = item.stroke ? ` stroke="${item.stroke}" stroke-width="${svgNumber(item.strokeWidth ?? 1)}" stroke-linecap="round" stroke-linejoin="round"` : '';
      const dash = item.dash ? ` stroke-dasharray="${item.dash.map(svgNumber).join(' ')}"` : '';
      out.push(`<path d="${pathData(item.d)}" fill="${item.fill ?? 'none'}"${stroke}${dash}/>`);
      return;
    }
    case 'circle': {
      const stroke = item.stroke ? ` stroke="${item.stroke}" stroke-width="${svgNumber(item.strokeWidth ?? 1)}"` : '';
      out.push(`<circle cx="${svgNumber(item.cx)}" cy="${svgNumber(item.cy)}" r="${svgNumber(item.r)}" fill="${item.fill}"${stroke}/>`);
      return;
    }
    case 'text':
      out.push(textMarkup(item));
      return;
    case 'icon': {
      const id = context.symbols.get(item.icon);
      const box = `x="${svgNumber(item.x)}" y="${svgNumber(item.y)}" width="${svgNumber(item.size)}" height="${svgNumber(item.size)}"`;
      // An icon that could not be read still leaves a neutral square, never a hole.
      out.push(id ? `<use xlink:href="#${id}" ${box}/>` : `<rect ${box} rx="${svgNumber(item.size / 6)}" fill="#7d8998"/>`);
      return;
    }
    case 'group': {
      let open = `<g class="${escapeXml(item.role)}"`;
      for (const [key, value] of Object.entries(item.data ?? {})) open += ` data-${key}="${escapeXml(value)}"`;
      out.push(`${open}>`);
      if (item.title) out.push(`<title>${escapeXml(item.title)}</title>`);
      for (const child of item.items) itemMarkup(child, context, out);
      out.push('</g>');
      return;
    }
  }
}

/** The design as base64 of its canonical UTF-8 JSON, with its length and CRC-32 to notice tampering. */
function designMetadata(document: PipelineDocument): string {
  const bytes = utf8Encode(serializeDocument(document));
  const encoded = base64Encode(bytes);
  const lines: string[] = [];
  for (let k = 0; k < encoded.length; k += 100) lines.push(encoded.slice(k, k + 100));
  return (
    `<metadata><pipeboard:document format="pipeboard" version="1" encoding="base64" bytes="${bytes.length}" crc32="${hex32(crc32(bytes))}">\n` +
    `${lines.join('\n')}\n</pipeboard:document></metadata>`
  );
}

/** Writes a laid-out sheet as SVG text, with `metadata` (already markup) inside. */
function sheetToSvg(sheet: Sheet, icons: IconSource, metadata: string): string {
  const symbols = new Map<string, string | undefined>();
  const defs: string[] = [];
  sheet.icons.forEach((icon, index) => {
    const source = iconText(icon, icons);
    const symbol = source === undefined ? undefined : iconSymbol(source, `pb-icon-${index}`);
    symbols.set(icon, symbol?.id);
    if (symbol) defs.push(symbol.markup);
  });
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NAMESPACE}" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:pipeboard="${PIPEBOARD_SVG_NAMESPACE}" version="1.1" width="${sheet.width}" height="${sheet.height}" viewBox="0 0 ${sheet.width} ${sheet.height}" role="img" aria-labelledby="pb-title pb-desc">`,
    `<title id="pb-title">${escapeXml(sheet.title)}</title>`,
    `<desc id="pb-desc">${escapeXml(sheet.summary)}</desc>`,
    metadata,
    `<defs>${defs.join('')}</defs>`,
    `<rect width="${sheet.width}" height="${sheet.height}" fill="${sheet.background}"/>`,
    `<g font-family="${escapeXml(SHEET_FONT_FAMILY)}">`,
  ];
  const context: WriteContext = { symbols };
  let y = 0;
  for (const band of sheet.bands) {
    if (band.items.length > 0 || band.diagram) {
      out.push(`<g class="band-${band.kind}" transform="translate(0 ${svgNumber(y)})">`);
      for (const item of band.items) itemMarkup(item, context, out);
      if (band.diagram) {
        out.push(`<g class="diagram" transform="translate(${svgNumber(band.diagram.x)} 0) scale(${String(Math.round((band.scale ?? 1) * 10000) / 10000 || 0.0001)})">`);
        for (const item of band.diagram.items) itemMarkup(item, context, out);
        out.push('</g>');
      }
      out.push('</g>');
    }
    y += band.height;
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}

/**
 * The study sheet as a standalone SVG: pure (no DOM, no foreignObject, no clock, no randomness), so
 * the CLI, the main process and the renderer write byte-identical files. Text is real `<text>`, icons
 * are inlined once as `<symbol>`s, and the design rides along in `<metadata>` for reopening.
 */
export function exportSvg(document: PipelineDocument, analysis: AnalysisResult, options: SvgExportOptions): string {
  const sheet = layoutSheet(document, analysis, { theme: options.theme, include: options.include, embedsDesign: true, limits: IMAGE_SHEET_LIMITS });
  return sheetToSvg(sheet, options.icons, designMetadata(document));
}
