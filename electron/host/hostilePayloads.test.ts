import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentWithInvalidNodes } from '../services/hostilePayloads.testutil';
import { listFilesRecursively } from '../services/testSupport.testutil';
import { startHostFixture, type HostFixture } from './hostFixture.testutil';

/** Issue #14, item 1, over real HTTP: a large invalid payload is a quick 400, and the host keeps answering. */

let fixture: HostFixture;
beforeEach(async () => {
  fixture = await startHostFixture();
});
afterEach(async () => {
  await fixture.close();
});

describe('the local host with hostile bridge payloads', () => {
  it('answers 50,000 invalid nodes with a 400 within a second, then serves the next call', async () => {
    const body = JSON.stringify({ args: [documentWithInvalidNodes(50_000)] });
    expect(body.length).toBeGreaterThan(300_000);
    const started = performance.now();
    const refused = await fixture.apiRaw('autosave', body);
    const elapsed = performance.now() - started;
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, code: 'invalid-argument' });
    expect(elapsed).toBeLessThan(1000);

    const next = await fixture.api('getSettings', []);
    expect(next.status).toBe(200);
    expect(await listFilesRecursively(fixture.workspace)).toEqual([]);
  });

  it('answers a 7 MB body of 800,000 invalid nodes with a 400 quickly, without exhausting memory', async () => {
    const nodes = Array.from({ length: 800_000 }, () => ({ id: 1 }));
    const body = JSON.stringify({ args: [{ ...documentWithInvalidNodes(0), nodes }] });
    expect(body.length).toBeGreaterThan(7_000_000);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const refused = await fixture.apiRaw('saveDocument', body);
    expect(refused.status).toBe(400);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(process.memoryUsage().rss - before).toBeLessThan(500 * 1024 * 1024);
    expect((await fixture.api('getSettings', [])).status).toBe(200);
  });
});
