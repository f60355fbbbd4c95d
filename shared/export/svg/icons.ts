import { NEUTRAL_ICONS, isNeutralIcon } from '../../catalog/neutralIcons';
import { escapeXml } from '../text';
import { attribute, parseXml, type XmlElement, type XmlNode } from './xml';

/**
 * Where the exporter gets icon artwork: the catalog's icon name (an aws-icons file name such as
 * `AmazonDataFirehose.svg`) → that file's SVG text, or undefined when it is not available. Injected so
 * shared/ never touches the file system: Node reads node_modules/aws-icons, the renderer imports `?raw`.
 */
export type IconSource = (icon: string) => string | undefined;

/** Neutral icons (source, client) come from the catalog; everything else from `source`. */
export function iconText(icon: string, source: IconSource): string | undefined {
  if (isNeutralIcon(icon)) return NEUTRAL_ICONS[icon];
  return source(icon);
}

/** Elements an icon may use; anything else (script, foreignObject, image, style, animation…) is dropped. */
const ALLOWED_ELEMENTS = new Set([
  'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'defs', 'linearGradient', 'radialGradient',
  'stop', 'clipPath', 'mask', 'use', 'symbol',
]);

const ALLOWED_ATTRIBUTES = new Set([
  'id', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'width', 'height', 'points',
  'viewBox', 'transform', 'fill', 'fill-rule', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity',
  'clip-path', 'clip-rule', 'mask', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform',
  'spreadMethod', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'href', 'xlink:href', 'display', 'visibility',
  'color',
]);

export interface IconSymbol {
  /** The `<symbol>` element, ready for `<defs>`. */
  markup: string;
  /** The id to `<use>`. */
  id: string;
}

function rewriteReferences(value: string, prefix: string): string {
  return value.replace(/url\(\s*(['"]?)#([^)'"]+)\1\s*\)/g, (_match, _quote: string, id: string) => `url(#${prefix}${id})`);
}

function serialize(node: XmlNode, prefix: string): string {
  if (typeof node === 'string') return '';
  if (!ALLOWED_ELEMENTS.has(node.local) || (node.namespace !== undefined && node.namespace !== 'http://www.w3.org/2000/svg')) return '';
  let out = `<${node.local}`;
  for (const [key, raw] of node.attributes) {
    if (!ALLOWED_ATTRIBUTES.has(key)) continue;
    let value: string;
    if (key === 'id') value = `${prefix}${raw}`;
    else if (key === 'href' || key === 'xlink:href') {
      // Only references inside the icon itself; never external files or scripts.
      if (!raw.startsWith('#')) continue;
      value = `#${prefix}${raw.slice(1)}`;
    } else value = rewriteReferences(raw, prefix);
    out += ` ${key === 'href' ? 'xlink:href' : key}="${escapeXml(value)}"`;
  }
  const inner = node.children.map((child) => serialize(child, prefix)).join('');
  return inner === '' ? `${out}/>` : `${out}>${inner}</${node.local}>`;
}

/**
 * An icon as a `<symbol>` with every internal id (gradients, clip paths) prefixed, so two icons never
 * clash, and corners rounded like the app's. Undefined when the text is not a usable SVG.
 */
export function iconSymbol(svgText: string, id: string): IconSymbol | undefined {
  let root: XmlElement;
  try {
    root = parseXml(svgText);
  } catch {
    return undefined;
  }
  if (root.local !== 'svg') return undefined;
  const viewBox = (attribute(root, 'viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const [minX, minY, width, height] =
    viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2]! > 0 && viewBox[3]! > 0
      ? (viewBox as [number, number, number, number])
      : [0, 0, Number(attribute(root, 'width')) || 64, Number(attribute(root, 'height')) || 64];
  const prefix = `${id}-`;
  const body = root.children.map((child) => serialize(child, prefix)).join('');
  // Presentation attributes on the icon's own <svg> (fill="none"…) still apply to its content.
  const inherited = serialize({ ...root, local: 'g', namespace: undefined, children: [], attributes: root.attributes.filter(([key]) => !['id', 'x', 'y', 'width', 'height', 'viewBox'].includes(key)) }, prefix).slice(2, -2);
  const radius = (Math.min(width, height) * 6) / 36;
  const box = `x="${minX}" y="${minY}" width="${width}" height="${height}"`;
  const markup =
    `<symbol id="${id}" viewBox="${minX} ${minY} ${width} ${height}">` +
    `<clipPath id="${prefix}clip"><rect ${box} rx="${radius}"/></clipPath>` +
    `<g clip-path="url(#${prefix}clip)"><g${inherited}>${body}</g></g></symbol>`;
  return { markup, id };
}
