import { fitParams, type DroppedParam } from '../catalog/fitParams';
import type { Annotation, CanvasGroup } from './canvasObjects';
import type { PipelineDocument, PipelineEdge, PipelineNode } from './document';

/** Nodes and the edges between them, and frames and notes, as copied to the clipboard or duplicated. */
export interface Fragment {
  nodes: PipelineNode[];
  edges: PipelineEdge[];
  groups?: CanvasGroup[];
  annotations?: Annotation[];
}

export function extractFragment(doc: PipelineDocument, nodeIds: readonly string[], objectIds: readonly string[] = []): Fragment {
  const set = new Set(nodeIds);
  const objects = new Set(objectIds);
  const fragment: Fragment = {
    nodes: doc.nodes.filter((n) => set.has(n.id)),
    edges: doc.edges.filter((e) => set.has(e.source) && set.has(e.target)),
  };
  if (objects.size === 0) return fragment;
  return { ...fragment, groups: doc.groups.filter((g) => objects.has(g.id)), annotations: doc.annotations.filter((a) => objects.has(a.id)) };
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
