import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APP_CSP } from './contentSecurityPolicy';
// @ts-expect-error: a plain .mjs tool without type declarations
import { runElectronegativity } from './tools/electronegativity.mjs';

/**
 * The desktop security checklist, checked on the sources: the scanner (electronegativity) with every
 * remaining finding justified, then each item by reading the TypeScript syntax tree, then the CSP
 * with the scanner's own evaluator. mainBundle.test.ts checks the same items on the built bundle.
 */

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

/** `contents.on('event', handler)` handlers. */
function eventHandlers(root: ts.Node, event: string): ts.ArrowFunction[] {
  return callsOf(root, 'on')
    .filter((call) => ts.isStringLiteral(call.arguments[0] ?? ts.factory.createNull()) && (call.arguments[0] as ts.StringLiteral).text === event)
    .map((call) => call.arguments[1])
    .filter((handler): handler is ts.ArrowFunction => handler !== undefined && ts.isArrowFunction(handler));
}

function objectProperties(literal: ts.ObjectLiteralExpression): Map<string, ts.Expression> {
  const properties = new Map<string, ts.Expression>();
  for (const property of literal.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
      properties.set(property.name.text, property.initializer);
    }
  }
  return properties;
}

const isTrue = (node: ts.Node | undefined) => node?.kind === ts.SyntaxKind.TrueKeyword;
const isFalse = (node: ts.Node | undefined) => node?.kind === ts.SyntaxKind.FalseKeyword;
const text = (node: ts.Node) => node.getText();

const sources = shellSources().map(parse);
const sourceNamed = (name: string) => {
  const found = sources.find((source) => path.relative(electronDir, source.fileName) === name);
  if (!found) throw new Error(`No electron/${name}`);
  return found;
};

describe('electronegativity', () => {
  it('reports no finding on electron/ that is not justified, and parses every file', async () => {
    const report = await runElectronegativity();
    expect(report.checks).toBeGreaterThan(30);
    expect(report.parseErrors).toEqual([]);
    expect(report.unjustified).toEqual([]);
    expect(report.stale).toEqual([]);
  }, 120_000);
});

describe('BrowserWindow', () => {
  const windows = sources.flatMap((source) =>
    descendants(source).filter((node): node is ts.NewExpression => ts.isNewExpression(node) && text(node.expression) === 'BrowserWindow'),
  );

  it('is created in exactly one place', () => {
    expect(windows.map((node) => path.basename(node.getSourceFile().fileName))).toEqual(['window.ts']);
  });

  it('has the hardened webPreferences', () => {
    const options = windows[0]?.arguments?.[0];
    expect(options && ts.isObjectLiteralExpression(options)).toBe(true);
    const preferences = objectProperties(options as ts.ObjectLiteralExpression).get('webPreferences');
    expect(preferences && ts.isObjectLiteralExpression(preferences)).toBe(true);
    const values = objectProperties(preferences as ts.ObjectLiteralExpression);
    for (const name of ['contextIsolation', 'sandbox', 'webSecurity']) expect(isTrue(values.get(name)), name).toBe(true);
    for (const name of ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag', 'allowRunningInsecureContent', 'experimentalFeatures', 'navigateOnDragDrop']) {
      expect(isFalse(values.get(name)), name).toBe(true);
    }
    expect(values.has('enableBlinkFeatures')).toBe(false);
    expect(values.has('preload')).toBe(true);
  });

  it('no source anywhere weakens a webPreference', () => {
    const weak = /\b(contextIsolation|sandbox|webSecurity)\s*:\s*false\b|\b(nodeIntegration\w*|webviewTag|allowRunningInsecureContent|experimentalFeatures)\s*:\s*true\b/;
    for (const source of sources) expect(source.getFullText(), source.fileName).not.toMatch(weak);
  });

  it('loads only the app:// entry page, never a file or a remote URL', () => {
    const loads = sources.flatMap((source) => [...callsOf(source, 'loadURL'), ...callsOf(source, 'loadFile')]);
    expect(loads.length).toBeGreaterThan(0);
    for (const call of loads) {
      expect(text(call.expression)).toMatch(/\.loadURL$/);
      expect(text(call.arguments[0] as ts.Node)).toBe('APP_ENTRY_URL');
    }
  });
});

describe('navigation, new windows, webviews and permissions', () => {
  const windowSource = sourceNamed('window.ts');

  it('will-navigate always prevents the navigation', () => {
    const handlers = eventHandlers(windowSource, 'will-navigate');
    expect(handlers).toHaveLength(1);
    const body = (handlers[0] as ts.ArrowFunction).body as ts.Block;
    expect(text(body.statements[0] as ts.Node)).toBe('event.preventDefault();');
  });

  it('the window-open handler always denies', () => {
    const handlers = callsOf(windowSource, 'setWindowOpenHandler');
    expect(handlers).toHaveLength(1);
    const handler = (handlers[0] as ts.CallExpression).arguments[0] as ts.ArrowFunction;
    const returns = descendants(handler).filter(ts.isReturnStatement);
    expect(returns.length).toBeGreaterThan(0);
    for (const statement of returns) expect(text(statement.expression as ts.Node)).toBe("{ action: 'deny' }");
  });

  it('webviews are never attached', () => {
    const handlers = eventHandlers(windowSource, 'will-attach-webview');
    expect(handlers).toHaveLength(1);
    expect(text((handlers[0] as ts.ArrowFunction).body)).toContain('event.preventDefault()');
  });

  it('every permission request and check is denied', () => {
    const requests = callsOf(windowSource, 'setPermissionRequestHandler');
    expect(requests).toHaveLength(1);
    const requestHandler = (requests[0] as ts.CallExpression).arguments[0] as ts.ArrowFunction;
    const callbackCalls = callsOf(requestHandler, 'callback');
    expect(callbackCalls.map((call) => text(call))).toEqual(['callback(false)']);
    for (const name of ['setPermissionCheckHandler', 'setDevicePermissionHandler']) {
      const checks = callsOf(windowSource, name);
      expect(checks, name).toHaveLength(1);
      expect(text((checks[0] as ts.CallExpression).arguments[0] as ts.Node), name).toBe('() => false');
    }
  });

  it('main.ts guards every WebContents and hardens the default session', () => {
    const main = sourceNamed('main.ts');
    const created = eventHandlers(main, 'web-contents-created');
    expect(created).toHaveLength(1);
    expect(callsOf(created[0] as ts.Node, 'guardWebContents')).toHaveLength(1);
    expect(callsOf(main, 'hardenSession').map((call) => text(call.arguments[0] as ts.Node))).toEqual(['session.defaultSession']);
  });
});

describe('openExternal', () => {
  it('shell.openExternal is called in one place, only with a URL the allow-list returned', () => {
    const calls = sources.flatMap((source) => callsOf(source, 'openExternal').filter((call) => text(call.expression) === 'shell.openExternal'));
    expect(calls.map((call) => path.basename(call.getSourceFile().fileName))).toEqual(['openExternal.ts']);
    const source = sourceNamed('openExternal.ts');
    expect(text((calls[0] as ts.CallExpression).arguments[0] as ts.Node)).toBe('allowed');
    expect(source.getFullText()).toMatch(/const allowed = allowedExternalUrl\(url\);\s*if \(allowed === null\) \{/);
  });
});

describe('IPC', () => {
  const ipcSource = sourceNamed('ipc.ts');

  it('only ipc.ts registers main-process IPC handlers', () => {
    for (const source of sources) {
      const registrations = descendants(source).filter(
        (node) => ts.isCallExpression(node) && /^ipcMain\.(handle|on|once|handleOnce)$/.test(text(node.expression)),
      );
      if (path.basename(source.fileName) !== 'ipc.ts') expect(registrations, source.fileName).toEqual([]);
      // The bridge methods' handle, the desktop messages' on, the desktop requests' handle.
      else expect(registrations.length).toBe(3);
    }
  });

  it('every handler checks the sender before anything else, and the payload before acting', () => {
    const registrations = descendants(ipcSource).filter(
      (node): node is ts.CallExpression => ts.isCallExpression(node) && /^ipcMain\.(handle|on)$/.test(text(node.expression)),
    );
    for (const call of registrations) {
      const handler = call.arguments[1] as ts.ArrowFunction;
      const first = (handler.body as ts.Block).statements[0] as ts.Node;
      expect(text(first)).toMatch(/^if \(!trusted\(event, \w+\)\) return/);
    }
    const [handle, request] = registrations.filter((call) => text(call.expression) === 'ipcMain.handle') as ts.CallExpression[];
    expect(text(handle?.arguments[1] as ts.Node)).toContain('services.call(method, args)');
    expect(text(request?.arguments[1] as ts.Node)).toMatch(/schema\.safeParse\(args\)[\s\S]*if \(!parsed\.success\) return/);
    const on = registrations.find((call) => text(call.expression) === 'ipcMain.on') as ts.CallExpression;
    expect(text(on.arguments[1] as ts.Node)).toMatch(/schema\.safeParse\(args\)[\s\S]*if \(!parsed\.success\)/);
  });

  it('the preload exposes one object through contextBridge, and no raw ipcRenderer', () => {
    const preload = sourceNamed('preload.ts');
    const exposures = callsOf(preload, 'exposeInMainWorld');
    expect(exposures.map((call) => call.arguments.map(text).join(', '))).toEqual(["'pipeboard', api"]);
    const api = descendants(preload).find(
      (node): node is ts.VariableDeclaration => ts.isVariableDeclaration(node) && text(node.name) === 'api',
    );
    const members = objectProperties(api?.initializer as ts.ObjectLiteralExpression);
    for (const value of members.values()) expect(text(value)).not.toMatch(/^ipcRenderer\b/);
  });
});

describe('app:// and the Content-Security-Policy', () => {
  const directives = new Map(
    APP_CSP.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('the scheme is standard and secure and does not bypass the CSP', () => {
    const protocolSource = sourceNamed('protocol.ts');
    const registration = callsOf(protocolSource, 'registerSchemesAsPrivileged')[0];
    expect(text(registration as ts.Node)).toMatch(/standard: true, secure: true, supportFetchAPI: true, bypassCSP: false/);
    expect(protocolSource.getFullText()).not.toMatch(/corsEnabled|allowServiceWorkers|stream: true/);
  });

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
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    if (meta === undefined) return; // the app:// header applies alone
    const scriptSrc = /script-src ([^;]+)/.exec(meta)?.[1] ?? /default-src ([^;]+)/.exec(meta)?.[1] ?? '';
    expect(scriptSrc.trim().split(/\s+/)).toEqual(["'self'"]);
  });
});
