import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { catalog } from '../../../shared/catalog/index';
import { NO_DESIGN_INSIDE } from '../../../shared/export/designInside';
import { base64Encode, utf8Encode } from '../../../shared/util/bytes';
import { crc32, hex32 } from '../../../shared/util/crc32';
import { CARD_WIDTH } from '../../../shared/export/sheet/nodeCard';
import { IMAGE_SHEET_LIMITS } from '../../../shared/export/sheet/options';
import { textWidth } from '../../../shared/export/sheet/measure';
import { exportSvg } from '../../../shared/export/svg/exportSvg';
import type { IconSource } from '../../../shared/export/svg/icons';
import { readSvgDocument } from '../../../shared/export/svg/readSvg';
import { allElements, groups, parseSvgStrict, squash, visibleText, type TestElement } from '../../../shared/export/svg/svgTree.testutil';
import { displayText } from '../../../shared/export/text';
import { documentArbitrary } from '../../../shared/format/documentArbitrary.testutil';
import { parseDocument, serializeDocument } from '../../../shared/format/index';
import { design } from '../../../shared/model/builder';
import type { PipelineDocument } from '../../../shared/model/document';
import { EXAMPLES } from '../../../shared/scenarios/index';
import { formatMoney } from '../../../shared/util/numbers';
import { nodeIconSource } from './icons';

const ALL = { cost: true, issues: true, notes: true };
const example = (id: string): PipelineDocument => EXAMPLES.find((entry) => entry.id === id)!.document;
const svgOf = (document: PipelineDocument, options: Partial<Parameters<typeof exportSvg>[2]> = {}): string =>
  exportSvg(document, analyze(document), { theme: 'light', include: ALL, icons: nodeIconSource, ...options });

const XLINK = 'http://www.w3.org/1999/xlink';

function href(element: TestElement): string | undefined {
  return element.attributes['xlink:href'] ?? element.attributes.href;
}

describe('exportSvg: the study sheet', () => {
  for (const id of ['q1-answer', 'q2-answer', 'shards-by-records']) {
    it(`${id}: every node label, edge label, line item and the total are there as text`, () => {
      const document = example(id);
      const analysis = analyze(document);
      const root = parseSvgStrict(svgOf(document));
      expect(root.name).toBe('svg');
      expect(root.uri).toBe('http://www.w3.org/2000/svg');
      expect(allElements(root).find((element) => element.name === 'title')!.text).toBe(document.title);
      expect(allElements(root).some((element) => element.name === 'foreignObject')).toBe(false);

      const nodes = groups(root, 'node');
      expect(nodes.map((group) => group.attributes['data-node-id'])).toEqual(document.nodes.map((node) => node.id));
      for (const node of document.nodes) {
        const group = nodes.find((candidate) => candidate.attributes['data-node-id'] === node.id)!;
        expect(squash(visibleText(group))).toContain(squash(node.label));
        const headline = analysis.derived.nodes[node.id]?.headline;
        // A two-line headline breaks between its " · " parts.
        if (headline) expect(squash(visibleText(group)).replace(/·/g, '')).toContain(squash(headline).replace(/·/g, ''));
      }

      const edgeLabels = groups(root, 'edge-label');
      for (const edge of document.edges) {
        const label = analysis.derived.edges[edge.id]!.label;
        const group = edgeLabels.find((candidate) => candidate.attributes['data-edge-id'] === edge.id);
        if (label) expect(visibleText(group!)).toBe(label);
        else expect(group).toBeUndefined();
      }
      expect(groups(root, 'edge')).toHaveLength(document.edges.length);

      const lines = groups(root, 'cost-line');
      expect(lines).toHaveLength(analysis.cost.lines.length);
      analysis.cost.lines.forEach((line, index) => {
        const shown = squash(visibleText(lines[index]!));
        expect(shown).toContain(squash(line.formula));
        expect(shown).toContain(squash(line.item));
        expect(shown).toContain(squash(formatMoney(line.amount)));
      });
      expect(visibleText(groups(root, 'cost-total')[0]!)).toContain(formatMoney(analysis.cost.total));
      const footer = visibleText(groups(root, 'footer')[0]!);
      expect(footer).toContain(analysis.cost.priceDate);
      expect(footer).toContain(`${analysis.cost.hoursPerMonth} hours/month`);
      for (const assumption of analysis.cost.assumptions) expect(squash(footer)).toContain(squash(assumption));
    });
  }

  it('shows the Q1 budget verdict and no issues', () => {
    const root = parseSvgStrict(svgOf(example('q1-answer')));
    expect(visibleText(groups(root, 'budget')[0]!)).toContain('Within the $500.00/month budget: $387.95 to spare (22% used)');
    expect(groups(root, 'issue')).toHaveLength(0);
    expect(visibleText(root)).toContain('No issues: an examiner would accept this design.');
  });

  it('lists each issue with its why and badges the worst severity on the node', () => {
    const document = design({
      title: 'Too few shards',
      nodes: [
        { id: 'src', service: 'source', params: { eventsPerSecond: 8000, bytesPerEvent: 750 } },
        { id: 'kds', service: 'kinesis-data-streams', params: { shards: 6 } },
        { id: 'fn', service: 'lambda' },
      ],
      flows: ['src>kds>fn'],
    });
    const analysis = analyze(document);
    const root = parseSvgStrict(svgOf(document));
    const issues = groups(root, 'issue');
    expect(issues).toHaveLength(analysis.issues.length);
    analysis.issues.forEach((issue, index) => {
      expect(issues[index]!.attributes['data-rule']).toBe(issue.rule);
      expect(squash(visibleText(issues[index]!))).toContain(squash(issue.message));
      expect(squash(visibleText(issues[index]!))).toContain(squash(`Why: ${issue.why}`));
    });
    const stream = groups(root, 'node').find((group) => group.attributes['data-node-id'] === 'kds')!;
    const badge = stream.children.find((child) => child.name === 'circle')!;
    expect(badge.attributes.fill).toBe('#c42b2b');
  });

  it('inlines each icon once as a symbol and reuses it', () => {
    const document = EXAMPLES.find((entry) => entry.id === 'q2-answer')!.document;
    const root = parseSvgStrict(svgOf(document));
    const symbols = allElements(root).filter((element) => element.name === 'symbol');
    const icons = new Set(document.nodes.map((node) => catalog[node.service].icon));
    expect(symbols).toHaveLength(icons.size);
    const uses = allElements(root).filter((element) => element.name === 'use');
    expect(uses).toHaveLength(document.nodes.length);
    const symbolIds = new Set(symbols.map((symbol) => symbol.attributes.id));
    for (const use of uses) expect(symbolIds.has(href(use)!.slice(1))).toBe(true);
    const ids = allElements(root).map((element) => element.attributes.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('namespaces ids inside icons, so two icons with the same gradient id cannot collide, and drops scripts', () => {
    const gradientIcon = (colour: string): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><script>alert(1)</script><defs><linearGradient id="g"><stop offset="0" stop-color="${colour}"/></linearGradient></defs><rect width="64" height="64" fill="url(#g)" onclick="alert(2)"/><use href="#g"/><image href="https://example.com/x.png"/></svg>`;
    const icons: IconSource = (icon) => (icon === 'AmazonDataFirehose.svg' ? gradientIcon('#f00') : icon === 'AmazonSimpleStorageService.svg' ? gradientIcon('#0f0') : nodeIconSource(icon));
    const svg = svgOf(example('q1-answer'), { icons });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('onclick');
    expect(svg).not.toContain('example.com');
    const root = parseSvgStrict(svg);
    const gradients = allElements(root).filter((element) => element.name === 'linearGradient');
    expect(gradients).toHaveLength(2);
    const [first, second] = gradients.map((gradient) => gradient.attributes.id!);
    expect(first).not.toBe(second);
    const fills = allElements(root).filter((element) => element.name === 'rect' && element.attributes.fill?.startsWith('url(')).map((rect) => rect.attributes.fill);
    expect(fills.sort()).toEqual([`url(#${first})`, `url(#${second})`].sort());
    void XLINK;
  });

  it('is byte-identical for the same input, even from a reloaded copy of the document', () => {
    const document = example('q1-answer');
    const reloaded = parseDocument(serializeDocument(document));
    expect(reloaded.ok).toBe(true);
    const first = svgOf(document);
    expect(svgOf(document)).toBe(first);
    if (reloaded.ok) expect(svgOf(reloaded.document)).toBe(first);
    expect(svgOf(document, { theme: 'dark' })).toBe(svgOf(document, { theme: 'dark' }));
  });

  it('has light and dark themes', () => {
    const document = example('q1-answer');
    const light = parseSvgStrict(svgOf(document));
    const dark = parseSvgStrict(svgOf(document, { theme: 'dark' }));
    const background = (root: TestElement): string => root.children.find((child) => child.name === 'rect')!.attributes.fill!;
    expect(background(light)).toBe('#ffffff');
    expect(background(dark)).toBe('#121418');
    expect(squash(visibleText(dark))).toBe(squash(visibleText(light)));
  });

  it('leaves out the cost sheet, the issues (and badges) or the notes when asked', () => {
    const document = design({
      title: 'Toggles',
      notes: 'Remember the shard maths.',
      nodes: [
        { id: 'src', service: 'source', params: { eventsPerSecond: 8000, bytesPerEvent: 750 } },
        { id: 'kds', service: 'kinesis-data-streams', params: { shards: 6 } },
      ],
      flows: ['src>kds'],
    });
    const full = parseSvgStrict(svgOf(document));
    expect(groups(full, 'cost-line').length).toBeGreaterThan(0);
    expect(groups(full, 'issue').length).toBeGreaterThan(0);
    expect(visibleText(full)).toContain('Remember the shard maths.');
    const bare = parseSvgStrict(svgOf(document, { include: { cost: false, issues: false, notes: false } }));
    expect(groups(bare, 'cost-line')).toHaveLength(0);
    expect(groups(bare, 'issue')).toHaveLength(0);
    expect(groups(bare, 'needs')).toHaveLength(0);
    expect(visibleText(bare)).not.toContain('Remember the shard maths.');
    expect(groups(bare, 'node').every((group) => !group.children.some((child) => child.name === 'circle'))).toBe(true);
    expect(groups(bare, 'footer')).toHaveLength(1);
  });

  it('escapes hostile labels and notes, and keeps them readable', () => {
    const label = '<script>alert("x")</script> & ]]> \'q\' \u0007bell';
    const document = design({
      title: 'Title with ]]> and <b>',
      notes: 'Note <img src=x onerror=alert(1)> & done',
      nodes: [{ id: 'src', service: 'source', label, params: { eventsPerSecond: 10, bytesPerEvent: 100 } }],
      flows: [],
    });
    const svg = svgOf(document);
    expect(svg).not.toMatch(/<script|<img|<b>/);
    expect(svg).not.toContain('\u0007');
    const root = parseSvgStrict(svg);
    const node = groups(root, 'node')[0]!;
    expect(squash(visibleText(node))).toContain(squash(displayText(label)));
    expect(visibleText(root)).toContain('Note <img src=x onerror=alert(1)> & done');
  });

  it('gives right-to-left labels a direction and keeps long labels inside the card', () => {
    const long = 'An extremely long label '.repeat(8).trim();
    const document = design({
      title: 'RTL',
      nodes: [
        { id: 'he', service: 'source', label: 'שלום עולם', params: { eventsPerSecond: 10, bytesPerEvent: 100 } },
        { id: 'long', service: 's3', label: long },
      ],
      flows: ['he>long'],
    });
    const root = parseSvgStrict(svgOf(document));
    const hebrew = groups(root, 'node')[0]!.children.find((child) => child.name === 'text' && child.text === 'שלום עולם')!;
    expect(hebrew.attributes.direction).toBe('rtl');
    expect(hebrew.attributes['unicode-bidi']).toBe('embed');
    const card = groups(root, 'node')[1]!;
    const labelLines = card.children.filter((child) => child.name === 'text' && child.attributes['font-size'] === '13');
    expect(labelLines.length).toBeLessThanOrEqual(3);
    expect(labelLines.at(-1)!.text.endsWith('…')).toBe(true);
    const cardRect = card.children.find((child) => child.name === 'rect')!;
    const right = Number(cardRect.attributes.x) + CARD_WIDTH;
    for (const line of labelLines) expect(Number(line.attributes.x) + textWidth(line.text, 13, 'bold')).toBeLessThanOrEqual(right - 11);
    expect(card.children.find((child) => child.name === 'title')!.text).toContain(long);
  });

  it('stays well-formed and carries the exact design for generated documents with hostile text', () => {
    fc.assert(
      fc.property(documentArbitrary({ maxNodes: 8 }), fc.constantFrom('light' as const, 'dark' as const), (document, theme) => {
        const analysis = analyze(document);
        const svg = exportSvg(document, analysis, { theme, include: ALL, icons: nodeIconSource });
        const root = parseSvgStrict(svg);
        expect(groups(root, 'node')).toHaveLength(document.nodes.length);
        expect(groups(root, 'cost-line')).toHaveLength(Math.min(analysis.cost.lines.length, IMAGE_SHEET_LIMITS.costLines));
        const back = readSvgDocument(svg);
        expect(back.ok).toBe(true);
        if (back.ok) expect(serializeDocument(back.document)).toBe(serializeDocument(document));
      }),
      { numRuns: 60 },
    );
  });
});

describe('readSvgDocument', () => {
  it('reopens the design: the same canonical file and the same analysis', () => {
    for (const entry of EXAMPLES) {
      const back = readSvgDocument(svgOf(entry.document));
      expect(back.ok).toBe(true);
      if (!back.ok) continue;
      expect(serializeDocument(back.document)).toBe(serializeDocument(entry.document));
      expect(analyze(back.document)).toEqual(analyze(entry.document));
    }
  });

  it('finds the design by namespace even when an editor renamed the prefix', () => {
    const svg = svgOf(example('q1-answer')).replace(/xmlns:pipeboard=/, 'xmlns:pb=').replace(/pipeboard:document/g, 'pb:document');
    expect(readSvgDocument(svg).ok).toBe(true);
  });

  it('says there is no Pipeboard design inside a foreign SVG, a non-SVG or broken XML', () => {
    for (const text of [
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
      '<html><body>hi</body></html>',
      '{"format":"pipeboard"}',
      '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>',
      '',
    ]) {
      const result = readSvgDocument(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toBe(NO_DESIGN_INSIDE);
        expect(result.problems[0]!.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('notices a tampered design and says so', () => {
    const svg = svgOf(example('q1-answer'));
    const start = svg.indexOf('>', svg.indexOf('<pipeboard:document')) + 2;
    const flipped = svg.slice(0, start + 40) + (svg[start + 40] === 'A' ? 'B' : 'A') + svg.slice(start + 41);
    const tampered = readSvgDocument(flipped);
    expect(tampered.ok).toBe(false);
    if (!tampered.ok) {
      expect(tampered.message).toContain('no intact Pipeboard design inside');
      expect(tampered.problems[0]!.message).toContain('checksum');
    }
    const cut = readSvgDocument(svg.replace(/(<pipeboard:document[^>]*>\n)[A-Za-z0-9+/]{100}\n/, '$1'));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.message).toContain('no intact Pipeboard design inside');
  });

  it("reports the loader's problems for a well-formed but invalid embedded design", () => {
    const json = JSON.stringify({ format: 'pipeboard', version: 1, title: 'x', nodes: [{ id: 'k', service: 'kinesis-data-streams', label: '', position: { x: 0, y: 0 }, params: { shards: -2 } }], edges: [] });
    const bytes = utf8Encode(json);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:pipeboard="urn:pipeboard:design"><metadata><pipeboard:document encoding="base64" bytes="${bytes.length}" crc32="${hex32(crc32(bytes))}">${base64Encode(bytes)}</pipeboard:document></metadata></svg>`;
    const result = readSvgDocument(svg);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/not a valid Pipeboard design/);
      expect(result.problems.map((problem) => problem.path)).toContain('nodes[0].params.shards');
    }
  });
});
