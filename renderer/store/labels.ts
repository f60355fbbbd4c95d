import type { PipelineNode } from '../../shared/model/document';

const maps = new WeakMap<readonly PipelineNode[], Map<string, string>>();

/** Node id → label, memoised per nodes array, so components can look labels up cheaply. */
export function labelMap(nodes: readonly PipelineNode[]): Map<string, string> {
  let map = maps.get(nodes);
  if (!map) {
    map = new Map(nodes.map((n) => [n.id, n.label]));
    maps.set(nodes, map);
  }
  return map;
}

export function labelsOf(nodes: readonly PipelineNode[], ids: readonly string[]): string[] {
  const map = labelMap(nodes);
  return ids.map((id) => map.get(id) ?? id);
}
