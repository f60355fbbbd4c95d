import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/analyze';
import { exportSvg } from '../../shared/export/svg/exportSvg';
import { EXAMPLES } from '../../shared/scenarios/index';
import { sheetSvg } from '../../renderer/export/sheetPreview';
import { iconsOf, pageIconSource } from '../../renderer/export/iconTexts';
import { nodeIconSource } from './exporters/icons';

/**
 * The Export dialog draws its preview in the page with the pure SVG exporter and icons imported by
 * Vite (`?raw`); the exported file is made on the Node side from node_modules/aws-icons. They must be
 * the same sheet, byte for byte.
 */
describe('the preview in the page and the exported SVG', () => {
  it('are byte-identical for every example, in both themes', async () => {
    for (const example of EXAMPLES) {
      const analysis = analyze(example.document);
      for (const theme of ['light', 'dark'] as const) {
        const include = { cost: true, issues: theme === 'light', notes: true };
        const inPage = await sheetSvg(example.document, analysis, { theme, include });
        expect(inPage, `${example.id} ${theme}`).toBe(exportSvg(example.document, analysis, { theme, include, icons: nodeIconSource }));
      }
      for (const icon of iconsOf(example.document)) expect(pageIconSource(icon), icon).toBe(nodeIconSource(icon));
    }
  });
});
