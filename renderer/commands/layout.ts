import type { PipelineDocument, Position } from '../../shared/model/document';
import type { Size } from '../canvas/flowNodes';
import { NODE_HEIGHT, NODE_WIDTH } from './editActions';

/**
 * Layered left-to-right layout with elkjs. The ELK bundle is large, so it is loaded on first use.
 * Returns the new top-left position of every node.
 */
export async function layoutPositions(doc: PipelineDocument, sizes: (id: string) => Size | undefined): Promise<Map<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = new Set(doc.nodes.map((n) => n.id));
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'SPLINES',
      'elk.spacing.nodeNode': '36',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.componentComponent': '60',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: doc.nodes.map((node) => {
      const size = sizes(node.id);
      return { id: node.id, width: size?.width ?? NODE_WIDTH, height: size?.height ?? NODE_HEIGHT };
    }),
    edges: doc.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  };
  const result = await elk.layout(graph);
  const positions = new Map<string, Position>();
  for (const child of result.children ?? []) {
    positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return positions;
}
