import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPlatformServices } from '../services/platformServices';
import { resolveLaunchOptions, USAGE, type LaunchOptions } from './launchOptions';
import { createLocalHost, type LocalHost } from './localHost';

/**
 * Browser mode: `tsx electron/host/main.ts [--port N] [--workspace DIR]... [--data-dir DIR]
 * [--renderer-dir DIR]`. Prints exactly one line, the URL to open, on stdout; everything else goes to
 * stderr. Stops cleanly on SIGINT or SIGTERM.
 */

const here = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  let options: LaunchOptions;
  try {
    options = resolveLaunchOptions({
      argv: process.argv.slice(2),
      env: process.env,
      home: os.homedir(),
      cwd: process.cwd(),
      defaultRendererDir: path.resolve(here, '..', '..', 'dist', 'renderer'),
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }

  await fs.mkdir(options.defaultWorkspace, { recursive: true });
  await fs.mkdir(options.dataDir, { recursive: true });
  for (const workspace of options.workspaces) {
    const stats = await fs.stat(workspace).catch(() => undefined);
    if (!stats?.isDirectory()) throw new Error(`The workspace ${workspace} is not a folder.`);
  }
  const renderer = await fs.stat(path.join(options.rendererDir, 'index.html')).catch(() => undefined);
  if (!renderer) process.stderr.write(`No renderer build at ${options.rendererDir}; build it first (pages will be 404).\n`);

  // Signal handlers go in before the URL is printed: whoever reads that line may stop us at once.
  let host: LocalHost | undefined;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stderr.write(`${signal}: stopping.\n`);
    (host?.close() ?? Promise.resolve()).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const services = await createPlatformServices({
    kind: 'browser',
    dataDir: options.dataDir,
    roots: options.workspaces,
    log: (message) => process.stderr.write(`${message}\n`),
  });
  host = await createLocalHost({ rendererDir: options.rendererDir, services, port: options.port });
  if (!stopping) process.stdout.write(`Pipeboard (browser mode) at ${host.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
