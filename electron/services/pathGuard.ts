import path from 'node:path';
import { writeTargetProblem } from './writeTargets';
import { createWorkspace, isInside, OutsideWorkspaceError, realpathOfExistingPart } from './workspace';

/** Turns a path from the renderer into the one the services may use, or refuses it. */
export interface PathGuard {
  /** True when only paths inside the workspace roots are allowed (browser mode). */
  readonly restricted: boolean;
  /** The workspace roots as real paths; empty when unrestricted. */
  readonly roots: readonly string[];
  resolve(requested: string): Promise<string>;
  /** Like resolve, for a file about to be written: its folder must be inside a root too (temp files go there). */
  resolveFile(requested: string): Promise<string>;
  /**
   * Like resolveFile, for a write method: the name must end in one of `extensions`, and no part of
   * the path (below the workspace root) may start with a dot, neither as asked nor once links are
   * followed.
   */
  resolveWrite(requested: string, extensions: readonly string[]): Promise<string>;
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
  const resolveWrite = async (requested: string, extensions: readonly string[]): Promise<string> => {
    const real = await resolveFile(requested);
    const followed = await realpathOfExistingPart(real);
    for (const candidate of [path.resolve(requested), real, followed]) {
      const root = workspace?.roots.find((folder) => isInside(folder, candidate));
      const problem = writeTargetProblem(candidate, extensions, root);
      if (problem) throw new OutsideWorkspaceError(problem.replace(candidate, requested));
    }
    return real;
  };
  return {
    restricted: workspace !== undefined,
    resolveFile,
    resolveWrite,
    roots: workspace?.roots ?? [],
    resolve,
    allows: (requested) =>
      resolve(requested).then(
        () => true,
        () => false,
      ),
  };
}
