/** Path helpers that work with both / and \ separators (the host may run on Windows). */

export function separatorOf(path: string): string {
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

export const FILE_SUFFIX = '.pipeboard.json';

/** "Fraud pipeline v2" → "fraud-pipeline-v2.pipeboard.json" */
export function suggestedFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'pipeline'}${FILE_SUFFIX}`;
}

export function withSuffix(name: string): string {
  return name.endsWith('.json') ? name : `${name}${FILE_SUFFIX}`;
}

/** The name the title bar shows: the file name without `.pipeboard.json`. */
export function displayNameOf(path: string): string {
  const name = basename(path);
  return name.endsWith(FILE_SUFFIX) ? name.slice(0, -FILE_SUFFIX.length) : name.replace(/\.json$/, '');
}
