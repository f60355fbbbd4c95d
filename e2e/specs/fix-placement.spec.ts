import path from 'node:path';
import { design } from '../../shared/model/builder';
import { canvasGeometry, overlappingNodes } from '../fixtures/canvasGeometry';
import { writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';

// A training job with no input, right of another node: "Add an S3 bucket as its input" used to put the
// bucket 240 px left of the job, on top of "Second feed".
const crowded = design({
  title: 'Crowded',
  nodes: [
    { id: 'src', service: 'source', label: 'Clicks', at: [0, 0] },
    { id: 'lake', service: 's3', label: 'Lake', at: [1, 0] },
    { id: 'src2', service: 'source', label: 'Second feed', at: [0, 1] },
    { id: 'train', service: 'sagemaker-training', label: 'Training', at: [1, 1] },
    { id: 'serve', service: 'dynamodb', label: 'Scores', at: [2, 1] },
  ],
  flows: ['src>lake', 'src2>lake', 'train>serve'],
});

test('a fix that adds a node puts it where it covers no other node', async ({ app, launched }) => {
  const file = path.join(launched.workspace, 'crowded.pipeboard.json');
  await writeDesign(file, crowded);
  await app.open(file);
  await expect(app.canvas.nodes).toHaveCount(5);

  await app.issues.show();
  await app.issues.applyFix('training-without-data', 'Add an S3 bucket as its input');
  await expect(app.canvas.nodes).toHaveCount(6);
  await expect(app.issues.issue('training-without-data')).toHaveCount(0);
  await expect(app.canvas.nodes.filter({ hasText: 'Training data' })).toHaveCount(1);

  await expect.poll(async () => overlappingNodes((await canvasGeometry(app.page)).nodes)).toEqual([]);
});
