import type { ElkNode } from 'elkjs/lib/elk-api';
import type { PipelineDocument, Position } from '../../shared/model/document';
import type { Point } from '../canvas/edgeRoute';
import type { Size } from '../canvas/flowNodes';
import { NODE_HEIGHT, NODE_WIDTH } from './editActions';

/** Where auto-layout puts every node (top-left) and how it routes every edge (orthogonal, ends included). */
export interface LayoutResult {
  positions: Map<string, Position>;
  routes: Map<string, Point[]>;
}

const outPort = (id: string) => `${id}\u0000out`;
const inPort = (id: string) => `${id}\u0000in`;

/**
 * Layered left-to-right layout with elkjs, edges routed orthogonally around the nodes. Each node has
 * one input port (middle of its left side) and one output port (middle of its right side), where the
 * canvas draws its handles, so the routes start and end at the handles. The ELK bundle is large, so
 * it is loaded on first use.
 */
export async function layoutPositions(doc: PipelineDocument, sizes: (id: string) => Size | undefined): Promise<LayoutResult> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = new Set(doc.nodes.map((n) => n.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '36',
      'elk.spacing.edgeNode': '24',
      'elk.spacing.edgeEdge': '12',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.layered.spacing.edgeNodeBetweenLayers': '24',
      'elk.spacing.componentComponent': '60',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: doc.nodes.map((node) => {
      const size = sizes(node.id);
      const width = size?.width ?? NODE_WIDTH;
      const height = size?.height ?? NODE_HEIGHT;
      return {
        id: node.id,
        width,
        height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [
          { id: inPort(node.id), x: 0, y: height / 2, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'WEST' } },
          { id: outPort(node.id), x: width, y: height / 2, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'EAST' } },
        ],
      };
    }),
    edges: doc.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((edge) => ({ id: edge.id, sources: [outPort(edge.source)], targets: [inPort(edge.target)] })),
  };
  const result = await elk.layout(graph);
  const positions = new Map<string, Position>();
  for (const child of result.children ?? []) positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  // Routes as ELK drew them; the canvas moves their ends onto the handles (`routeFor`).
  const routes = new Map<string, Point[]>();
  for (const edge of result.edges ?? []) {
    const section = edge.sections?.[0];
    if (section) routes.set(edge.id, [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y })));
  }
  return { positions, routes };
}
