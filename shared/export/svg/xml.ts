/**
 * A small, strict, non-validating XML parser: enough to read icon SVGs and find the design inside an
 * exported SVG. No DTD processing (so no entity expansion attacks): a DOCTYPE is skipped, and only the
 * five predefined entities and character references are understood.
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

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]/;
const MAX_DEPTH = 512;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

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

export function parseXml(text: string): XmlElement {
  let pos = 0;
  const fail = (message: string): never => {
    const line = text.slice(0, pos).split('\n').length;
    throw new XmlError(`${message} (line ${line})`);
  };

  for (let k = 0; k < text.length; k++) {
    const code = text.codePointAt(k)!;
    if (!isXmlChar(code)) {
      pos = k;
      fail(`Character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`);
    }
    if (code > 0xffff) k++;
  }

  const decode = (raw: string): string => {
    if (raw.indexOf('&') < 0) return raw;
    return raw.replace(/&([^;]*);?/g, (match, body: string) => {
      if (!match.endsWith(';')) fail('Unterminated entity reference');
      if (body.startsWith('#x')) {
        const code = /^[0-9a-fA-F]+$/.test(body.slice(2)) ? parseInt(body.slice(2), 16) : NaN;
        if (!isXmlChar(code)) fail(`Bad character reference &${body};`);
        return String.fromCodePoint(code);
      }
      if (body.startsWith('#')) {
        const code = /^[0-9]+$/.test(body.slice(1)) ? parseInt(body.slice(1), 10) : NaN;
        if (!isXmlChar(code)) fail(`Bad character reference &${body};`);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED[body];
      if (value === undefined) fail(`Unknown entity &${body};`);
      return value!;
    });
  };

  const readName = (): string => {
    const start = pos;
    if (!NAME_START.test(text[pos] ?? '')) fail('Expected a name');
    pos++;
    while (pos < text.length && NAME_CHAR.test(text[pos]!)) pos++;
    return text.slice(start, pos);
  };

  const skipSpace = (): void => {
    while (pos < text.length && /[ \t\r\n]/.test(text[pos]!)) pos++;
  };

  const skipPast = (terminator: string, what: string): void => {
    const end = text.indexOf(terminator, pos);
    if (end < 0) fail(`Unterminated ${what}`);
    pos = end + terminator.length;
  };

  /** Skips a DOCTYPE, including an internal subset in brackets, without interpreting it. */
  const skipDoctype = (): void => {
    let depth = 0;
    while (pos < text.length) {
      const char = text[pos]!;
      if (char === '"' || char === "'") {
        const end = text.indexOf(char, pos + 1);
        if (end < 0) fail('Unterminated DOCTYPE');
        pos = end + 1;
        continue;
      }
      if (char === '[') depth++;
      else if (char === ']') depth--;
      else if (char === '>' && depth <= 0) {
        pos++;
        return;
      }
      pos++;
    }
    fail('Unterminated DOCTYPE');
  };

  const stack: XmlElement[] = [];
  const scopes: Array<Map<string, string>> = [new Map([['xml', XML_NAMESPACE]])];
  let root: XmlElement | undefined;

  const resolve = (qualified: string, scope: Map<string, string>[], isAttribute: boolean): string | undefined => {
    const colon = qualified.indexOf(':');
    const prefix = colon < 0 ? '' : qualified.slice(0, colon);
    if (prefix === '' && isAttribute) return undefined;
    for (let k = scope.length - 1; k >= 0; k--) {
      const uri = scope[k]!.get(prefix);
      if (uri !== undefined) return uri === '' ? undefined : uri;
    }
    if (prefix !== '' && prefix !== 'xmlns') fail(`Undeclared namespace prefix '${prefix}'`);
    return undefined;
  };

  while (pos < text.length) {
    if (text[pos] !== '<') {
      const next = text.indexOf('<', pos);
      const end = next < 0 ? text.length : next;
      const raw = text.slice(pos, end);
      if (raw.includes(']]>')) fail("']]>' is not allowed in text");
      const value = decode(raw);
      if (stack.length > 0) stack.at(-1)!.children.push(value);
      else if (raw.trim() !== '') fail('Text outside the root element');
      pos = end;
      continue;
    }
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end < 0) fail('Unterminated comment');
      if (text.slice(pos + 4, end).includes('--')) fail("'--' is not allowed inside a comment");
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', pos)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      const end = text.indexOf(']]>', pos + 9);
      if (end < 0) fail('Unterminated CDATA section');
      stack.at(-1)!.children.push(text.slice(pos + 9, end));
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<!DOCTYPE', pos)) {
      if (root || stack.length > 0) fail('DOCTYPE after the root element');
      pos += 9;
      skipDoctype();
      continue;
    }
    if (text.startsWith('<?', pos)) {
      skipPast('?>', 'processing instruction');
      continue;
    }
    if (text.startsWith('</', pos)) {
      pos += 2;
      const name = readName();
      skipSpace();
      if (text[pos] !== '>') fail(`Expected '>' after </${name}`);
      pos++;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`Closing tag </${name}> does not match <${open?.name ?? 'nothing'}>`);
      scopes.pop();
      continue;
    }
    // A start tag.
    pos++;
    const name = readName();
    const attributes: Array<[string, string]> = [];
    const seen = new Set<string>();
    let selfClosing = false;
    for (;;) {
      const before = pos;
      skipSpace();
      if (text.startsWith('/>', pos)) {
        selfClosing = true;
        pos += 2;
        break;
      }
      if (text[pos] === '>') {
        pos++;
        break;
      }
      if (pos >= text.length) fail(`Unterminated tag <${name}>`);
      if (pos === before) fail(`Expected a space before an attribute in <${name}>`);
      const key = readName();
      skipSpace();
      if (text[pos] !== '=') fail(`Expected '=' after attribute ${key}`);
      pos++;
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") fail(`Attribute ${key} must be quoted`);
      const end = text.indexOf(quote!, pos + 1);
      if (end < 0) fail(`Unterminated value of attribute ${key}`);
      const raw = text.slice(pos + 1, end);
      if (raw.includes('<')) fail(`'<' is not allowed in the value of attribute ${key}`);
      pos = end + 1;
      if (seen.has(key)) fail(`Attribute ${key} appears twice in <${name}>`);
      seen.add(key);
      attributes.push([key, decode(raw).replace(/[\t\n\r]/g, ' ')]);
    }
    if (root && stack.length === 0) fail('More than one root element');
    const scope = new Map<string, string>();
    for (const [key, value] of attributes) {
      if (key === 'xmlns') scope.set('', value);
      else if (key.startsWith('xmlns:')) scope.set(key.slice(6), value);
    }
    scopes.push(scope);
    const colon = name.indexOf(':');
    const element: XmlElement = {
      name,
      local: colon < 0 ? name : name.slice(colon + 1),
      namespace: resolve(name, scopes, false),
      attributes,
      children: [],
    };
    for (const [key] of attributes) if (key.includes(':') && !key.startsWith('xmlns:')) resolve(key, scopes, true);
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else root = element;
    if (selfClosing) scopes.pop();
    else {
      if (stack.length >= MAX_DEPTH) fail('Elements are nested too deeply');
      stack.push(element);
    }
  }
  if (stack.length > 0) fail(`Element <${stack.at(-1)!.name}> is not closed`);
  if (!root) fail('No root element');
  return root!;
}
