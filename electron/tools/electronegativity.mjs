// Runs @doyensec/electronegativity on the Electron sources (electron/, without tests, so test code
// cannot satisfy a check) and fails on any finding that electronegativity-justified.json does not
// justify (by check id and file), and on any file the scanner could not parse (it would go unscanned).
// Usage: node electron/tools/electronegativity.mjs [--json]
// Its release-list download is excluded; its translation look-up fails fast offline (1 s timeout).
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const JUSTIFIED = path.join(repoRoot, 'electron', 'tools', 'electronegativity-justified.json');

/** The files to scan: code and HTML under electron/, minus tests, test helpers and benchmarks. */
function isScanned(source) {
  if (source.split(path.sep).includes('node_modules')) return false;
  if (statSync(source).isDirectory()) return true;
  const name = path.basename(source);
  if (/\.(test|testutil|bench)\.[cm]?[jt]sx?$/.test(name)) return false;
  return /\.([cm]?[jt]sx?|html?)$/.test(name);
}

export async function runElectronegativity({ sourceDir = path.join(repoRoot, 'electron') } = {}) {
  const run = require('@doyensec/electronegativity');
  const staging = mkdtempSync(path.join(os.tmpdir(), 'pipeboard-electronegativity-'));
  const input = path.join(staging, 'electron');
  cpSync(sourceDir, input, { recursive: true, filter: isScanned });
  // The scanner prints progress and its network failures with console.log; keep them as notes.
  const notes = [];
  const original = { log: console.log, warn: console.warn };
  console.log = (...args) => notes.push(args.join(' '));
  console.warn = (...args) => notes.push(args.join(' '));
  let result;
  try {
    // The available-security-fixes check downloads Electron's release list from GitHub; the version is
    // pinned in package-lock.json and upgraded deliberately, so the scan stays offline and repeatable.
    result = await run({ input, isRelative: true, electronVersionOverride: electronVersion(), excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] });
  } finally {
    Object.assign(console, original);
    rmSync(staging, { recursive: true, force: true });
  }
  const justified = JSON.parse(readFileSync(JUSTIFIED, 'utf8'));
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file,
    line: issue.location?.line ?? 0,
    severity: issue.severity?.name ?? String(issue.severity?.value ?? ''),
    description: String(issue.description ?? '').replace(/\s+/g, ' ').trim(),
  }));
  const matches = (entry, finding) => entry.id === finding.id && (entry.file === undefined || entry.file === finding.file);
  const unjustified = findings.filter((finding) => !justified.some((entry) => matches(entry, finding)));
  const stale = justified.filter((entry) => !findings.some((finding) => matches(entry, finding)));
  const parseErrors = result.errors.filter((error) => !error.tolerable).map((error) => ({ file: path.relative(input, error.file), message: error.message }));
  return {
    checks: result.globalChecks + result.atomicChecks,
    findings,
    unjustified,
    justified: findings.length - unjustified.length,
    stale,
    parseErrors,
    notes,
  };
}

function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

function printReport(report) {
  const lines = [`electronegativity: ${report.checks} checks on electron/, ${report.findings.length} findings, ${report.justified} justified.`];
  for (const finding of report.unjustified) lines.push(`  UNJUSTIFIED ${finding.id} ${finding.file}:${finding.line} (${finding.severity}) ${finding.description}`);
  for (const error of report.parseErrors) lines.push(`  NOT SCANNED ${error.file}: ${error.message}`);
  for (const entry of report.stale) lines.push(`  note: the justification for ${entry.id} in ${entry.file ?? 'any file'} matches nothing now; remove it.`);
  console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runElectronegativity().then(
    (report) => {
      if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
      else printReport(report);
      process.exit(report.unjustified.length > 0 || report.parseErrors.length > 0 ? 1 : 0);
    },
    (error) => {
      console.error(`electronegativity could not run: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
