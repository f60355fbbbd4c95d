import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errorCode } from './ioMessages';

/** A path the session may not touch, with the sentence to show for it. */
export class OutsideWorkspaceError extends Error {
  override readonly name = 'OutsideWorkspaceError';
}

export interface Workspace {
  /** The chosen folders, as real paths (symlinks resolved). */
  readonly roots: readonly string[];
  /**
   * The real path `requested` names, if it lies inside a root; otherwise OutsideWorkspaceError.
   * Callers must use the returned path, not `requested`: the check holds for that one.
   */
  resolve(requested: string): Promise<string>;
  contains(realPath: string): boolean;
}

/**
 * The folders the browser-mode user chose. Each requested path is made absolute and normalised
 * (`..` removed), then every part that exists is resolved with realpath, so neither `../` nor a
 * symlink can lead outside a root. The remaining, not-yet-existing parts cannot be links (a dangling
 * link is refused).
 *
 * This guards against requests from the browser, not against another local process racing to swap
 * a folder for a symlink between the check and the write.
 */
export async function createWorkspace(roots: readonly string[]): Promise<Workspace> {
  if (roots.length === 0) throw new Error('A workspace needs at least one folder.');
  const realRoots = await Promise.all(roots.map((root) => fs.realpath(path.resolve(root))));
  const contains = (realPath: string) => realRoots.some((root) => isInside(root, realPath));

  return {
    roots: realRoots,
    contains,
    resolve: async (requested) => {
      if (!path.isAbsolute(requested)) throw new OutsideWorkspaceError(`${requested} is not an absolute path.`);
      const real = await realpathOfExistingPart(path.resolve(requested));
      if (!contains(real)) {
        throw new OutsideWorkspaceError(`${requested} is outside the folders Pipeboard was given access to.`);
      }
      return real;
    },
  };
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** realpath of the longest existing prefix, with the missing tail appended unchanged. */
export async function realpathOfExistingPart(absolute: string): Promise<string> {
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      const real = await fs.realpath(existing);
      return missing.length === 0 ? real : path.join(real, ...missing.reverse());
    } catch (error) {
      const code = errorCode(error);
      const parent = path.dirname(existing);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing) {
        throw new OutsideWorkspaceError(`${absolute} cannot be checked: ${code ?? String(error)}.`);
      }
      if (await isSymlink(existing)) {
        throw new OutsideWorkspaceError(`${absolute} goes through a link to something that does not exist.`);
      }
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}

async function isSymlink(candidate: string): Promise<boolean> {
  try {
    return (await fs.lstat(candidate)).isSymbolicLink();
  } catch {
    return false;
  }
}
