/** Path helpers that work with both / and \ separators (the host may run on Windows). */

function separatorOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

export function basename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

export function joinPath(dir: string, name: string): string {
  const sep = separatorOf(dir);
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

const FILE_SUFFIX = '.pipeboard.json';

/** "Fraud pipeline v2" → "fraud-pipeline-v2": a file name's stem from a design's title. */
export function titleSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'pipeline';
}

/** "Fraud pipeline v2" → "fraud-pipeline-v2.pipeboard.json" */
export function suggestedFileName(title: string): string {
  return `${titleSlug(title)}${FILE_SUFFIX}`;
}

/** The name with `suffix` (the design suffix unless given) unless it already ends so (`.json` counts for designs). */
export function withSuffix(name: string, suffix = FILE_SUFFIX): string {
  if (suffix === FILE_SUFFIX) return name.endsWith('.json') ? name : `${name}${FILE_SUFFIX}`;
  return name.toLowerCase().endsWith(suffix.toLowerCase()) ? name : `${name}${suffix}`;
}

/** Images Pipeboard exports with the design inside, which File → Open and drag-and-drop reopen. */
export const DESIGN_IMAGE_SUFFIXES = ['.svg', '.png'] as const;

/** `sheet.png` → `sheet`, for a design opened from an image (it has no design file yet). */
export function imageStem(name: string): string {
  return basename(name).replace(/\.(svg|png)$/i, '');
}

/** The name the title bar shows: the file name without `.pipeboard.json`. */
export function displayNameOf(path: string): string {
  const name = basename(path);
  return name.endsWith(FILE_SUFFIX) ? name.slice(0, -FILE_SUFFIX.length) : name.replace(/\.json$/, '');
}
