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
  });

  it('loads no name outside its table: unknown names, paths that reach real files, prototype keys', async () => {
    const hostile = [
      'nope.svg',
      '../../etc/passwd',
      // Real SVG files of the same package, one folder over or through the allowed one: a loader that
      // built a path from the name would find them.
      '../architecture-group/AWSCloud.svg',
      'AmazonBedrock.svg',
      'AWSLambda.svg/../AmazonBedrock.svg',
      './AWSLambda.svg',
      'AWSLambda.svg?raw',
      // Keys every object has: a lookup that is not an own-key check runs them as loaders.
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
    ];
    await expect(loadIconTexts(hostile)).resolves.toBeUndefined();
    for (const name of hostile) expect(pageIconSource(name), name).toBeUndefined();
    // The allowed name next to them still loads.
    await loadIconTexts([...hostile, 'AWSLambda.svg']);
    expect(pageIconSource('AWSLambda.svg')).toMatch(/<svg[\s>]/);
    for (const name of hostile) expect(pageIconSource(name), name).toBeUndefined();
  });
});
