import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles, RECENT_FILES_MAX } from './recentFiles';
import { makeTempDir, removeTempDir } from './testSupport.testutil';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('recent files', () => {
  it('lists the most recent first, without duplicates, and says which still exist', async () => {
    const recents = createRecentFiles(path.join(dir, 'data'));
    const a = path.join(dir, 'a.pipeboard.json');
    const b = path.join(dir, 'b.pipeboard.json');
    await fs.writeFile(a, '{}');
    await recents.add(a, new Date('2026-01-01T00:00:00Z'));
    await recents.add(b, new Date('2026-01-02T00:00:00Z'));
    await recents.add(a, new Date('2026-01-03T00:00:00Z'));
    expect(await recents.list()).toEqual([
      { path: a, name: 'a.pipeboard.json', openedAt: '2026-01-03T00:00:00.000Z', exists: true },
      { path: b, name: 'b.pipeboard.json', openedAt: '2026-01-02T00:00:00.000Z', exists: false },
    ]);
  });

  it(`keeps at most ${RECENT_FILES_MAX}`, async () => {
    const recents = createRecentFiles(dir);
    for (let index = 0; index < RECENT_FILES_MAX + 5; index += 1) await recents.add(path.join(dir, `${index}.pipeboard.json`));
    const listed = await recents.list();
    expect(listed).toHaveLength(RECENT_FILES_MAX);
    expect(listed[0]?.name).toBe(`${RECENT_FILES_MAX + 4}.pipeboard.json`);
  });

  it('removes an entry and returns the rest; persists across instances', async () => {
    const a = path.join(dir, 'a.pipeboard.json');
    const b = path.join(dir, 'b.pipeboard.json');
    await createRecentFiles(dir).add(a);
    await createRecentFiles(dir).add(b);
    const left = await createRecentFiles(dir).remove(b);
    expect(left.map((entry) => entry.path)).toEqual([a]);
    expect((await createRecentFiles(dir).list()).map((entry) => entry.path)).toEqual([a]);
  });

  it('concurrent adds all land', async () => {
    const recents = createRecentFiles(dir);
    await Promise.all([1, 2, 3, 4].map((index) => recents.add(path.join(dir, `${index}.pipeboard.json`))));
    expect((await recents.list()).map((entry) => entry.name).sort()).toEqual(
      ['1', '2', '3', '4'].map((index) => `${index}.pipeboard.json`),
    );
  });

  it('reads a corrupt or hand-edited list as empty or deduplicated', async () => {
    await fs.writeFile(path.join(dir, 'recent.json'), 'not json');
    expect(await createRecentFiles(dir).list()).toEqual([]);
    const entry = { path: '/x/a.pipeboard.json', openedAt: '2026-01-01T00:00:00.000Z' };
    await fs.writeFile(path.join(dir, 'recent.json'), JSON.stringify({ entries: [entry, entry] }));
    expect(await createRecentFiles(dir).list()).toHaveLength(1);
  });
});
