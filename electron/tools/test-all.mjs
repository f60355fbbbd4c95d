// `npm test`: type checks, lint (ESLint), unused code (knip), unit and integration tests (vitest), the
// production build, the end-to-end suite in Debian's Chromium (Playwright), then one summary line of
// everything that ran. The Debian packages (Chromium, poppler-utils for the PDF tests) come first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSystemDeps } from './systemDeps.mjs';

const reports = mkdtempSync(join(tmpdir(), 'pipeboard-test-'));
const totals = { passed: 0, failed: 0 };
const failures = [];
/** Failed tests by name, repeated at the end so a log's last lines say what broke. */
const failedTests = [];
/** Terminal colour codes in the reporters' messages. */
const COLOUR_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failures.push(name);
  return ok;
}

const npx = (tool, ...args) => ['npx', ['--no-install', tool, ...args]];

ensureSystemDeps();

step('Type check: shared/ (no DOM, no Node)', ...npx('tsc', '-p', 'shared/tsconfig.json', '--noEmit'));
step('Type check: everything else', ...npx('tsc', '-p', 'tsconfig.json', '--noEmit'));
if (existsSync('renderer/tsconfig.json')) step('Type check: renderer', ...npx('tsc', '-p', 'renderer/tsconfig.json', '--noEmit'));

step('Lint (ESLint)', ...npx('eslint', '.'));
step('Unused code (knip)', ...npx('knip'));

const vitestReport = join(reports, 'vitest.json');
step('Unit and integration tests (vitest)', ...npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`));
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (report.numTotalTests - report.numPassedTests - report.numFailedTests - (report.numPendingTests ?? 0) - (report.numTodoTests ?? 0));
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failedTests.push(`vitest ${file.name.replace(process.cwd() + '/', '')} › ${test.fullName}: ${String(test.failureMessages?.[0] ?? '').replace(COLOUR_CODES, '').split('\n')[0].slice(0, 300)}`);
    }
  }
}

const hasE2e = existsSync('e2e/specs') && readdirSync('e2e/specs').some((file) => file.endsWith('.spec.ts'));
if (hasE2e) {
  if (step('Production build of the renderer', ...npx('vite', 'build', '--logLevel', 'warn'))) {
    const playwrightReport = join(reports, 'playwright.json');
    step('End-to-end tests in Chromium (Playwright)', ...npx('playwright', 'test', '--reporter=list,json'), { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
    if (existsSync(playwrightReport)) {
      const stats = JSON.parse(readFileSync(playwrightReport, 'utf8')).stats;
      totals.passed += stats.expected + stats.flaky;
      totals.failed += stats.unexpected;
      collectPlaywrightFailures(JSON.parse(readFileSync(playwrightReport, 'utf8')).suites ?? [], []);
    }
  }
}

function collectPlaywrightFailures(suites, titles) {
  for (const suite of suites) {
    const path = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected') {
          const error = (test.results?.at(-1)?.error?.message ?? '').replace(COLOUR_CODES, '');
          failedTests.push(`e2e ${[...path, spec.title].join(' › ')}: ${error.split('\n')[0].slice(0, 300)}`);
        }
      }
    }
    collectPlaywrightFailures(suite.suites ?? [], path);
  }
}

if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((line) => `  ✗ ${line}`).join('\n')}`);
if (failures.length) console.log(`\nFailed steps: ${failures.join('; ')}`);
if (failures.length && totals.failed === 0) totals.failed = failures.length;
console.log(`\npipeboard: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failures.length ? 1 : 0);
