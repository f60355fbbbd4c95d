import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDocument } from '../../shared/format';
import { BridgeError } from '../../shared/ipc/wire';
import { createPlatformServices, type PlatformServices } from './platformServices';
import { createRecentFiles } from './recentFiles';
import { listFilesRecursively, makeTempDir, removeTempDir, sampleDocument } from './testSupport.testutil';

let base: string;
let root: string;
let dataDir: string;
let services: PlatformServices;
beforeEach(async () => {
  base = await makeTempDir();
  root = path.join(base, 'workspace');
  dataDir = path.join(base, 'data');
  await fs.mkdir(root);
  services = await createPlatformServices({ kind: 'browser', dataDir, roots: [root] });
});
afterEach(async () => {
  await removeTempDir(base);
});

describe('platform services in browser mode', () => {
  it('describes itself and has no native dialogs', async () => {
    expect(await services.info()).toEqual({ kind: 'browser', documentsFolder: root, platform: process.platform });
    expect(await services.pickOpenPath()).toBeNull();
    expect(await services.pickSavePath('a.pipeboard.json')).toBeNull();
  });

  it('saves and opens a design, and remembers it in the recent list', async () => {
    const file = path.join(root, 'a.pipeboard.json');
    const document = sampleDocument(3);
    const saved = await services.saveDocument({ path: file, document });
    expect(saved).toMatchObject({ ok: true, path: file });
    const opened = await services.openDocument(file);
    expect(opened).toMatchObject({ ok: true, path: file, document });
    expect(await services.fileModifiedAt(file)).toBe(opened.ok ? opened.mtimeMs : -1);
    expect(await services.fileModifiedAt(path.join(root, 'gone.pipeboard.json'))).toBeNull();
    expect(await services.recentFiles()).toMatchObject([{ path: file, name: 'a.pipeboard.json', exists: true }]);
    expect(await services.removeRecent(file)).toEqual([]);
  });

  it('refuses paths outside the workspace and writes nothing there', async () => {
    const escapes = [path.join(root, '..', 'escaped.pipeboard.json'), path.join(base, 'escaped.pipeboard.json'), '/tmp/escaped.pipeboard.json'];
    for (const target of escapes) {
      const reply = await services.call('saveDocument', [{ path: target, document: sampleDocument() }]);
      expect(reply).toMatchObject({ ok: false, code: 'outside-workspace' });
    }
    await expect(fs.stat('/tmp/escaped.pipeboard.json')).rejects.toThrow();
    // The root itself is a folder to write in, not a file: its parent must not even get a temp file.
    expect(await services.call('saveDocument', [{ path: root, document: sampleDocument() }])).toMatchObject({ code: 'outside-workspace' });
    expect(await services.call('autosave', [sampleDocument(), root])).toMatchObject({ code: 'outside-workspace' });
    expect(await listFilesRecursively(base)).toEqual([]);
    await expect(services.openDocument('/etc/passwd')).rejects.toMatchObject({ code: 'outside-workspace' });
    await expect(services.listDirectory(base)).rejects.toBeInstanceOf(BridgeError);
  });

  it('answers bad calls with typed errors, never by throwing', async () => {
    expect(await services.call('deleteEverything', [])).toMatchObject({ ok: false, code: 'unknown-method' });
    expect(await services.call('openDocument', [])).toMatchObject({ ok: false, code: 'invalid-argument' });
    expect(await services.call('openDocument', ['a\0b'])).toMatchObject({ ok: false, code: 'invalid-argument' });
    expect(await services.call('openDocument', 'not a list')).toMatchObject({ ok: false, code: 'invalid-argument' });
    expect(await services.call('openDocument', ['relative.pipeboard.json'])).toMatchObject({ ok: false, code: 'outside-workspace' });
    expect(await services.call('saveDocument', [{ path: path.join(root, 'a.pipeboard.json'), document: { nodes: [] } }])).toMatchObject({
      ok: false,
      code: 'invalid-argument',
    });
    expect(await services.call('setSettings', [{ theme: 'neon' }])).toMatchObject({ ok: false, code: 'invalid-argument' });
    expect(await services.call('listDirectory', [path.join(root, 'missing')])).toMatchObject({ ok: false, code: 'io' });
    expect(await listFilesRecursively(base)).toEqual([]);
  });

  it('reports a structurally sound but invalid design as an invalid save', async () => {
    const document = { ...sampleDocument(1), edges: [{ id: 'e', source: 'n0', target: 'nowhere' }] };
    const reply = await services.call('saveDocument', [{ path: path.join(root, 'a.pipeboard.json'), document }]);
    expect(reply).toMatchObject({ ok: true, value: { ok: false, reason: 'invalid' } });
    expect(await listFilesRecursively(base)).toEqual([]);
  });

  it('lists folders without a way out of the workspace', async () => {
    await fs.mkdir(path.join(root, 'designs'));
    await fs.writeFile(path.join(root, 'designs', 'a.pipeboard.json'), serializeDocument(sampleDocument()));
    await fs.symlink(base, path.join(root, 'designs', 'escape'));
    await fs.symlink(path.join(root, 'designs', 'a.pipeboard.json'), path.join(root, 'designs', 'alias.pipeboard.json'));

    const top = await services.listDirectory(root);
    expect(top.parent).toBeUndefined();
    expect(top.entries.map((entry) => entry.name)).toEqual(['designs']);
    const inner = await services.listDirectory(path.join(root, 'designs'));
    expect(inner.parent).toBe(root);
    expect(inner.entries.map((entry) => entry.name)).toEqual(['a.pipeboard.json', 'alias.pipeboard.json']);
  });

  it('hides recent files outside the workspace', async () => {
    await createRecentFiles(dataDir).add('/etc/elsewhere.pipeboard.json');
    expect(await services.recentFiles()).toEqual([]);
  });

  it('keeps settings and recovers an autosave in a new instance', async () => {
    expect(await services.setSettings({ theme: 'dark' })).toMatchObject({ theme: 'dark' });
    const document = sampleDocument(2, 'draft');
    await services.autosave(document, path.join(root, 'draft.pipeboard.json'));

    const restarted = await createPlatformServices({ kind: 'browser', dataDir, roots: [root] });
    expect(await restarted.getSettings()).toMatchObject({ theme: 'dark' });
    expect(await restarted.pendingRecovery()).toMatchObject({ document, path: path.join(root, 'draft.pipeboard.json') });
    await restarted.discardRecovery();
    expect(await restarted.pendingRecovery()).toBeNull();
  });

  it('accepts null for an absent autosave path (JSON turns undefined into null)', async () => {
    expect(await services.call('autosave', [sampleDocument(1), null])).toEqual({ ok: true, value: undefined });
    expect(await services.pendingRecovery()).not.toHaveProperty('path');
  });

  it('refuses an autosave of an invalid design', async () => {
    const document = { ...sampleDocument(1), nodes: [{ id: 'a', service: 'warp-drive', label: 'x', position: { x: 0, y: 0 }, params: {} }] };
    expect(await services.call('autosave', [document])).toMatchObject({ ok: false, code: 'invalid-argument' });
  });
});

describe('platform services in Electron mode', () => {
  it('accepts any absolute path when no roots are given, and still refuses relative ones', async () => {
    const electron = await createPlatformServices({ kind: 'electron', dataDir });
    const file = path.join(base, 'anywhere.pipeboard.json');
    expect(await electron.saveDocument({ path: file, document: sampleDocument() })).toMatchObject({ ok: true });
    expect(await electron.call('openDocument', ['relative.pipeboard.json'])).toMatchObject({ ok: false, code: 'outside-workspace' });
    expect((await electron.info()).kind).toBe('electron');
  });

  it('uses the native dialogs it is given', async () => {
    const electron = await createPlatformServices({
      kind: 'electron',
      dataDir,
      dialogs: { pickOpenPath: async () => '/picked.pipeboard.json', pickSavePath: async (name) => `/chosen/${name}` },
    });
    expect(await electron.pickOpenPath()).toBe('/picked.pipeboard.json');
    expect(await electron.pickSavePath('x.pipeboard.json')).toBe('/chosen/x.pipeboard.json');
  });

  it('browser mode without a workspace folder is a configuration error', async () => {
    await expect(createPlatformServices({ kind: 'browser', dataDir, roots: [] })).rejects.toThrow(/workspace/);
  });
});
