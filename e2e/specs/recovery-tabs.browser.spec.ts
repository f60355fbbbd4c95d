import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { makeSandbox, startHost } from '../fixtures/browserLaunch';
import { copyHolding } from '../fixtures/recoveryCopies';
import { expect, test } from '../fixtures/test';
import { AppPage } from '../pages/AppPage';

/** Browser mode only: several tabs, and several hosts, in one browser. */

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

test("two tabs keep their own recovery copies: the second is not offered the first's work, and its save leaves it", async ({ app, launched }) => {
  await app.openExample(q1.title);
  await app.inspector.setText('Title', 'Tab A work');
  await expect.poll(() => copyHolding(launched.dataDir, 'Tab A work'), { timeout: 10_000 }).toBe(true);

  const tabB = new AppPage(await launched.openTab!(), launched);
  await tabB.waitUntilReady();
  await tabB.openExample(q1.title);
  await tabB.inspector.setText('Title', 'Tab B work');
  await expect.poll(() => copyHolding(launched.dataDir, 'Tab B work'), { timeout: 10_000 }).toBe(true);
  // Tab A is alive: tab B was not offered its work.
  await expect(tabB.recoveryBanner).toBeHidden();

  await tabB.saveAs(path.join(launched.workspace, 'b.pipeboard.json'));
  await expect.poll(() => copyHolding(launched.dataDir, 'Tab B work'), { timeout: 10_000 }).toBe(false);
  // Tab B's save (and the moments after it) did not take tab A's copy with it.
  await tabB.page.waitForTimeout(4_000);
  expect(await copyHolding(launched.dataDir, 'Tab A work')).toBe(true);

  // Tab A crashes: its work is offered back and recovered.
  const restarted = new AppPage(await launched.crashAndRestart(), launched);
  await restarted.waitUntilReady();
  await expect(restarted.recoveryBanner).toContainText('“Tab A work”');
  await restarted.recoveryBanner.getByRole('button', { name: 'Recover' }).click();
  await expect(restarted.documentName).toHaveText('Tab A work');
  await tabB.page.close();
});


test("a second Pipeboard on another port, and any other local server, never get the first one's token", async ({ app, launched }) => {
  const context = app.page.context();
  // Another local server on 127.0.0.1: it records every Cookie header it receives.
  const received: string[] = [];
  const recorder = createServer((request: IncomingMessage, response) => {
    received.push(request.headers.cookie ?? '');
    response.end('<!doctype html><title>other</title>');
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  const sandbox = await makeSandbox();
  const second = await startHost(sandbox);
  try {
    const other = await context.newPage();
    await other.goto(`http://127.0.0.1:${(recorder.address() as AddressInfo).port}/`);
    await other.goto(`http://127.0.0.1:${(recorder.address() as AddressInfo).port}/api/info`);

    const secondTab = new AppPage(await context.newPage(), launched);
    await secondTab.page.goto(second.url);
    await secondTab.waitUntilReady();

    // The first tab still works after the second host set its cookie: saving goes through.
    const file = path.join(launched.workspace, 'still-works.pipeboard.json');
    await app.openExample(q1.title);
    await app.saveAs(file);

    const cookies = await context.cookies();
    const firstToken = cookies.find((cookie) => cookie.name === `pipeboard-${new URL(launched.page.url()).port}`)?.value;
    expect(firstToken).toMatch(/^[0-9a-f]{64}$/);
    expect(received.length).toBeGreaterThanOrEqual(2);
    for (const header of received) expect(header).not.toContain(firstToken!);
    await other.close();
    await secondTab.page.close();
  } finally {
    await second.close();
    await new Promise((resolve) => recorder.close(resolve));
    await fs.rm(sandbox.root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  }
});
