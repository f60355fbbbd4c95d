import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_APP_SETTINGS } from './settings';
import { makeTempDir, removeTempDir } from './testSupport.testutil';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await createSettingsStore(dir).get()).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('applies a patch and keeps it for the next launch', async () => {
    const updated = await createSettingsStore(dir).update({ theme: 'dark', exportChoices: { scale: 2 } });
    expect(updated).toEqual({ ...DEFAULT_APP_SETTINGS, theme: 'dark', exportChoices: { scale: 2 } });
    expect(await createSettingsStore(dir).get()).toEqual(updated);
  });

  it.each([
    ['not JSON', '{"theme": '],
    ['a wrong type', JSON.stringify({ reopenLastDocument: 'yes', theme: 'dark' })],
    ['an unknown theme', JSON.stringify({ reopenLastDocument: false, theme: 'purple' })],
    ['an array', '[]'],
    ['empty', ''],
  ])('a corrupt file (%s) gives the defaults', async (_label, content) => {
    await fs.writeFile(path.join(dir, 'settings.json'), content);
    expect(await createSettingsStore(dir).get()).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('a settings path that is a folder gives the defaults, and an update still answers', async () => {
    await fs.mkdir(path.join(dir, 'settings.json'));
    const errors: unknown[] = [];
    const store = createSettingsStore(dir, { onWriteError: (error) => errors.push(error) });
    expect(await store.get()).toEqual(DEFAULT_APP_SETTINGS);
    expect(await store.update({ theme: 'light' })).toMatchObject({ theme: 'light' });
    expect(errors).toHaveLength(1);
  });

  it('ignores keys a newer version added, and a patch that is not valid', async () => {
    await fs.writeFile(path.join(dir, 'settings.json'), JSON.stringify({ reopenLastDocument: false, theme: 'light', future: 1 }));
    const store = createSettingsStore(dir);
    expect(await store.get()).toEqual({ reopenLastDocument: false, theme: 'light' });
    // @ts-expect-error: a patch from an untrusted caller
    expect(await store.update({ theme: 'neon' })).toEqual({ reopenLastDocument: false, theme: 'light' });
  });
});
