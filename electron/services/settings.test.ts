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

  it('keeps Practice’s exam filter, and drops a stored one it does not know without losing the rest', async () => {
    expect(await createSettingsStore(dir).update({ practiceExam: 'MLA-C01' })).toEqual({ ...DEFAULT_APP_SETTINGS, practiceExam: 'MLA-C01' });
    expect((await createSettingsStore(dir).get()).practiceExam).toBe('MLA-C01');
    await fs.writeFile(path.join(dir, 'settings.json'), JSON.stringify({ reopenLastDocument: false, theme: 'dark', practiceExam: 'SAA-C03' }));
    expect(await createSettingsStore(dir).get()).toEqual({ reopenLastDocument: false, theme: 'dark' });
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

  describe('practice progress', () => {
    const record = { answered: true, correct: true, lastAttemptAt: '2026-11-03T10:15:00.000Z', lastMode: 'answer' as const, attempts: 2, lastChoice: 'C' as const };

    it('keeps per-scenario records across launches, beside the other settings', async () => {
      const store = createSettingsStore(dir);
      await store.update({ theme: 'dark' });
      const updated = await store.update({ practice: { 'seed-q1': record } });
      expect(updated).toEqual({ ...DEFAULT_APP_SETTINGS, theme: 'dark', practice: { 'seed-q1': record } });
      expect(await createSettingsStore(dir).get()).toEqual(updated);
    });

    it('a reset (an empty record set) replaces the records', async () => {
      const store = createSettingsStore(dir);
      await store.update({ practice: { 'seed-q1': record, 'seed-q3': { ...record, correct: false, lastMode: 'build', lastVerdict: 'fail' } } });
      expect((await store.update({ practice: {} })).practice).toEqual({});
      expect((await createSettingsStore(dir).get()).practice).toEqual({});
    });

    it('refuses a patch with a malformed record and keeps what was there', async () => {
      const store = createSettingsStore(dir);
      await store.update({ practice: { 'seed-q1': record } });
      for (const practice of [
        { 'seed-q2': { ...record, lastMode: 'guess' } },
        { 'seed-q2': { ...record, lastAttemptAt: 'yesterday' } },
        { 'seed-q2': { ...record, attempts: -1 } },
        { 'seed-q2': { ...record, extra: true } },
        { 'Not An Id': record },
      ]) {
        // @ts-expect-error: a patch from an untrusted caller
        expect((await store.update({ practice })).practice).toEqual({ 'seed-q1': record });
      }
    });

    it('a corrupt practice value reads as no progress and keeps the other settings', async () => {
      for (const practice of ['lots', [record], 42, null]) {
        await fs.writeFile(path.join(dir, 'settings.json'), JSON.stringify({ reopenLastDocument: false, theme: 'dark', practice }));
        expect(await createSettingsStore(dir).get()).toEqual({ reopenLastDocument: false, theme: 'dark' });
      }
    });

    it('drops only the records that do not validate, and fields a newer version added', async () => {
      const json = (value: unknown) => JSON.stringify(value);
      // Written as text: a `__proto__` key in an object literal would not reach the file.
      const text = `{"reopenLastDocument":true,"theme":"system","practice":{"seed-q1":${json({ ...record, confidence: 0.8 })},"seed-q2":${json({ ...record, correct: 'yes' })},"__proto__":${json(record)},"seed-q3":${json(record)}}}`;
      await fs.writeFile(path.join(dir, 'settings.json'), text);
      const settings = await createSettingsStore(dir).get();
      expect(settings.practice).toEqual({ 'seed-q1': record, 'seed-q3': record });
      expect(Object.getPrototypeOf(settings.practice)).toBe(Object.prototype);
    });
  });
});
