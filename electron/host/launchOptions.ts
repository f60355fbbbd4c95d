import path from 'node:path';
import { parseArgs } from 'node:util';

export interface LaunchOptions {
  port: number;
  /** The folder created on first launch, always part of the workspace. */
  defaultWorkspace: string;
  /** Every workspace root: the default one first, then each `--workspace`, without repeats. */
  workspaces: string[];
  dataDir: string;
  rendererDir: string;
}

export const USAGE =
  'Usage: tsx electron/host/main.ts [--port N] [--workspace DIR]... [--data-dir DIR] [--renderer-dir DIR]';

export interface LaunchEnvironment {
  argv: string[];
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  cwd: string;
  /** Where the Vite build lands relative to the code (dist/renderer). */
  defaultRendererDir: string;
}

/**
 * Reads the command line and environment. Data folder: `--data-dir`, else `PIPEBOARD_DATA_DIR`, else
 * `$XDG_CONFIG_HOME/pipeboard`, else `~/.config/pipeboard`. Throws with a sentence on a bad flag.
 */
export function resolveLaunchOptions(launch: LaunchEnvironment): LaunchOptions {
  const { values } = parseArgs({
    args: launch.argv,
    options: {
      port: { type: 'string' },
      workspace: { type: 'string', multiple: true },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const absolute = (value: string) => path.resolve(launch.cwd, value);
  const defaultWorkspace = path.join(launch.home, 'Pipeboard');
  const workspaces = [...new Set([defaultWorkspace, ...(values.workspace ?? []).map(absolute)])];
  return {
    port: parsePort(values.port),
    defaultWorkspace,
    workspaces,
    dataDir: absolute(values['data-dir'] ?? defaultDataDir(launch)),
    rendererDir: absolute(values['renderer-dir'] ?? launch.defaultRendererDir),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new Error(`--port must be a number from 0 to 65535, not "${value}".`);
  return port;
}

function defaultDataDir({ env, home }: LaunchEnvironment): string {
  if (env.PIPEBOARD_DATA_DIR) return env.PIPEBOARD_DATA_DIR;
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'pipeboard');
  return path.join(home, '.config', 'pipeboard');
}
