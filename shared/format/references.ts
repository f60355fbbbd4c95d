import { describeValue, isRecord } from './describeValue';
import { formatPath, type PathProblem } from './paths';

/**
 * Problems that span several objects: duplicate node ids, duplicate edge ids, and edges whose
 * source or target names no node. Works on the raw lists (each item may be anything), in linear time.
 */
export function checkReferences(nodes: unknown, edges: unknown): PathProblem[] {
  const problems: PathProblem[] = [];
  const nodeIds = firstIndexById(nodes, 'nodes', problems);
  firstIndexById(edges, 'edges', problems);
  if (!Array.isArray(edges)) return problems;
  edges.forEach((edge: unknown, index) => {
    if (!isRecord(edge)) return;
    for (const end of ['source', 'target'] as const) {
      const id = edge[end];
      if (typeof id === 'string' && id !== '' && !nodeIds.has(id)) {
        const path = ['edges', index, end];
        problems.push({ path, message: `${formatPath(path)} ${describeValue(id)} is not the id of any node` });
      }
    }
  });
  return problems;
}

/** Index of the first item with each id; reports every later item that repeats an id. */
function firstIndexById(items: unknown, list: 'nodes' | 'edges', problems: PathProblem[]): Map<string, number> {
  const firstIndex = new Map<string, number>();
  if (!Array.isArray(items)) return firstIndex;
  items.forEach((item: unknown, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const earlier = firstIndex.get(item.id);
    if (earlier === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    const path = [list, index, 'id'];
    problems.push({
      path,
      message: `${formatPath(path)} ${describeValue(item.id)} is already used by ${list}[${earlier}]`,
    });
  });
  return firstIndex;
}
