import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateDocument } from '../../shared/format';
import { emptyDocument, type PipelineDocument } from '../../shared/model/document';

/** A fresh real folder under the OS temp dir, as a real path (macOS /tmp is a link). */
export async function makeTempDir(prefix = 'pipeboard-test-'): Promise<string> {
  return fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), prefix)));
}

export async function removeTempDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/**
 * A valid design with `nodeCount` nodes in a chain; `tag` goes in the title to tell versions apart.
 * It comes back from the format's validator, so parameter defaults are filled in as on disk.
 */
export function sampleDocument(nodeCount = 3, tag = 'sample'): PipelineDocument {
  const document = emptyDocument(`Design ${tag}`);
  for (let index = 0; index < nodeCount; index += 1) {
    document.nodes.push({
      id: `n${index}`,
      service: index % 2 === 0 ? 'lambda' : 's3',
      label: `Step ${index} ${tag}`,
      position: { x: index * 40, y: (index % 7) * 30 },
      params: {},
    });
    if (index > 0) document.edges.push({ id: `e${index}`, source: `n${index - 1}`, target: `n${index}` });
  }
  const checked = validateDocument(document);
  if (!checked.ok) throw new Error(`sampleDocument is invalid: ${checked.message}`);
  return checked.document;
}

/** Every file below `dir`, as paths relative to it, sorted. */
export async function listFilesRecursively(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
