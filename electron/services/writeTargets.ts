import path from 'node:path';
import type { ExportFormat } from '../../shared/ipc/contract';

/**
 * What each write method may write: its own file types only, and never a dotfile or anything in a
 * folder whose name starts with a dot (`.git`, `.ssh`, `.config`…), so a compromised renderer cannot
 * plant hooks, keys or shell start-up files however it names the target.
 */

/** Design files. The renderer treats any `.json` name as a design (renderer/commands/paths.ts). */
export const DESIGN_EXTENSIONS: readonly string[] = ['.pipeboard.json', '.json'];

export const EXPORT_FORMAT_EXTENSIONS: Readonly<Record<ExportFormat, readonly string[]>> = {
  svg: ['.svg'],
  png: ['.png'],
  pdf: ['.pdf'],
  md: ['.md'],
  csv: ['.csv'],
  json: ['.json'],
};

/**
 * Why `target` may not be written with one of `extensions`, or undefined when it may. `within` is the
 * workspace root the target lies in (segments above it are the user's choice); without one every
 * segment of the absolute path counts.
 */
export function writeTargetProblem(target: string, extensions: readonly string[], within?: string): string | undefined {
  const name = path.basename(target);
  const lower = name.toLowerCase();
  if (!extensions.some((extension) => lower.endsWith(extension) && lower.length > extension.length)) {
    return `${target} cannot be written: the name must end in ${extensions.join(' or ')}.`;
  }
  const relative = within === undefined ? target : path.relative(within, target);
  const hidden = relative.split(/[\\/]/).find((segment) => segment.startsWith('.'));
  if (hidden !== undefined) {
    return hidden === name
      ? `${target} cannot be written: Pipeboard does not write files whose names start with a dot.`
      : `${target} cannot be written: Pipeboard does not write inside folders whose names start with a dot (${hidden}).`;
  }
  return undefined;
}
