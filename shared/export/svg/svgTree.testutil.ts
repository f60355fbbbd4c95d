import { SaxesParser } from 'saxes';

/**
 * A strict, independent XML parse of an exported SVG for tests (saxes: a conformant XML 1.0 parser with
 * namespaces), so the exporter is not checked by its own reader. Throws on anything not well-formed.
 */
export interface TestElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: TestElement[];
  text: string;
  parent: TestElement | undefined;
}

export function parseSvgStrict(svg: string): TestElement {
  const parser = new SaxesParser({ xmlns: true });
  let root: TestElement | undefined;
  const stack: TestElement[] = [];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const element: TestElement = { name: tag.local, uri: tag.uri, attributes, children: [], text: '', parent: stack.at(-1) };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    for (const open of stack) open.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(svg).close();
  if (failure) throw failure;
  if (!root) throw new Error('no root element');
  return root;
}

export function allElements(root: TestElement): TestElement[] {
  const out: TestElement[] = [];
  const walk = (element: TestElement): void => {
    out.push(element);
    element.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** Groups with `class` = role (node, edge, cost-line…). */
export function groups(root: TestElement, role: string): TestElement[] {
  return allElements(root).filter((element) => element.name === 'g' && element.attributes.class === role);
}

/** The visible text of an element: its <text> children's content, lines joined with a space. */
export function visibleText(element: TestElement): string {
  return allElements(element)
    .filter((child) => child.name === 'text')
    .map((child) => child.text)
    .join(' ');
}

/** Text with all whitespace removed, to compare wrapped lines with the original. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
