import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { designFileFilters, designFileFromArgv, openFileFilters, savePlanFor, withDesignSuffix } from './designFiles';
import { makeTempDir, removeTempDir } from './services/testSupport.testutil';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('pipeboard-argv-');
  await fs.writeFile(path.join(dir, 'fraud.pipeboard.json'), '{}');
  await fs.writeFile(path.join(dir, 'plain.json'), '{}');
  await fs.mkdir(path.join(dir, 'folder.pipeboard.json'));
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('designFileFromArgv', () => {
  it('finds a design after the app script in development', async () => {
    const argv = ['/usr/bin/electron', 'dist/electron/main.js', path.join(dir, 'fraud.pipeboard.json')];
    expect(await designFileFromArgv(argv, { cwd: '/', isPackaged: false })).toBe(path.join(dir, 'fraud.pipeboard.json'));
  });

  it('finds a design right after the executable when packaged, resolving relative paths from cwd', async () => {
    const argv = ['/opt/Pipeboard/pipeboard', 'fraud.pipeboard.json'];
    expect(await designFileFromArgv(argv, { cwd: dir, isPackaged: true })).toBe(path.join(dir, 'fraud.pipeboard.json'));
  });

  it('skips switches Chromium and the OS add, and things that are not existing .json files', async () => {
    const argv = [
      '/opt/Pipeboard/pipeboard',
      '--allow-file-access-from-files',
      '-psn_0_12345',
      '--flag=x.pipeboard.json',
      'missing.pipeboard.json',
      'folder.pipeboard.json',
      'notes.txt',
      'plain.json',
    ];
    expect(await designFileFromArgv(argv, { cwd: dir, isPackaged: true })).toBe(path.join(dir, 'plain.json'));
  });

  it('answers null when nothing opens', async () => {
    expect(await designFileFromArgv(['/usr/bin/electron', 'dist/electron/main.js'], { cwd: dir, isPackaged: false })).toBeNull();
    expect(await designFileFromArgv(['/opt/Pipeboard/pipeboard', 'x\0.json'], { cwd: dir, isPackaged: true })).toBeNull();
    // Not packaged: argv[1] is the app script, never a design, even if it were named like one.
    expect(await designFileFromArgv(['electron', 'fraud.pipeboard.json'], { cwd: dir, isPackaged: false })).toBeNull();
  });
});

describe('dialog filters and names', () => {
  it('filters designs by their double extension, except on macOS', () => {
    expect(designFileFilters('linux')).toEqual([{ name: 'Pipeboard design', extensions: ['pipeboard.json'] }]);
    expect(designFileFilters('win32')).toEqual([{ name: 'Pipeboard design', extensions: ['pipeboard.json'] }]);
    expect(designFileFilters('darwin')).toEqual([{ name: 'Pipeboard design', extensions: ['json'] }]);
    // Open also offers the images Pipeboard exports, first together with designs.
    expect(openFileFilters('linux')[0]).toEqual({ name: 'Pipeboard design or exported image', extensions: ['pipeboard.json', 'svg', 'png'] });
    expect(openFileFilters('darwin').map((filter) => filter.extensions)).toEqual([['json', 'svg', 'png'], ['json'], ['svg', 'png']]);
  });

  it('gives design paths the .pipeboard.json suffix', () => {
    expect(withDesignSuffix('/a/fraud')).toBe('/a/fraud.pipeboard.json');
    expect(withDesignSuffix('/a/fraud.json')).toBe('/a/fraud.pipeboard.json');
    expect(withDesignSuffix('/a/fraud.pipeboard.json')).toBe('/a/fraud.pipeboard.json');
    expect(withDesignSuffix('/a/Fraud.PIPEBOARD.JSON')).toBe('/a/Fraud.PIPEBOARD.JSON');
  });

  it('plans a design save by default, an export save by extension', () => {
    const design = savePlanFor('fraud-pipeline.pipeboard.json', 'linux');
    expect(design.name).toBe('fraud-pipeline.pipeboard.json');
    expect(design.finish('/x/mine')).toBe('/x/mine.pipeboard.json');
    expect(savePlanFor('fraud', 'linux').name).toBe('fraud.pipeboard.json');

    const svg = savePlanFor('fraud.svg', 'linux');
    expect(svg).toMatchObject({ name: 'fraud.svg', filters: [{ name: 'SVG image', extensions: ['svg'] }] });
    expect(svg.finish('/x/diagram')).toBe('/x/diagram.svg');
    expect(svg.finish('/x/diagram.SVG')).toBe('/x/diagram.SVG');
    expect(savePlanFor('costs.csv', 'win32').filters[0]?.extensions).toEqual(['csv']);
  });

  it('keeps only the last part of a suggested name', () => {
    expect(savePlanFor('../../etc/passwd', 'linux').name).toBe('passwd.pipeboard.json');
    expect(savePlanFor('..\\..\\x.svg', 'win32').name).toBe('x.svg');
    expect(savePlanFor('a/', 'linux').name).toBe('pipeline.pipeboard.json');
  });
});
