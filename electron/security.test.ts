import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from './appOrigin';
import { APP_CSP } from './contentSecurityPolicy';
import { openAllowedExternal } from './openExternal';
// @ts-expect-error: a plain .mjs tool without type declarations
import { runElectronegativity } from './tools/electronegativity.mjs';

/**
 * The desktop security checklist: the scanner (electronegativity) with every remaining finding justified;
 * where the sensitive Electron calls may be made at all (by the syntax tree: one place each); the
 * openExternal gate and the CSP as running code, the CSP with the scanner's own evaluator.
 * What the app does with those calls (hardened window, denied navigation, windows, webviews and
 * permissions, app:// served from the build only, IPC refused from other frames) is checked on the
 * built bundle running against a fake Electron, in mainBundle.test.ts; the preload's exposed keys in
 * preloadBundle.test.ts.
 */

// The one module here that reaches Electron at run time (openExternal.ts): a shell that records.
const opened = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => ({ shell: { openExternal: async (url: string) => void opened.push(url) } }));

const electronDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(electronDir, '..');

/** The Electron shell's own sources: electron/*.ts and electron/services, hosts and tools aside. */
function shellSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'tools', 'bench', 'cli', 'assets', 'build-resources'].includes(entry.name)) walk(full);
      } else if (/\.ts$/.test(entry.name) && !/\.(test|testutil|bench)\.ts$/.test(entry.name)) {
        files.push(full);
      }
    }
  };
  walk(electronDir);
  return files;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function descendants(node: ts.Node): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (child: ts.Node) => {
    found.push(child);
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

/** Calls like `x.name(...)` (or `name(...)`). */
function callsOf(root: ts.Node, name: string): ts.CallExpression[] {
  return descendants(root).filter((node): node is ts.CallExpression => {
    if (!ts.isCallExpression(node)) return false;
    const callee = node.expression;
    return (ts.isPropertyAccessExpression(callee) && callee.name.text === name) || (ts.isIdentifier(callee) && callee.text === name);
  });
}

const text = (node: ts.Node) => node.getText();

const sources = shellSources().map(parse);
describe('electronegativity', () => {
  it('reports no finding on electron/ that is not justified, and parses every file', async () => {
    const report = await runElectronegativity();
    expect(report.checks).toBeGreaterThan(30);
    expect(report.parseErrors).toEqual([]);
    expect(report.unjustified).toEqual([]);
    expect(report.stale).toEqual([]);
  }, 120_000);
});

describe('where the sensitive Electron calls are made', () => {
  const newCalls = (name: string) =>
    sources.flatMap((source) => descendants(source).filter((node): node is ts.NewExpression => ts.isNewExpression(node) && text(node.expression) === name));
  const fileOf = (node: ts.Node) => path.relative(electronDir, node.getSourceFile().fileName);

  // The built app opens one window, hardened (mainBundle.test.ts); no other code may open another.
  it('a BrowserWindow is created in window.ts only, once', () => {
    expect(newCalls('BrowserWindow').map(fileOf)).toEqual(['window.ts']);
  });

  it('pages are loaded in window.ts only, never with loadFile, and always the app:// entry page', () => {
    expect(sources.flatMap((source) => callsOf(source, 'loadFile')).map(fileOf)).toEqual([]);
    const loads = sources.flatMap((source) => callsOf(source, 'loadURL'));
    expect(loads.length).toBeGreaterThan(0);
    // The first load and the reload after a crash: both name the one constant, whose value is checked here.
    expect(loads.map((call) => [fileOf(call), call.arguments.map(text).join(', ')])).toEqual(loads.map(() => ['window.ts', 'APP_ENTRY_URL']));
    expect(APP_ENTRY_URL).toBe('app://pipeboard/index.html');
  });

  it('shell.openExternal is called in openExternal.ts only', () => {
    const calls = sources.flatMap((source) => callsOf(source, 'openExternal').filter((call) => text(call.expression) === 'shell.openExternal'));
    expect(calls.map(fileOf)).toEqual(['openExternal.ts']);
  });

  it('only ipc.ts registers main-process IPC handlers', () => {
    const registrations = sources.flatMap((source) =>
      descendants(source).filter((node): node is ts.CallExpression => ts.isCallExpression(node) && /^ipcMain\.(handle|on|once|handleOnce)$/.test(text(node.expression))),
    );
    // The bridge methods' handle, the desktop messages' on, the desktop requests' handle.
    expect(registrations.map(fileOf)).toEqual(['ipc.ts', 'ipc.ts', 'ipc.ts']);
  });

  it('only preload.ts uses contextBridge', () => {
    expect(sources.flatMap((source) => callsOf(source, 'exposeInMainWorld')).map(fileOf)).toEqual(['preload.ts']);
  });
});

describe('openExternal', () => {
  it('hands only allow-listed https AWS pages to the system browser', async () => {
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);
    for (const url of ['https://evil.example/', 'http://docs.aws.amazon.com/sagemaker/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://docs.aws.amazon.com.evil.example/']) {
      expect(openAllowedExternal(url, log), url).toBe(false);
    }
    expect(openAllowedExternal('https://docs.aws.amazon.com/sagemaker/', log)).toBe(true);
    await vi.waitFor(() => expect(opened).toEqual(['https://docs.aws.amazon.com/sagemaker/']));
    expect(logged).toHaveLength(5);
  });
});

describe('app:// and the Content-Security-Policy', () => {
  const directives = new Map(
    APP_CSP.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('scripts only from the app itself: no inline, no eval, no remote origin', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('no directive names a remote origin, a wildcard or a network scheme', () => {
    const allowedSources = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    for (const [name, values] of directives) {
      for (const value of values) expect(allowedSources.has(value), `${name} ${value}`).toBe(true);
    }
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    for (const name of ['object-src', 'base-uri', 'frame-ancestors', 'form-action', 'frame-src']) expect(directives.get(name), name).toEqual(["'none'"]);
  });

  it('the scanner’s CSP evaluator finds nothing but the usual note on script-src self', () => {
    const require = createRequire(import.meta.url);
    const csp = require('@doyensec/csp-evaluator');
    const findings: { severity: number; directive: string; description: string }[] = new csp.CspEvaluator(
      new csp.CspParser(APP_CSP).csp,
      csp.Version.CSP3,
    ).evaluate();
    expect(findings.filter((finding) => finding.severity <= csp.severities.HIGH_MAYBE)).toEqual([]);
    // "'self' can be problematic if you host JSONP, Angular or user uploaded files": app:// serves only the build.
    expect(findings.map((finding) => `${finding.severity} ${finding.directive}`)).toEqual([`${csp.severities.MEDIUM_MAYBE} script-src`]);
  });

  it("the renderer's own meta CSP allows no inline or remote script either", () => {
    const html = readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8');
    // The page carries its own CSP too (vite.config.ts drops it only from the dev server): it must be there.
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer/index.html has a Content-Security-Policy meta tag').toBeDefined();
    const metaDirectives = new Map((meta ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }));
    expect(metaDirectives.get('script-src') ?? metaDirectives.get('default-src')).toEqual(["'self'"]);
    for (const [name, values] of metaDirectives) {
      for (const value of values) expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${value}`).toContain(value);
    }
  });
});
