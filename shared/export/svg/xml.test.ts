import { describe, expect, it } from 'vitest';
import { attribute, findElement, parseXml, textContent, XmlError } from './xml';

describe('parseXml', () => {
  it('reads elements, attributes, entities, CDATA and namespaces', () => {
    const root = parseXml(
      `<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd" [ <!ENTITY boom "&boom;&boom;"> ]><svg xmlns="http://www.w3.org/2000/svg" xmlns:p="urn:p"><!-- note --><p:doc a='1 &amp; 2' b="&#x41;&#66;">x &lt; y<![CDATA[ <raw> ]]></p:doc></svg>`,
    );
    expect(root.local).toBe('svg');
    expect(root.namespace).toBe('http://www.w3.org/2000/svg');
    const doc = findElement(root, (element) => element.local === 'doc')!;
    expect(doc.namespace).toBe('urn:p');
    expect(attribute(doc, 'a')).toBe('1 & 2');
    expect(attribute(doc, 'b')).toBe('AB');
    expect(textContent(doc)).toBe('x < y <raw> ');
  });

  it('refuses what is not well-formed, and never expands DTD entities', () => {
    for (const text of [
      '<a><b></a></b>',
      '<a x="1" x="2"/>',
      '<a x=1/>',
      '<a>&boom;</a>',
      '<a>&#0;</a>',
      '<a>]]></a>',
      '<a/><b/>',
      'text<a/>',
      '<a>',
      '<p:a/>',
      '<a>\u0001</a>',
      '<a><!-- -- --></a>',
      '',
    ]) {
      expect(() => parseXml(text), text).toThrow(XmlError);
    }
  });

  it('handles deep nesting without recursion and refuses absurd depth', () => {
    expect(parseXml(`${'<g>'.repeat(400)}${'</g>'.repeat(400)}`).local).toBe('g');
    expect(() => parseXml(`${'<g>'.repeat(5000)}${'</g>'.repeat(5000)}`)).toThrow(/nested too deeply/);
  });
});
