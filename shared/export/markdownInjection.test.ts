import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { design } from '../model/builder';
import { costSheetMarkdown } from './costMarkdown';
import { exportMarkdown } from './markdown';
import { markdownCell, markdownInline, markdownText } from './text';

/*
 * Every text Pipeboard writes into Markdown is rendered here by a real Markdown parser (marked, GitHub
 * flavour, as GitHub and most note apps read it): user text must come out as the literal text, never
 * as a link, an image, emphasis, code or HTML.
 */

const HOSTILE = [
  '[x](javascript:alert(1))',
  '![t](http://x.example/pixel.png)',
  '*loud* _quiet_ **bold** ~~gone~~',
  '`code`',
  '<img src=x onerror=alert(1)>',
  'see http://evil.example and www.evil.example or mail a@evil.example',
  '[ref]: http://evil.example',
];

function html(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

/** What the rendered HTML shows as text. */
function shownText(rendered: string): string {
  return rendered
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const ACTIVE = /<(a|img|em|strong|del|code|script)\b/i;

describe('user text in Markdown reads literally', () => {
  it.each(HOSTILE)('%s: as a table cell, a phrase and prose', (text) => {
    for (const escape of [markdownCell, markdownInline, markdownText]) {
      const rendered = html(`| Node |\n| --- |\n| ${markdownCell(text)} |\n\n${escape(text)}\n`);
      expect(rendered, escape.name).not.toMatch(ACTIVE);
      expect(shownText(rendered), escape.name).toContain(text);
    }
  });

  it('cost --md and the Markdown study note render no link, image or emphasis from labels, title or notes', () => {
    const document = design({
      title: '[x](javascript:alert(1))',
      nodes: [
        { id: 'src', service: 'source', label: '![t](http://x.example/pixel.png)', params: { eventsPerSecond: 1000, bytesPerEvent: 500 } },
        { id: 'kds', service: 'kinesis-data-streams', label: '[x](javascript:alert(1))', params: { shards: 1 } },
        { id: 'fn', service: 'lambda', label: '*em* `code` www.evil.example' },
      ],
      flows: ['src>kds>fn'],
    });
    document.notes = '![t](http://x.example/pixel.png)\n[x](javascript:alert(1))';
    const analysis = analyze(document);

    const table = html(costSheetMarkdown(analysis.cost));
    // The total row is bold by design; nothing else may be.
    expect(table.match(/<strong>/g)).toHaveLength(2);
    expect(table).not.toMatch(/<(a|img|em|del|code|script)\b/i);
    expect(shownText(table)).toContain('[x](javascript:alert(1))');

    const note = exportMarkdown(document, analysis, { include: { cost: true, issues: false, notes: true } });
    const withoutDiagram = note.replace(/```mermaid[\s\S]*?```/, '');
    const rendered = html(withoutDiagram);
    expect(rendered).not.toMatch(/<(a|img|del)\b/i);
    // Only the note's own two italic lines (the facts under the title, the footer) and the bold total.
    expect(rendered.match(/<em>/g)).toHaveLength(2);
    expect(rendered.match(/<strong>/g)).toHaveLength(2);
    expect(rendered.match(/<code\b/g) ?? []).toHaveLength(0);
    expect(shownText(rendered)).toContain('![t](http://x.example/pixel.png)');
  });
});
