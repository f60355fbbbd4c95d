import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseDocument, serializeDocument } from '../../shared/format/index';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { readDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

/** What the user sees of a design: node ids, edge ids, and the parameter form of one node. */
async function snapshot(app: AppPage, nodeId: string) {
  await app.canvas.select(nodeId);
  const form = app.inspector.nodeForm;
  const fields = await form.locator('input, select').evaluateAll((elements) =>
    elements.map((el) => {
      const input = el as HTMLInputElement | HTMLSelectElement;
      const label = input.labels?.[0]?.textContent ?? input.id;
      return `${label}=${input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value}`;
    }),
  );
  await app.canvas.clickEmpty();
  await expect(app.inspector.documentForm).toBeVisible();
  return {
    title: await app.inspector.textbox('Title').inputValue(),
    nodes: (await app.canvas.nodeIds()).sort(),
    edges: (await app.canvas.edgeIds()).sort(),
    fields,
  };
}

test('saves through the file dialog as canonical JSON and reopens the same design', async ({ app, launched }) => {
  const { palette, canvas, inspector } = app;
  await app.openExample(q1.title);

  // Changes of every kind: a new node and edge, a parameter, a label, the title.
  const lambda = await canvas.dropFromPalette(palette.item('Lambda'), { x: 560, y: 380 });
  await inspector.setNumber(/^Memory/, 1024);
  await inspector.setText('Label', 'Notify ward');
  await canvas.connect('serve', lambda);
  await canvas.select('train');
  await inspector.setNumber(/^Deadline/, 96);
  await canvas.clickEmpty();
  await inspector.setText('Title', 'Readmission, saved');
  await expect(app.dirtyMark).toBeVisible();
  const built = await snapshot(app, 'train');
  const builtLambda = await snapshot(app, lambda);

  const file = path.join(launched.workspace, 'readmission.pipeboard.json');
  if (app.kind === 'browser') {
    // Save As: the in-app picker starts in the workspace; a name typed there lands there.
    await app.chooseMenuItem('File', /^Save As/);
    await expect(app.fileDialog.root).toBeVisible();
    await app.fileDialog.waitForListing();
    expect(await app.fileDialog.currentFolder()).toBe(launched.workspace);
    await expect(app.fileDialog.name).toHaveValue('readmission-saved.pipeboard.json');
    await app.fileDialog.confirmWith('readmission', 'Save');
  } else {
    await app.saveAs(file);
  }
  await app.waitForSaved(file);
  // A saved design is named after its file.
  await expect(app.documentName).toHaveText('readmission');
  await expect(app.page).toHaveTitle('readmission — Pipeboard');

  // On disk: canonical (what the saver writes for what the loader reads), 2-space indent, newline.
  const text = await fs.readFile(file, 'utf8');
  const parsed = parseDocument(text);
  expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems)).toBe(true);
  if (!parsed.ok) return;
  expect(text).toBe(serializeDocument(parsed.document));
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.split('\n')[1]).toBe('  "format": "pipeboard",');
  expect(text).not.toContain('\t');
  const saved = parsed.document;
  expect(saved.title).toBe('Readmission, saved');
  expect(saved.nodes.find((n) => n.id === 'train')?.params.deadlineHours).toBe(96);
  expect(saved.nodes.find((n) => n.id === lambda)).toMatchObject({ service: 'lambda', label: 'Notify ward', params: { memoryMb: 1024 } });
  expect(saved.edges.some((e) => e.source === 'serve' && e.target === lambda)).toBe(true);

  // Something else on screen, then File → Open… the file.
  await app.openExample(EXAMPLES[1]!.title);
  await expect(app.documentName).toHaveText(EXAMPLES[1]!.document.title);
  if (app.kind === 'browser') {
    // The picker lists the workspace; a click chooses the file, Open opens it.
    await app.chooseMenuItem('File', /^Open/);
    await app.fileDialog.waitForListing();
    await app.fileDialog.file('readmission.pipeboard.json').click();
    await expect(app.fileDialog.name).toHaveValue('readmission.pipeboard.json');
    await app.fileDialog.root.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(app.fileDialog.root).toBeHidden();
  } else {
    await app.open(file);
  }

  await expect(app.documentName).toHaveText('readmission');
  await expect(app.dirtyMark).toBeHidden();
  expect(await snapshot(app, 'train')).toEqual(built);
  expect(await snapshot(app, lambda)).toEqual(builtLambda);

  // Saving the reopened design unchanged writes the same bytes.
  await app.press('Control+s');
  await app.waitForSaved(file);
  expect(await fs.readFile(file, 'utf8')).toBe(text);
});

test('a malformed file shows its problems with their JSON paths and leaves the open design untouched', async ({ app, launched }) => {
  const { canvas, inspector } = app;
  const badParams = structuredClone(JSON.parse(serializeDocument(q1.document)));
  badParams.title = 'Bad parameters';
  badParams.nodes[1].params.bufferSeconds = 'fast';
  badParams.nodes[3].params.instanceCount = -2;
  const badParamsFile = path.join(launched.workspace, 'bad-params.pipeboard.json');
  await fs.writeFile(badParamsFile, `${JSON.stringify(badParams, null, 2)}\n`);
  const notJsonFile = path.join(launched.workspace, 'not-json.pipeboard.json');
  await fs.writeFile(notJsonFile, '{ "format": "pipeboard", "version": 1, nodes: [] }\n');

  // An open design with unsaved changes.
  await app.openExample(EXAMPLES[3]!.title);
  await inspector.setText('Title', 'Work in progress');
  await expect(app.dirtyMark).toBeVisible();
  const nodes = await canvas.nodeIds();
  const edges = await canvas.edgeIds();
  await app.cost.show();
  const total = (await app.cost.total.textContent())!;
  expect(total).toMatch(/^\$[\d,]+\.\d\d$/);

  const expectUntouched = async () => {
    await expect(app.documentName).toHaveText('Work in progress');
    await expect(app.dirtyMark).toBeVisible();
    expect(await canvas.nodeIds()).toEqual(nodes);
    expect(await canvas.edgeIds()).toEqual(edges);
    await expect(inspector.textbox('Title')).toHaveValue('Work in progress');
    await expect(app.cost.total).toHaveText(total);
  };

  for (const [file, title, problems] of [
    [
      badParamsFile,
      'This file is not a valid Pipeboard design: 2 problems.',
      [
        ['nodes[1].params.bufferSeconds', 'nodes[1].params.bufferSeconds must be a whole number from 60 to 900, got "fast"'],
        ['nodes[3].params.instanceCount', 'nodes[3].params.instanceCount must be a whole number from 1 to 1000, got -2'],
      ],
    ],
    [notJsonFile, 'This file is not valid JSON.', [['(file)', /^The file is not valid JSON at line 1, column 40: expected a field name in double quotes but found "n"$/]]],
  ] as const) {
    // Opening asks first (unsaved changes); even after "Discard changes" a failed load keeps them.
    await app.open(file, { discardChanges: true });
    const dialog = app.loadErrorDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('role', 'alertdialog');
    await expect(dialog).toContainText(title);
    await expect(dialog.locator('code.path')).toHaveText(file);
    const items = dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem');
    await expect(items).toHaveCount(problems.length);
    for (const [i, [jsonPath, message]] of problems.entries()) {
      await expect(items.nth(i).locator('.problems__path')).toHaveText(jsonPath);
      await expect(items.nth(i).locator('.problems__message')).toHaveText(message);
    }
    await expect(dialog).toContainText('The design you had open is unchanged.');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await expectUntouched();
  }

  // The files are as they were: the app never rewrites what it cannot read.
  expect(JSON.parse(await fs.readFile(badParamsFile, 'utf8'))).toEqual(badParams);
  await expect(readDesign(badParamsFile)).rejects.toThrow(/bufferSeconds/);
});
