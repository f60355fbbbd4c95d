import { MarkerType, type Edge, type EdgeMarker } from '@xyflow/react';
import { catalog } from '../../shared/catalog/index';
import type { PipelineEdge, PipelineNode } from '../../shared/model/document';

export type FlowEdge = Edge<Record<string, never>, 'flow'>;

const ARROW: EdgeMarker = { type: MarkerType.ArrowClosed, width: 16, height: 16 };

interface Entry {
  source: PipelineEdge;
  selected: boolean;
  ariaLabel: string;
  flow: FlowEdge;
}

/** Document edges as React Flow edges, reusing unchanged objects (see FlowNodeCache). */
export class FlowEdgeCache {
  private entries = new Map<string, Entry>();
  private last: FlowEdge[] = [];

  build(edges: readonly PipelineEdge[], nodes: readonly PipelineNode[], selected: ReadonlySet<string>): FlowEdge[] {
    const labels = new Map<string, string>();
    // Orchestrators' edges run a step and carry no data: drawn dashed, and read as "runs".
    const orchestrators = new Set<string>();
    for (const node of nodes) {
      labels.set(node.id, node.label);
      if (catalog[node.service].emits.includes('control')) orchestrators.add(node.id);
    }
    const next = new Map<string, Entry>();
    const result: FlowEdge[] = new Array(edges.length);
    let reused = edges.length === this.last.length;
    for (let i = 0; i < edges.length; i++) {
      const edge = edges[i] as PipelineEdge;
      const isSelected = selected.has(edge.id);
      const control = orchestrators.has(edge.source);
      const from = labels.get(edge.source) ?? edge.source;
      const to = labels.get(edge.target) ?? edge.target;
      const ariaLabel = control ? `${from} runs ${to}` : `Flow from ${from} to ${to}`;
      let entry = this.entries.get(edge.id);
      if (!entry || entry.source !== edge || entry.selected !== isSelected || entry.ariaLabel !== ariaLabel) {
        entry = {
          source: edge,
          selected: isSelected,
          ariaLabel,
          flow: { id: edge.id, type: 'flow', source: edge.source, target: edge.target, selected: isSelected, markerEnd: ARROW, ariaLabel, ...(control ? { className: 'is-control' } : {}) },
        };
      }
      next.set(edge.id, entry);
      result[i] = entry.flow;
      if (reused && this.last[i] !== entry.flow) reused = false;
    }
    this.entries = next;
    // Nothing changed (a parameter edit): the same array, so React Flow does not redo its edges.
    if (reused) return this.last;
    this.last = result;
    return result;
  }
}
