#!/usr/bin/env node
// The `pipeboard` command: runs the CLI bundle dist/cli/pipeboard.mjs, which `npm ci` builds (the
// `prepare` script). A bundle that is missing, or older than one of the sources it was built from
// (dist/cli/inputs.json), is rebuilt first with esbuild, saying so on stderr.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bundle = new URL('../../dist/cli/pipeboard.mjs', import.meta.url);
const inputsFile = new URL('../../dist/cli/inputs.json', import.meta.url);

/** Why the bundle must be (re)built, or undefined when it is up to date. */
function staleReason() {
  let builtAt;
  let inputs;
  try {
    builtAt = statSync(inputsFile).mtimeMs;
    statSync(bundle);
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return 'it has not been built';
  }
  for (const input of inputs) {
    const changedAt = statSync(repoRoot + input, { throwIfNoEntry: false })?.mtimeMs;
    if (changedAt === undefined || changedAt > builtAt) return `${input} changed since it was built`;
  }
  return undefined;
}

const reason = staleReason();
if (reason !== undefined) {
  let buildCli;
  try {
    ({ buildCli } = await import('../tools/build-cli.mjs'));
    await import('esbuild');
  } catch {
    process.stderr.write(`pipeboard: cannot build the command (${reason}) without esbuild; run \`npm ci\` (without --ignore-scripts), then \`npm run build:cli\` if needed.\n`);
    process.exit(2);
  }
  process.stderr.write(`pipeboard: building the command into dist/cli, because ${reason}…\n`);
  try {
    await buildCli({ quiet: true });
  } catch (error) {
    process.stderr.write(`pipeboard: the build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

const { runCli } = await import(bundle.href);
await runCli(process.argv, { fontsDir: fileURLToPath(new URL('../assets/fonts', import.meta.url)) });
