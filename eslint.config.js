// ESLint (flat config): typescript-eslint's recommended rules plus the project's own boundaries.
// `npm run lint`; part of `npm test`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * `document` is the DOM's global. Code that names a PipelineDocument `document` hides it, and a later
 * `document.querySelector(…)` in that scope reads the design instead of the page. Every binding counts:
 * variables, parameters, destructured names, imports, functions, classes, catch clauses.
 */
const noDocumentBinding = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow declaring a binding named `document` (it hides the DOM global)' },
    messages: { hidden: 'A binding named `document` hides the DOM global `document`; name the design `design` or `doc`.' },
    schema: [],
  },
  create(context) {
    return {
      'Program:exit'(program) {
        for (const scope of context.sourceCode.scopeManager.scopes) {
          for (const variable of scope.variables) {
            if (variable.name !== 'document') continue;
            for (const definition of variable.defs) context.report({ node: definition.name ?? program, messageId: 'hidden' });
          }
        }
      },
    };
  },
};

/** Focused or skipped tests never reach the main branch: every test runs, every time. */
const TEST_MODIFIERS = 'only|skip|skipIf|runIf|fixme|todo';
const noFocusedOrSkippedTests = [
  {
    selector: `MemberExpression[object.name=/^(test|it|describe|suite|bench)$/][property.name=/^(${TEST_MODIFIERS})$/]`,
    message: 'No focused or skipped tests: remove .only/.skip (and friends) before committing.',
  },
  {
    selector: `MemberExpression[object.property.name=/^(describe|serial|parallel)$/][property.name=/^(${TEST_MODIFIERS})$/]`,
    message: 'No focused or skipped tests: remove .only/.skip (and friends) before committing.',
  },
];

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default defineConfig(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { pipeboard: { rules: { 'no-document-binding': noDocumentBinding } } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': ['error', ...noFocusedOrSkippedTests],
      // A `let` read (by a closure) before its one assignment cannot be a `const`: it would be in its TDZ.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  // Plain JavaScript (tools, launchers, the CLI shim) runs in Node; the UI benchmark's probe runs in the page.
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
  { files: ['e2e/bench/probe.js'], languageOptions: { sourceType: 'script', globals: globals.browser } },
  // The renderer and the end-to-end tests see the DOM: no binding may hide its `document`.
  { files: ['renderer/**/*.{ts,tsx}', 'e2e/**/*.ts'], rules: { 'pipeboard/no-document-binding': 'error' } },
  // shared/ is pure TypeScript: no DOM, no Node, no UI or Electron code.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'react', 'react-dom', 'zustand'].map((name) => ({ name, message: 'shared/ is pure TypeScript: no UI or Electron packages.' })),
        patterns: [
          { regex: '^(\\.\\./)+(renderer|electron|e2e)(/|$)', message: 'shared/ may not import renderer/, electron/ or e2e/ code.' },
          { regex: '^node:', message: 'shared/ runs in the browser too: no Node built-ins.' },
          { regex: `^(${nodeBuiltins.join('|')})(/|$)`, message: 'shared/ runs in the browser too: no Node built-ins.' },
          { regex: '^(react|react-dom|@xyflow|electron|zustand)/', message: 'shared/ is pure TypeScript: no UI or Electron packages.' },
        ],
      }],
    },
  },
  // The stores hold state; the panels display it. A store never reaches into a panel.
  {
    files: ['renderer/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)panels(/|$)', message: 'renderer/store may not import renderer/panels: move what both need to shared/ or the store.' }],
      }],
    },
  },
  // Ambient declarations of globals are written with `declare var`, the form TypeScript merges with its own.
  {
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
);
