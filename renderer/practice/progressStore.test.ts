import { describe, expect, it, vi } from 'vitest';
import type { AppSettings, PlatformBridge } from '../../shared/ipc/contract';

/** A bridge whose settings live in memory; records every patch, answering them slowly and out of order. */
function fakeBridge(initial: AppSettings) {
  let settings = initial;
  const patches: Partial<AppSettings>[] = [];
  let delay = 30;
  const bridge = {
    getSettings: async () => settings,
    setSettings: async (patch: Partial<AppSettings>) => {
      patches.push(patch);
      // Earlier writes take longer: a store that did not queue them would end with stale progress.
      await new Promise((resolve) => setTimeout(resolve, (delay = Math.max(0, delay - 10))));
      settings = { ...settings, ...patch };
      return settings;
    },
  } as unknown as PlatformBridge;
  return { bridge, patches, current: () => settings };
}

// Fresh modules per test (the store keeps its first read), talking to `bridge`.
async function freshStore(bridge: PlatformBridge) {
  vi.resetModules();
  (await import('../bridge/index')).setBridgeForTesting(bridge);
  return (await import('./progressStore')).useProgressStore;
}

describe('progress store', () => {
  it('loads the stored progress once and keeps the other settings when it records', async () => {
    const record = { answered: true, correct: false, lastAttemptAt: '2026-11-01T09:00:00.000Z', lastMode: 'answer' as const, attempts: 1, lastChoice: 'A' as const };
    const fake = fakeBridge({ reopenLastDocument: true, theme: 'dark', practice: { 'seed-q1': record } });
    const store = await freshStore(fake.bridge);
    await store.getState().load();
    expect(store.getState().progress).toEqual({ 'seed-q1': record });

    await store.getState().record('seed-q3', { mode: 'answer', correct: true, at: new Date('2026-11-03T10:00:00Z'), choice: 'B' });
    expect(fake.patches).toHaveLength(1);
    expect(Object.keys(fake.patches[0]!)).toEqual(['practice']);
    expect(fake.current().theme).toBe('dark');
    expect(fake.current().practice).toEqual({ 'seed-q1': record, 'seed-q3': expect.objectContaining({ correct: true, lastChoice: 'B', attempts: 1 }) });
  });

  it('writes one after another, so the last progress wins even when earlier writes are slower', async () => {
    const fake = fakeBridge({ reopenLastDocument: true, theme: 'system' });
    const store = await freshStore(fake.bridge);
    const at = new Date('2026-11-03T10:00:00Z');
    await Promise.all([
      store.getState().record('seed-q1', { mode: 'answer', correct: false, at, choice: 'A' }),
      store.getState().record('seed-q1', { mode: 'answer', correct: true, at, choice: 'C' }),
      store.getState().record('seed-q2', { mode: 'build', correct: true, at, verdict: 'pass' }),
    ]);
    expect(fake.current().practice?.['seed-q1']).toMatchObject({ correct: true, attempts: 2, lastChoice: 'C' });
    expect(Object.keys(fake.current().practice ?? {}).sort()).toEqual(['seed-q1', 'seed-q2']);
  });

  it('reset stores an empty record set', async () => {
    const fake = fakeBridge({ reopenLastDocument: true, theme: 'system' });
    const store = await freshStore(fake.bridge);
    await store.getState().record('seed-q1', { mode: 'answer', correct: true, at: new Date(), choice: 'C' });
    await store.getState().reset();
    expect(store.getState().progress).toEqual({});
    expect(fake.current().practice).toEqual({});
  });

  it('starts empty (and still answers) when the settings cannot be read', async () => {
    const store = await freshStore({ getSettings: () => Promise.reject(new Error('no host')) } as unknown as PlatformBridge);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ loaded: true, progress: {} });
  });
});
