import path from 'node:path';
import { createWorkspace, OutsideWorkspaceError } from './workspace';

/** Turns a path from the renderer into the one the services may use, or refuses it. */
export interface PathGuard {
  /** True when only paths inside the workspace roots are allowed (browser mode). */
  readonly restricted: boolean;
  /** The workspace roots as real paths; empty when unrestricted. */
  readonly roots: readonly string[];
  resolve(requested: string): Promise<string>;
  /** Like resolve, for a file about to be written: its folder must be inside a root too (temp files go there). */
  resolveFile(requested: string): Promise<string>;
  /** Whether `requested` would be allowed, without throwing. */
  allows(requested: string): Promise<boolean>;
}

/**
 * With roots, every path must resolve inside one of them (see workspace.ts). Without roots (Electron,
 * where paths come from native dialogs) a path only needs to be absolute.
 */
export async function createPathGuard(roots: readonly string[]): Promise<PathGuard> {
  const workspace = roots.length > 0 ? await createWorkspace(roots) : undefined;
  const resolve = async (requested: string): Promise<string> => {
    if (workspace) return workspace.resolve(requested);
    if (!path.isAbsolute(requested)) throw new OutsideWorkspaceError(`${requested} is not an absolute path.`);
    return path.resolve(requested);
  };
  const resolveFile = async (requested: string): Promise<string> => {
    const real = await resolve(requested);
    if (workspace && !workspace.contains(path.dirname(real))) {
      throw new OutsideWorkspaceError(`${requested} is a workspace folder itself, not a file in it.`);
    }
    return real;
  };
  return {
    restricted: workspace !== undefined,
    resolveFile,
    roots: workspace?.roots ?? [],
    resolve,
    allows: (requested) =>
      resolve(requested).then(
        () => true,
        () => false,
      ),
  };
}
