import { SaxesParser, type SaxesTagNS } from 'saxes';
import { checkElementLimits, feedXml, XmlError } from './xml';
import { XML_LIMITS } from './xmlLimits';

/** What reading a design needs from an SVG: its root element, and the one element that carries the design. */
export interface SvgDesignScan {
  rootLocal: string;
  rootNamespace: string | undefined;
  carrier?: { attributes: ReadonlyMap<string, string>; text: string };
}

/**
 * Streams an SVG once and keeps only the root's name and the first `local` element in `namespace`
 * (its attributes and text), instead of building a tree of every element: linear time, and memory
 * bounded by the carrier's text whatever the file holds. The XML limits apply; past one, an XmlError.
 */
export function scanSvgForElement(text: string, namespace: string, local: string): SvgDesignScan {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  let elements = 0;
  let root: { local: string; namespace: string | undefined } | undefined;
  let carrier: { attributes: Map<string, string>; parts: string[]; chars: number; depth: number; done: boolean } | undefined;

  parser.on('opentag', (tag: SaxesTagNS) => {
    checkElementLimits(parser, depth, ++elements);
    root ??= { local: tag.local, namespace: tag.uri === '' ? undefined : tag.uri };
    if (!carrier && tag.local === local && tag.uri === namespace) {
      const attributes = new Map(Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value] as const));
      carrier = { attributes, parts: [], chars: 0, depth, done: tag.isSelfClosing };
    }
    if (!tag.isSelfClosing) depth++;
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    depth--;
    if (carrier && !carrier.done && depth === carrier.depth) carrier.done = true;
  });
  const addText = (value: string): void => {
    if (!carrier || carrier.done) return;
    carrier.chars += value.length;
    if (carrier.chars > XML_LIMITS.maxDesignTextChars) throw new XmlError('The embedded design is larger than any design Pipeboard writes');
    carrier.parts.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  feedXml(parser, text);
  if (!root) throw new XmlError('No root element');
  const scan: SvgDesignScan = { rootLocal: root.local, rootNamespace: root.namespace };
  if (carrier) scan.carrier = { attributes: carrier.attributes, text: carrier.parts.join('') };
  return scan;
}
