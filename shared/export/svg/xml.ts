import { SaxesParser, type SaxesOptions, type SaxesTagNS } from 'saxes';
import { XML_LIMITS } from './xmlLimits';

/**
 * Reads XML into a small element tree with saxes (a strict, non-validating, namespace-aware parser):
 * enough to read icon SVGs and find the design inside an exported SVG. No DTD processing (so no entity
 * expansion attacks): a DOCTYPE is skipped, and only the five predefined entities and character
 * references are understood; the limits in xmlLimits.ts apply.
 */

export interface XmlElement {
  /** The qualified name as written (`svg`, `pipeboard:document`). */
  name: string;
  local: string;
  /** The namespace URI the prefix (or default namespace) resolves to. */
  namespace: string | undefined;
  attributes: Array<[name: string, value: string]>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

export function attribute(element: XmlElement, name: string): string | undefined {
  for (const [key, value] of element.attributes) if (key === name) return value;
  return undefined;
}

/** Depth-first search for the first element matching `test`. */
export function findElement(root: XmlElement, test: (element: XmlElement) => boolean): XmlElement | undefined {
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (test(element)) return element;
    for (let k = element.children.length - 1; k >= 0; k--) {
      const child = element.children[k]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return undefined;
}

export function textContent(element: XmlElement): string {
  let out = '';
  for (const child of element.children) out += typeof child === 'string' ? child : textContent(child);
  return out;
}

/** Refuses one more opening tag past the depth or element limits (`elements` counts it already). */
export function checkElementLimits(parser: SaxesParser<SaxesOptions & { xmlns: true }>, depth: number, elements: number): void {
  if (depth >= XML_LIMITS.maxDepth) throw new XmlError(`Elements are nested too deeply (${parser.line}:${parser.column})`);
  if (elements > XML_LIMITS.maxElements) throw new XmlError(`More than ${XML_LIMITS.maxElements.toLocaleString('en-US')} elements`);
}

/** Feeds the whole text to the parser; whatever it throws comes out as an XmlError. */
export function feedXml(parser: SaxesParser<SaxesOptions & { xmlns: true }>, text: string): void {
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof XmlError) throw error;
    throw new XmlError(error instanceof Error ? error.message : String(error));
  }
}

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  parser.on('opentag', (tag: SaxesTagNS) => {
    checkElementLimits(parser, stack.length, ++elements);
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      namespace: tag.uri === '' ? undefined : tag.uri,
      attributes: Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]),
      children: [],
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (value: string): void => void stack.at(-1)?.children.push(value);
  parser.on('text', addText);
  parser.on('cdata', addText);
  feedXml(parser, text);
  if (!root) throw new XmlError('No root element');
  return root;
}
