import { describe, expect, it } from 'vitest';
import { catalog } from '../../shared/catalog/index';
import { isNeutralIcon } from '../../shared/catalog/neutralIcons';
import { iconsOf, iconSourceFor, loadIconTexts, pageIconSource, RAW_ICON_NAMES } from './iconTexts';
import { EXAMPLES } from '../../shared/scenarios/examples';

describe('icons for the exporter in the page', () => {
  it('has a loader for every AWS icon the catalog names, and no other', () => {
    const used = new Set(Object.values(catalog).map((service) => service.icon).filter((icon) => !isNeutralIcon(icon)));
    expect([...RAW_ICON_NAMES].sort()).toEqual([...used].sort());
  });

  it('loads only what a design uses, as SVG text', async () => {
    const q1 = EXAMPLES.find((entry) => entry.id === 'q1-answer')!.document;
    const names = iconsOf(q1);
    expect(names.length).toBeGreaterThan(2);
    const source = await iconSourceFor(q1);
    for (const name of names) expect(source(name)).toMatch(/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/);
    await loadIconTexts(['nope.svg', '../../etc/passwd']);
    expect(pageIconSource('nope.svg')).toBeUndefined();
  });
});
