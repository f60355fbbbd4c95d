import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRIDGE_METHODS } from '../../shared/ipc/channels';
import { deeplyNested, documentWithInvalidNodes } from './hostilePayloads.testutil';
import { createPlatformServices, type PlatformServices } from './platformServices';
import { listFilesRecursively, makeTempDir, removeTempDir } from './testSupport.testutil';

/** Issue #14, item 1: unbounded arrays in bridge arguments. `call` refuses them quickly and never rejects. */

let base: string;
let services: PlatformServices;

beforeEach(async () => {
  base = await makeTempDir('pipeboard-hostile-');
  services = await createPlatformServices({ kind: 'browser', dataDir: path.join(base, 'data'), roots: [base] });
});
afterEach(async () => {
  await removeTempDir(base);
});

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

describe('services.call with hostile payloads', () => {
  it('refuses 50,000 invalid nodes cleanly, in well under a second, for every method taking a document', async () => {
    const document = documentWithInvalidNodes(50_000);
    const target = path.join(base, 'a.pipeboard.json');
    const calls: [string, unknown[]][] = [
      ['autosave', [document]],
      ['saveDocument', [{ path: target, document }]],
      ['exportDesign', [{ path: path.join(base, 'a.pdf'), format: 'pdf', document, theme: 'light', include: { cost: true, issues: true, notes: true } }]],
    ];
    for (const [method, args] of calls) {
      const { value, ms } = await timed(() => services.call(method, args));
      expect(value, method).toMatchObject({ ok: false, code: 'invalid-argument' });
      expect(ms, method).toBeLessThan(1000);
    }
    expect(await listFilesRecursively(base)).toEqual([]);
  });

  it('refuses 20,000 invalid nodes (within the count limit) by the first bad one, without gathering every issue', async () => {
    const { value, ms } = await timed(() => services.call('autosave', [documentWithInvalidNodes(20_000)]));
    expect(value).toMatchObject({ ok: false, code: 'invalid-argument' });
    if (!value.ok) expect(value.error).toContain('nodes.0.id');
    expect(ms).toBeLessThan(1000);
  });

  it('refuses deep nesting, huge objects and too many values before zod sees them', async () => {
    const wide = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`k${index}`, index]));
    const many = Array.from({ length: 40 }, () => Array.from({ length: 50_000 }, () => 0));
    for (const args of [[deeplyNested(200_000)], [wide], many, [{ reopenLastDocument: true, theme: 'dark', exportChoices: wide }]]) {
      for (const method of BRIDGE_METHODS) {
        const { value, ms } = await timed(() => services.call(method, args));
        expect(value, method).toMatchObject({ ok: false, code: 'invalid-argument' });
        expect(ms, method).toBeLessThan(1000);
      }
    }
  });

  it('never rejects, even for a method name that is not a string', async () => {
    await expect(services.call(42 as unknown as string, [])).resolves.toMatchObject({ ok: false, code: 'unknown-method' });
    await expect(services.call('toString', [])).resolves.toMatchObject({ ok: false, code: 'unknown-method' });
  });
});
