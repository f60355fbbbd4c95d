import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { diffDocuments } from '../../shared/diff/diffDocuments';
import type { PipelineDocument } from '../../shared/model/document';
import { scenarioById } from '../../shared/scenarios/index';
import { dollars, engineTotal, writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import { ComparePage } from '../pages/ComparePage';
import { PracticePage } from '../pages/PracticePage';

const q1 = scenarioById('seed-q1')!;
const optionB = q1.options.find((o) => o.key === 'B')!.document;
const optionC = q1.options.find((o) => o.key === 'C')!.document;

test('compares two files: Q1 option B → C costs $105.97 → $112.05, +$6.08, with the changes highlighted and tabled', async ({ app, launched }) => {
  const fileB = path.join(launched.workspace, 'q1-option-b.pipeboard.json');
  const fileC = path.join(launched.workspace, 'q1-option-c.pipeboard.json');
  await writeDesign(fileB, optionB);
  await writeDesign(fileC, optionC);
  // The figures the screen must show, from the engine itself.
  const before = engineTotal(optionB);
  const after = engineTotal(optionC);
  expect([dollars(before), dollars(after), `+${dollars(after - before)}`]).toEqual(['$105.97', '$112.05', '+$6.08']);
  const diff = diffDocuments(optionB, optionC);

  const compare = new ComparePage(app.page);
  await app.chooseMenuItem('File', 'Compare…');
  await expect(compare.root).toBeVisible();
  // One picker after the other (the second opens as the first closes).
  const heading = app.fileDialog.root.getByRole('heading');
  await expect(heading).toHaveText('Compare: choose the first design');
  await app.fileDialog.waitForListing();
  await app.fileDialog.name.fill(fileB);
  await app.fileDialog.root.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(heading).toHaveText('Compare: choose the second design');
  await expect(compare.name('before')).toHaveText('q1-option-b');
  await app.fileDialog.waitForListing();
  await app.fileDialog.confirmWith(fileC, 'Open');
  await compare.waitForComparison();

  await expect(compare.name('before')).toHaveText('q1-option-b');
  await expect(compare.name('after')).toHaveText('q1-option-c');
  await expect(compare.slot('before')).toContainText(fileB);
  await expect(compare.totalBefore).toHaveText('$105.97');
  await expect(compare.totalAfter).toHaveText('$112.05');
  await expect(compare.totalDelta).toHaveText('+$6.08');
  await expect(compare.costTableDelta).toHaveText('+$6.08');

  // The drawings: removed nodes on the left, added ones on the right.
  expect(await compare.marked('before', 'removed')).toEqual(diff.removed.map((n) => n.id).sort());
  expect(await compare.marked('after', 'added')).toEqual(diff.added.map((n) => n.id).sort());
  expect(await compare.marked('after', 'removed')).toEqual([]);
  await expect(compare.diagram('before').getByRole('img')).toHaveAccessibleName(/^Before: q1-option-b\. 6 services: /);

  // The same, in a table for screen readers.
  expect(await compare.changeSubjects('removed')).toEqual(diff.removed.map((n) => n.label).sort());
  expect(await compare.changeSubjects('added')).toEqual(['Hospital feed']);
  await expect(compare.changeRows('added')).toContainText('Firehose');
  expect(await compare.changeSubjects('connected')).toEqual(['500 hospitals → Hospital feed', 'Hospital feed → Training data']);

  // Cost per node: every line the engine's diff lists, with its own difference.
  for (const line of diff.cost) {
    const row = compare.costRow(line.node);
    await expect(row).toContainText(line.label);
    await expect(row.locator('td').nth(0)).toHaveText(dollars(line.before));
    await expect(row.locator('td').nth(1)).toHaveText(dollars(line.after));
  }
  await expect(compare.costRow('fh').locator('td').nth(2)).toHaveText(`+${dollars(diff.cost.find((l) => l.node === 'fh')!.delta)}`);

  // Both issue lists: B's single-consumer warning is fixed in C, which has none.
  await expect(compare.issues('before').locator('[data-rule="kds-single-consumer"]')).toContainText('fixed');
  await expect(compare.issues('after')).toHaveText('No issues.');

  // Swapping sides turns the difference around.
  await compare.root.getByRole('button', { name: /Swap sides/ }).click();
  await expect(compare.totalDelta).toHaveText('-$6.08');
  await expect(compare.name('before')).toHaveText('q1-option-c');

  const results = await new AxeBuilder({ page: app.page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('compares the design in the editor with its saved version: a changed parameter shows amber on both sides', async ({ app, launched }) => {
  const file = path.join(launched.workspace, 'q1-answer.pipeboard.json');
  await writeDesign(file, optionC);
  await app.open(file);
  await expect(app.canvas.nodes).toHaveCount(optionC.nodes.length);

  await app.canvas.select('fh');
  await app.inspector.setNumber(/^Buffer interval/, 60);
  await expect(app.dirtyMark).toBeVisible();

  const compare = new ComparePage(app.page);
  await app.chooseMenuItem('File', 'Compare with saved version');
  await compare.waitForComparison();
  await expect(compare.name('before')).toHaveText('q1-answer (saved)');
  await expect(compare.name('after')).toHaveText('q1-answer (current)');
  expect(await compare.marked('before', 'changed')).toEqual(['fh']);
  expect(await compare.marked('after', 'changed')).toEqual(['fh']);
  await expect(compare.changeRows('changed')).toHaveCount(1);
  await expect(compare.changeRows('changed')).toContainText('Hospital feed');
  await expect(compare.changeRows('changed')).toContainText(/Buffer interval: 300 s → 60 s/);

  // Back to the editor: the design and its unsaved change are untouched.
  await new PracticePage(app.page).screenButton('Design').click();
  await expect(app.canvas.nodes).toHaveCount(optionC.nodes.length);
  await expect(app.dirtyMark).toBeVisible();
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('a comparison with every kind of change has no serious or critical axe violations', async ({ app, launched }) => {
    const fileA = path.join(launched.workspace, 'a.pipeboard.json');
    const fileC = path.join(launched.workspace, 'c.pipeboard.json');
    await writeDesign(fileA, q1.options.find((o) => o.key === 'A')!.document);
    await writeDesign(fileC, optionC);
    const compare = new ComparePage(app.page);
    await app.page.getByRole('group', { name: 'Screens' }).getByRole('button', { name: 'Compare', exact: true }).click();
    for (const [side, file] of [
      ['before', fileA],
      ['after', fileC],
    ] as const) {
      await compare.slot(side).getByRole('button', { name: 'Choose a file…' }).click();
      await app.fileDialog.waitForListing();
      await app.fileDialog.confirmWith(file, 'Open');
    }
    await compare.waitForComparison();
    await expect(compare.totalDelta).toHaveText(`-${dollars(engineTotal(q1.options.find((o) => o.key === 'A')!.document) - engineTotal(optionC))}`);
    expect(await compare.marked('before', 'changed')).not.toEqual([]);
    const results = await new AxeBuilder({ page: app.page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});

/** The same design drawn again by hand: ids like "firehose-1", nodes in another order, moved a little. */
function redrawnByHand(doc: PipelineDocument): PipelineDocument {
  const perService = new Map<string, number>();
  const ids = new Map<string, string>();
  for (const node of doc.nodes) {
    const k = (perService.get(node.service) ?? 0) + 1;
    perService.set(node.service, k);
    ids.set(node.id, `${node.service}-${k}`);
  }
  return {
    ...doc,
    nodes: [...doc.nodes].reverse().map((n) => ({ ...n, id: ids.get(n.id)!, position: { x: n.position.x + 20, y: n.position.y + 10 } })),
    edges: doc.edges.map((e, k) => ({ id: `e${k + 1}`, source: ids.get(e.source)!, target: ids.get(e.target)! })),
  };
}

test('a hand-drawn Q1 with other ids compares as no changes with the example, and its one real change is listed', async ({ app, launched }) => {
  const example = path.join(launched.workspace, 'q1-example.pipeboard.json');
  const handMade = path.join(launched.workspace, 'q1-by-hand.pipeboard.json');
  const handMadeTweaked = path.join(launched.workspace, 'q1-by-hand-60s.pipeboard.json');
  const byHand = redrawnByHand(optionC);
  await writeDesign(example, optionC);
  await writeDesign(handMade, byHand);
  await writeDesign(handMadeTweaked, { ...byHand, nodes: byHand.nodes.map((n) => (n.service === 'firehose' ? { ...n, params: { ...n.params, bufferSeconds: 60 } } : n)) });

  const compare = new ComparePage(app.page);
  await app.page.getByRole('group', { name: 'Screens' }).getByRole('button', { name: 'Compare', exact: true }).click();
  const choose = async (side: 'before' | 'after', file: string): Promise<void> => {
    await compare.slot(side).getByRole('button', { name: /^Choose (a|another) file…$/ }).click();
    await app.fileDialog.waitForListing();
    await app.fileDialog.confirmWith(file, 'Open');
  };
  await choose('before', example);
  await choose('after', handMade);
  await compare.waitForComparison();
  await expect(compare.name('after')).toHaveText('q1-by-hand');
  await expect(compare.root).toContainText('The two designs are the same');
  await expect(compare.totalDelta).toHaveText('$0.00');
  expect(await compare.marked('before', 'removed')).toEqual([]);
  expect(await compare.marked('after', 'added')).toEqual([]);

  await choose('after', handMadeTweaked);
  await expect(compare.name('after')).toHaveText('q1-by-hand-60s');
  await expect(compare.changeRows('changed')).toHaveCount(1);
  await expect(compare.changeRows('changed')).toContainText('Hospital feed');
  await expect(compare.changeRows('changed')).toContainText(/Buffer interval: 300 s → 60 s/);
  for (const kind of ['added', 'removed', 'connected', 'disconnected']) await expect(compare.changeRows(kind)).toHaveCount(0);
  expect(await compare.marked('before', 'changed')).toEqual(['fh']);
  expect(await compare.marked('after', 'changed')).toEqual(['firehose-1']);
});
