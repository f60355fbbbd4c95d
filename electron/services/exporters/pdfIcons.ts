import { Resvg } from '@resvg/resvg-js';
import { type IconSource, iconText } from '../../../shared/export/svg/icons';
import { attribute, parseXml, type XmlElement } from '../../../shared/export/svg/xml';
import { nodeIconSource } from './icons';
import { circlePath, rectPath } from './pdfPaths';

/** Icons: vector when the SVG is plain shapes, else a PNG rendered by resvg. */

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

export function iconArt(icon: string, source: IconSource): IconArt {
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
