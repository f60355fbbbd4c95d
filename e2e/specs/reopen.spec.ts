import path from 'node:path';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { dollars, engineTotal, writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import { AppPage } from '../pages/AppPage';

const q3 = EXAMPLES.find((e) => e.id === 'q3-answer')!;

test('the last design reopens on start, and File → "Reopen last design on start" turns that off', async ({ app, launched }) => {
  const file = path.join(launched.workspace, 'fraud.pipeboard.json');
  await writeDesign(file, q3.document);
  await app.open(file);
  await expect(app.documentName).toHaveText('fraud');
  await expect(app.canvas.nodes).toHaveCount(q3.document.nodes.length);

  // A fresh start with nothing to recover opens the most recent design again, unmodified.
  const restarted = new AppPage(await launched.crashAndRestart(), launched);
  await restarted.waitUntilReady();
  await expect(restarted.documentName).toHaveText('fraud');
  await expect(restarted.canvas.nodes).toHaveCount(q3.document.nodes.length);
  await expect(restarted.dirtyMark).toBeHidden();
  await restarted.cost.show();
  await expect(restarted.cost.total).toHaveText(dollars(engineTotal(q3.document)));

  await restarted.chooseMenuItem('File', 'Reopen last design on start: on');
  await expect(restarted.toast('Pipeboard will start with a new design.')).toBeVisible();

  const again = new AppPage(await launched.crashAndRestart(), launched);
  await again.waitUntilReady();
  await expect(again.canvas.nodes).toHaveCount(0);
  await again.menuButton('File').click();
  await expect(again.menu('File').getByRole('menuitem', { name: 'Reopen last design on start: off' })).toBeVisible();
});
