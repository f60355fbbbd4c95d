import { analyze } from '../../shared/analysis/analyze';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { dollars } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';

test('New from example opens each example with the engine’s figures', async ({ app }) => {
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
  for (const example of EXAMPLES) {
    const result = analyze(example.document);
    await app.openExample(example.title);
    await expect(app.documentName).toHaveText(example.document.title);
    await expect(app.dirtyMark).toBeHidden();
    await expect(app.canvas.nodes).toHaveCount(example.document.nodes.length);
    await expect(app.canvas.edges).toHaveCount(example.document.edges.length);
    await expect(app.cost.tab).toHaveText(`Cost ${dollars(result.cost.total)}/mo`);
    await expect(app.issues.tab).toHaveText(new RegExp(`^Issues \\(${result.issues.length}\\)`));
    await app.cost.show();
    await expect(app.cost.total).toHaveText(dollars(result.cost.total));
    for (const node of example.document.nodes) {
      const amount = result.cost.byNode[node.id];
      if (amount) await expect(app.cost.node(node.id).locator('.cost__node-row td')).toHaveText(dollars(amount));
    }
    await app.issues.show();
    for (const issue of result.issues) await expect(app.issues.issue(issue.rule).first()).toBeVisible();
  }
});
