import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Pipeboard designs are `<name>.pipeboard.json`. */
const DESIGN_SUFFIX = '.pipeboard.json';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * Filters for the native open and save dialogs. GTK and Windows match `*.pipeboard.json`; macOS
 * panels only know single extensions, so there the filter is `json` (the loader then refuses a JSON
 * file that is not a design, with its reasons).
 */
export function designFileFilters(platform: NodeJS.Platform): FileFilter[] {
  return [{ name: 'Pipeboard design', extensions: [platform === 'darwin' ? 'json' : 'pipeboard.json'] }];
}

/**
 * Filters for the open dialog: designs together with the SVG and PNG images Pipeboard exports (they
 * carry the design inside), then each kind alone.
 */
export function openFileFilters(platform: NodeJS.Platform): FileFilter[] {
  const design = designFileFilters(platform)[0]!;
  return [
    { name: 'Pipeboard design or exported image', extensions: [...design.extensions, 'svg', 'png'] },
    design,
    { name: 'Image exported by Pipeboard', extensions: ['svg', 'png'] },
  ];
}

/** `name` → `name.pipeboard.json`; `name.json` → `name.pipeboard.json`; a design path is kept. */
export function withDesignSuffix(filePath: string): string {
  if (filePath.toLowerCase().endsWith(DESIGN_SUFFIX)) return filePath;
  const withoutJson = filePath.toLowerCase().endsWith('.json') ? filePath.slice(0, -'.json'.length) : filePath;
  return `${withoutJson}${DESIGN_SUFFIX}`;
}

function isDesignFileName(filePath: string): boolean {
  return filePath.toLowerCase().endsWith(DESIGN_SUFFIX);
}

/** Exports the save dialog may be asked for (the suggested name's extension says which). */
const EXPORT_TYPES: Readonly<Record<string, string>> = {
  '.svg': 'SVG image',
  '.png': 'PNG image',
  '.pdf': 'PDF document',
  '.md': 'Markdown',
  '.csv': 'CSV table',
  '.txt': 'Text',
};

export interface SavePlan {
  /** The name the dialog proposes. */
  name: string;
  filters: FileFilter[];
  /** The chosen path with the type's extension ensured. */
  finish(chosen: string): string;
}

/**
 * What the save dialog offers for a suggested name: a design (the default, `.pipeboard.json`) or,
 * for a name ending in an export type (`.svg`, `.png`, `.pdf`, `.md`, `.csv`, `.txt`), that type.
 * Only the last part of the suggestion counts, so it cannot point the dialog at another folder.
 */
export function savePlanFor(suggestedName: string, platform: NodeJS.Platform): SavePlan {
  const base = suggestedName.split(/[\\/]/).pop()?.trim() || 'pipeline';
  const extension = path.extname(base).toLowerCase();
  const exportType = isDesignFileName(base) ? undefined : EXPORT_TYPES[extension];
  if (exportType === undefined) {
    return { name: withDesignSuffix(base), filters: designFileFilters(platform), finish: withDesignSuffix };
  }
  return {
    name: base,
    filters: [{ name: exportType, extensions: [extension.slice(1)] }],
    finish: (chosen) => (chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`),
  };
}

/**
 * The design a command line asks to open: the first argument, after the executable (and, when not
 * packaged, the app script), that is not a switch, ends in `.json`, and names an existing regular
 * file; relative paths are taken from `cwd`. Chromium and the OS add switches (`--allow-file-access`,
 * macOS `-psn_…`), which are skipped. Returns an absolute path, or null.
 */
export async function designFileFromArgv(
  argv: readonly string[],
  options: { cwd: string; isPackaged: boolean },
): Promise<string | null> {
  const candidates = argv.slice(options.isPackaged ? 1 : 2);
  for (const argument of candidates) {
    if (argument === '' || argument.startsWith('-') || argument.includes('\0')) continue;
    if (!argument.toLowerCase().endsWith('.json')) continue;
    const absolute = path.resolve(options.cwd, argument);
    const stats = await fs.stat(absolute).catch(() => undefined);
    if (stats?.isFile()) return absolute;
  }
  return null;
}
