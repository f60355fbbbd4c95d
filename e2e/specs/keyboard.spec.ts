import type { Locator, Page } from '@playwright/test';
import { analyze } from '../../shared/analysis/analyze';
import { design } from '../../shared/model/builder';
import { dollars } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';

/** Presses Tab until `target` has focus (as a keyboard user would), at most `limit` times. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The same two nodes built with the engine's builder: the figures the app must show. */
const expected = (eventsPerSecond: number) => {
  const result = analyze(
    design({
    title: 'Untitled pipeline',
    nodes: [
      { id: 'src', service: 'source', params: { eventsPerSecond } },
      { id: 'fh', service: 'firehose' },
    ],
    flows: ['src>fh'],
    }),
  );
  return { rate: result.derived.edges['src-fh']!.label, total: dollars(result.cost.total) };
};

test('builds a two-node pipeline with the keyboard only', async ({ app }) => {
  const { page } = app;
  const { palette, canvas, inspector, cost } = app;
  const keyboard = page.keyboard;

  // Palette: Tab to the search box, type, Enter adds the first match at the view centre.
  await tabTo(page, palette.search);
  await keyboard.type('source');
  await expect(palette.items().first()).toHaveAccessibleName('Add Source');
  await keyboard.press('Enter');
  await expect(canvas.nodes).toHaveCount(1);
  await keyboard.press('Control+a');
  await keyboard.type('fire');
  await expect(palette.items().first()).toHaveAccessibleName('Add Firehose');
  await keyboard.press('Enter');
  await expect(canvas.nodes).toHaveCount(2);
  const [src, fh] = await canvas.nodeIds();
  await expect(canvas.node(src!)).toHaveAttribute('data-service', 'source');
  await expect(canvas.node(fh!)).toHaveAttribute('data-service', 'firehose');

  // Out of the text field, then `]` selects a node and `Shift+]` adds the next one.
  await keyboard.press('Tab');
  await expect(palette.search).not.toBeFocused();
  await keyboard.press(']');
  await expect(canvas.selectedNodes()).toHaveCount(1);
  await keyboard.press('Shift+]');
  await expect(canvas.selectedNodes()).toHaveCount(2);
  await expect(inspector.root).toContainText('2 nodes selected');

  // `C` connects the two selected nodes (in the direction the catalog allows).
  await keyboard.press('c');
  await expect(canvas.edges).toHaveCount(1);
  const [edge] = await canvas.edgeIds();
  await expect(canvas.edge(edge!)).toHaveAttribute('aria-label', 'Flow from Source to Firehose');
  const before = expected(100);
  await expect(canvas.edgeLabel(edge!)).toHaveText(before.rate);
  await cost.show();
  await expect(cost.total).toHaveText(before.total);

  // Select the source alone and edit its rate in the inspector, by keyboard.
  for (let i = 0; i < 3 && !(await canvas.node(src!).evaluate((el) => el.matches('.is-selected') && document.querySelectorAll('.service-node.is-selected').length === 1)); i++) {
    await keyboard.press(']');
  }
  await expect(canvas.selectedNodes()).toHaveCount(1);
  await expect(canvas.node(src!)).toHaveClass(/\bis-selected\b/);
  await expect(inspector.nodeForm).toBeVisible();
  const events = inspector.textbox(/^Events/);
  await tabTo(page, events);
  await keyboard.press('Control+a');
  await keyboard.type('2000');
  await expect(events).toHaveValue('2000');

  // The figures follow: the edge's rate, the Firehose headline, the total.
  const after = expected(2000);
  expect(after.rate).not.toBe(before.rate);
  expect(after.total).not.toBe(before.total);
  await expect(canvas.edgeLabel(edge!)).toHaveText(after.rate);
  await expect(cost.total).toHaveText(after.total);
  await expect(cost.tab).toHaveText(`Cost ${after.total}/mo`);
});

test('pasting nodes with invalid parameters drops them and says which', async ({ app }) => {
  const { page, canvas, inspector } = app;
  const text = JSON.stringify({
    'pipeboard/fragment': 1,
    nodes: [{ id: 'kds', service: 'kinesis-data-streams', label: 'Click stream', position: { x: 0, y: 0 }, params: { shards: -5, bogus: '1' } }],
    edges: [],
  });
  // A paste event carries its own data, so no clipboard permission is needed (as with Ctrl+V).
  await page.evaluate((clipboardText) => {
    const data = new DataTransfer();
    data.setData('text/plain', clipboardText);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);

  await expect(canvas.nodes).toHaveCount(1);
  await expect(app.toast('Pasted with 2 values dropped: Click stream shards (-5), bogus')).toBeVisible();
  // The pasted node is selected, with the default in place of the dropped value.
  await expect(inspector.nodeForm).toBeVisible();
  await expect(inspector.textbox(/^Shards/)).toHaveValue('1');
});
