import { describeValue, isRecord } from './describeValue';
import { formatPath } from './paths';
import type { ProblemList } from './problemList';

/** Lists whose ids share one namespace (nodes, frames and notes are all objects on the canvas). */
type ListName = 'nodes' | 'edges' | 'groups' | 'annotations';

/**
 * Problems that span several objects: duplicate ids (of edges; of nodes, groups and annotations,
 * which share one namespace), and edges whose source or target names no node. Works on the raw lists
 * (each item may be anything), in linear time.
 */
export function checkReferences(file: Readonly<Record<string, unknown>>, list: ProblemList): void {
  const { edges } = file;
  const canvasIds = new Map<string, string>();
  firstIndexById(file.nodes, 'nodes', list, canvasIds);
  const nodeIds = new Set(canvasIds.keys());
  firstIndexById(edges, 'edges', list, new Map());
  firstIndexById(file.groups, 'groups', list, canvasIds);
  firstIndexById(file.annotations, 'annotations', list, canvasIds);
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

/** Records where each id is first used (as "nodes[3]") in `seen`; reports every later item that repeats an id. */
function firstIndexById(items: unknown, name: ListName, list: ProblemList, seen: Map<string, string>): void {
  if (!Array.isArray(items)) return;
  items.forEach((item: unknown, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const earlier = seen.get(item.id);
    if (earlier === undefined) {
      seen.set(item.id, `${name}[${index}]`);
      return;
    }
    const id = item.id;
    list.add(() => {
      const path = [name, index, 'id'];
      return { path, message: `${formatPath(path)} ${describeValue(id)} is already used by ${earlier}` };
    });
  });
}
