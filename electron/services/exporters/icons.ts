import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IconSource } from '../../../shared/export/svg/icons';

const require = createRequire(import.meta.url);
const cache = new Map<string, string | undefined>();
let folder: string | undefined;

function iconFolder(): string {
  folder ??= path.join(path.dirname(require.resolve('aws-icons/package.json')), 'icons', 'architecture-service');
  return folder;
}

/** The official AWS icons from node_modules/aws-icons, read once each. Names are plain file names only. */
export const nodeIconSource: IconSource = (icon) => {
  if (cache.has(icon)) return cache.get(icon);
  let text: string | undefined;
  if (/^[A-Za-z0-9._-]+\.svg$/.test(icon)) {
    try {
      text = readFileSync(path.join(iconFolder(), icon), 'utf8');
    } catch {
      text = undefined;
    }
  }
  cache.set(icon, text);
  return text;
};
