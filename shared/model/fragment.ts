import { fitParams, type DroppedParam } from '../catalog/fitParams';
import type { PipelineDocument, PipelineEdge, PipelineNode } from './document';

/** Nodes and the edges between them, as copied to the clipboard or duplicated. */
export interface Fragment {
  nodes: PipelineNode[];
  edges: PipelineEdge[];
}

export function extractFragment(doc: PipelineDocument, nodeIds: readonly string[]): Fragment {
  const set = new Set(nodeIds);
  return {
    nodes: doc.nodes.filter((n) => set.has(n.id)),
    edges: doc.edges.filter((e) => set.has(e.source) && set.has(e.target)),
  };
}

/** A value a fragment's node had that its service does not accept. */
export interface DroppedFragmentParam extends DroppedParam {
  nodeLabel: string;
}

/**
 * What inserting `fragment` would drop: the same check a file's params go through, node by node
 * (`insertFragment` in `applyOps` fits the params the same way).
 */
export function droppedFragmentParams(fragment: Fragment): DroppedFragmentParam[] {
  return fragment.nodes.flatMap((node) => fitParams(node.service, node.params).dropped.map((drop) => ({ ...drop, nodeLabel: node.label })));
}
