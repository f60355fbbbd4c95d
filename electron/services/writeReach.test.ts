import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHostFixture, type HostFixture } from '../host/hostFixture.testutil';
import { createPlatformServices, type PlatformServices } from './platformServices';
import { listFilesRecursively, makeTempDir, removeTempDir, sampleDocument } from './testSupport.testutil';

/** Issue #14, item 10: every write method writes only its own file types, never dotfiles or into dot folders. */

const include = { cost: true, issues: true, notes: true };
const exportRequest = (target: string, format: string) => ({ path: target, format, document: sampleDocument(2), theme: 'light', include });

let base: string;
let workspace: string;
let browser: PlatformServices;
let electron: PlatformServices;

beforeEach(async () => {
  base = await makeTempDir('pipeboard-reach-');
  workspace = path.join(base, 'workspace');
  await fs.mkdir(path.join(workspace, '.git', 'hooks'), { recursive: true });
  await fs.writeFile(path.join(workspace, 'script.sh'), 'echo original\n');
  browser = await createPlatformServices({ kind: 'browser', dataDir: path.join(base, 'data'), roots: [workspace] });
  electron = await createPlatformServices({ kind: 'electron', dataDir: path.join(base, 'data-electron') });
});
afterEach(async () => {
  await removeTempDir(base);
});

const filesNow = () => listFilesRecursively(workspace);

describe('write methods and the file types they exist for', () => {
  it('saveDocument writes design files only, and nothing dotted', async () => {
    const before = await filesNow();
    for (const services of [browser, electron]) {
      for (const name of ['notes.sh', 'design.pipeboard.json.sh', '.bashrc.pipeboard.json', '.pipeboard.json', '.git/hooks/pre-commit.pipeboard.json', 'design']) {
        const reply = await services.call('saveDocument', [{ path: path.join(workspace, name), document: sampleDocument(2) }]);
        expect(reply, `${services.kind} ${name}`).toMatchObject({ ok: false, code: 'outside-workspace' });
      }
    }
    expect(await filesNow()).toEqual(before);
    const saved = await browser.call('saveDocument', [{ path: path.join(workspace, 'design.pipeboard.json'), document: sampleDocument(2) }]);
    expect(saved).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('exportDesign writes the extension of its format only, and nothing dotted', async () => {
    const before = await filesNow();
    const refused: [string, string][] = [
      ['png', 'sheet.sh'],
      ['csv', 'sheet.png'],
      ['svg', '.git/hooks/post-checkout.svg'],
      ['md', '.hidden.md'],
      ['json', 'design.js'],
      ['pdf', '.config/sheet.pdf'],
    ];
    for (const services of [browser, electron]) {
      for (const [format, name] of refused) {
        const reply = await services.call('exportDesign', [exportRequest(path.join(workspace, name), format)]);
        expect(reply, `${services.kind} ${format} ${name}`).toMatchObject({ ok: false, code: 'outside-workspace' });
      }
    }
    expect(await filesNow()).toEqual(before);
    const note = await browser.call('exportDesign', [exportRequest(path.join(workspace, 'note.md'), 'md')]);
    expect(note).toMatchObject({ ok: true, value: { ok: true } });
    expect(await filesNow()).toEqual([...before, 'note.md', 'note.svg'].sort());
  });

  it('follows links before deciding: a design-named link to a script or into .git is refused', async () => {
    await fs.symlink(path.join(workspace, 'script.sh'), path.join(workspace, 'innocent.pipeboard.json'));
    await fs.symlink(path.join(workspace, '.git', 'hooks'), path.join(workspace, 'hooks'));
    for (const name of ['innocent.pipeboard.json', 'hooks/x.pipeboard.json']) {
      for (const services of [browser, electron]) {
        const reply = await services.call('saveDocument', [{ path: path.join(workspace, name), document: sampleDocument(2) }]);
        expect(reply, `${services.kind} ${name}`).toMatchObject({ ok: false, code: 'outside-workspace' });
      }
    }
    expect(await fs.readFile(path.join(workspace, 'script.sh'), 'utf8')).toBe('echo original\n');
    expect(await fs.readdir(path.join(workspace, '.git', 'hooks'))).toEqual([]);
  });
});

describe('write reach over the local host', () => {
  let fixture: HostFixture;
  beforeEach(async () => {
    fixture = await startHostFixture();
  });
  afterEach(async () => {
    await fixture.close();
  });

  it('answers 400 outside-workspace for dotted or wrongly typed targets, and writes nothing', async () => {
    const attempts: [string, unknown][] = [
      ['saveDocument', { path: path.join(fixture.workspace, '.profile.pipeboard.json'), document: sampleDocument(2) }],
      ['saveDocument', { path: path.join(fixture.workspace, 'run.sh'), document: sampleDocument(2) }],
      ['exportDesign', exportRequest(path.join(fixture.workspace, '.git', 'config.svg'), 'svg')],
      ['exportDesign', exportRequest(path.join(fixture.workspace, 'sheet.html'), 'svg')],
    ];
    for (const [method, request] of attempts) {
      const response = await fixture.api(method, [request]);
      expect(response.status, `${method} ${JSON.stringify(request).slice(0, 60)}`).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, code: 'outside-workspace' });
    }
    expect(await listFilesRecursively(fixture.workspace)).toEqual([]);
    const good = await fixture.api('exportDesign', [exportRequest(path.join(fixture.workspace, 'sheet.svg'), 'svg')]);
    expect(good.status).toBe(200);
    expect(await listFilesRecursively(fixture.workspace)).toEqual(['sheet.svg']);
  });
});
