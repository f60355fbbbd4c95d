import type { PipelineDocument } from './document';

/** Every node, edge, frame and note id in use (they share one namespace on the canvas). */
export function usedIds(doc: PipelineDocument): Set<string> {
  const ids = new Set<string>();
  for (const node of doc.nodes) ids.add(node.id);
  for (const edge of doc.edges) ids.add(edge.id);
  for (const group of doc.groups) ids.add(group.id);
  for (const note of doc.annotations) ids.add(note.id);
  return ids;
}

/** `base-1`, `base-2`, … the first not in `taken`; the result is added to `taken`. */
export function freshId(base: string, taken: Set<string>): string {
  for (let k = 1; ; k++) {
    const id = `${base}-${k}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}
