import { describeValue, isRecord } from './describeValue';
import { formatPath } from './paths';
import type { ProblemList } from './problemList';

/**
 * Problems that span several objects: duplicate node ids, duplicate edge ids, and edges whose
 * source or target names no node. Works on the raw lists (each item may be anything), in linear time.
 */
export function checkReferences(nodes: unknown, edges: unknown, list: ProblemList): void {
  const nodeIds = firstIndexById(nodes, 'nodes', list);
  firstIndexById(edges, 'edges', list);
  if (!Array.isArray(edges)) return;
  edges.forEach((edge: unknown, index) => {
    if (!isRecord(edge)) return;
    for (const end of ['source', 'target'] as const) {
      const id = edge[end];
      if (typeof id === 'string' && id !== '' && !nodeIds.has(id)) {
        list.add(() => {
          const path = ['edges', index, end];
          return { path, message: `${formatPath(path)} ${describeValue(id)} is not the id of any node` };
        });
      }
    }
  });
}

/** Index of the first item with each id; reports every later item that repeats an id. */
function firstIndexById(items: unknown, name: 'nodes' | 'edges', list: ProblemList): Map<string, number> {
  const firstIndex = new Map<string, number>();
  if (!Array.isArray(items)) return firstIndex;
  items.forEach((item: unknown, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const earlier = firstIndex.get(item.id);
    if (earlier === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    const id = item.id;
    list.add(() => {
      const path = [name, index, 'id'];
      return { path, message: `${formatPath(path)} ${describeValue(id)} is already used by ${name}[${earlier}]` };
    });
  });
  return firstIndex;
}
