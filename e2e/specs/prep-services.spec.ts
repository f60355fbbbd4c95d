import { expect, test } from '../fixtures/test';

test('drags the Glue Data Catalog and Model Monitor from the palette: the crawler is priced, an unattached monitor is an error until it watches an endpoint', async ({ app }) => {
  const { palette, canvas, inspector, issues, cost } = app;

  // S3 → crawler and catalog → Athena: the least-effort way to query a lake.
  const lake = await canvas.dropFromPalette(palette.item('S3'), { x: 130, y: 110 });
  const catalog = await canvas.dropFromPalette(palette.item('Glue Data Catalog'), { x: 430, y: 110 });
  await inspector.setText('Label', 'Partner tables');
  const athena = await canvas.dropFromPalette(palette.item('Athena'), { x: 730, y: 110 });
  await canvas.connect(lake, catalog);
  await canvas.connect(catalog, athena);
  await expect(canvas.edges).toHaveCount(2);

  await cost.show();
  // Catalog defaults: 2 DPUs × 10 min × 30 crawls = 10 DPU-hours at $0.44; 10,000 objects and 100,000 requests are free.
  await expect(cost.node(catalog)).toContainText('2 DPUs × 10 min × 30 crawls × $0.44/DPU-hour');
  await expect(cost.node(catalog)).toContainText('$4.40');

  // A Model Monitor on its own watches nothing: the engine says so.
  const monitor = await canvas.dropFromPalette(palette.item('Model Monitor'), { x: 430, y: 330 });
  await issues.show();
  await expect(issues.issue('model-monitor-without-endpoint')).toBeVisible();
  await expect(issues.issue('model-monitor-without-endpoint')).toHaveAttribute('data-severity', 'error');
  await expect(canvas.node(monitor)).toHaveClass(/\bhas-error\b/);

  // Train a model on the lake, serve it, and let the monitor capture the endpoint's traffic.
  const train = await canvas.dropFromPalette(palette.item('SageMaker Training'), { x: 130, y: 330 });
  const endpoint = await canvas.dropFromPalette(palette.item('SageMaker Inference'), { x: 130, y: 520 });
  await canvas.connect(lake, train);
  await canvas.connect(train, endpoint);
  await canvas.connect(endpoint, monitor);
  await expect(issues.issue('model-monitor-without-endpoint')).toHaveCount(0);
  await expect(canvas.node(monitor)).not.toHaveClass(/\bhas-error\b/);

  // Hourly by default: 1 ml.m5.xlarge × 0.25 h × 730 runs × $0.23.
  await cost.show();
  await expect(cost.node(monitor)).toContainText('$41.98');
});
