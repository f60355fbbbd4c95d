import { describe, expect, it } from 'vitest';
import { CONTEXT_MENUS, contextMenuLines } from './contextMenus';

describe('context menus', () => {
  it('are built from the command registry, with no leading, trailing or doubled separators', () => {
    for (const spec of Object.values(CONTEXT_MENUS)) {
      const lines = contextMenuLines(spec);
      expect(lines[0]?.kind).not.toBe('separator');
      expect(lines[lines.length - 1]?.kind).not.toBe('separator');
      lines.forEach((line, i) => i > 0 && line.kind === 'separator' && expect(lines[i - 1]!.kind).not.toBe('separator'));
    }
    const labels = contextMenuLines(['-', 'edit.delete', '-', '-', 'view.fit', '-']).map((line) => ('label' in line ? line.label : line.kind));
    expect(labels).toEqual(['Delete', 'separator', 'Fit view']);
  });
});
