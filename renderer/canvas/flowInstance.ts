import type { ReactFlowInstance } from '@xyflow/react';
import type { CanvasFlowNode } from './flowObjects';
import type { FlowEdge } from './flowEdges';

/** The canvas registers its React Flow instance here so commands can fit, zoom and find the centre. */
let instance: ReactFlowInstance<CanvasFlowNode, FlowEdge> | null = null;

export function setFlowInstance(next: ReactFlowInstance<CanvasFlowNode, FlowEdge> | null): void {
  instance = next;
}

export function getFlowInstance(): ReactFlowInstance<CanvasFlowNode, FlowEdge> | null {
  return instance;
}

/** The flow-coordinate point at the centre of the visible canvas. */
export function viewCentre(): { x: number; y: number } {
  const pane = document.querySelector('.react-flow');
  if (!instance || !pane) return { x: 0, y: 0 };
  const rect = pane.getBoundingClientRect();
  return instance.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}

/** Centres the view on some nodes. */
export function focusNodes(ids: readonly string[]): void {
  if (!instance || ids.length === 0) return;
  void instance.fitView({ nodes: ids.map((id) => ({ id })), duration: 250, maxZoom: 1, padding: 0.5 });
}
