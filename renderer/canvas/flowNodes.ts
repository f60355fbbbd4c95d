import type { Node } from '@xyflow/react';
import { catalog, type ServiceId } from '../../shared/catalog/index';
import type { PipelineNode } from '../../shared/model/document';

/**
 * What a node card needs from the document. Parameters are not here: the card shows the engine's
 * figures (read from the store), so a parameter edit leaves the React Flow node untouched and
 * React Flow has nothing to update.
 */
type FlowNodeData = { service: ServiceId; label: string };
export type FlowNode = Node<FlowNodeData, 'service'>;

export interface Size {
  width: number;
  height: number;
}

interface Entry {
  source: PipelineNode;
  selected: boolean;
  size: Size | undefined;
  flow: FlowNode;
}

/**
 * Turns document nodes into React Flow nodes, reusing the previous object for every node whose
 * label, service, position, selection and measured size are unchanged, so React Flow (and React)
 * skip it; when every node is reused, the previous array itself comes back.
 */
export class FlowNodeCache {
  private entries = new Map<string, Entry>();
  private last: FlowNode[] = [];

  build(nodes: readonly PipelineNode[], selected: ReadonlySet<string>, sizes: ReadonlyMap<string, Size>): FlowNode[] {
    const next = new Map<string, Entry>();
    const result: FlowNode[] = new Array(nodes.length);
    let reused = nodes.length === this.last.length;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as PipelineNode;
      const isSelected = selected.has(node.id);
      const size = sizes.get(node.id);
      let entry = this.entries.get(node.id);
      if (entry && entry.source !== node && sameCard(entry.source, node)) entry = { ...entry, source: node };
      if (!entry || entry.source !== node || entry.selected !== isSelected || entry.size !== size) {
        const data = entry?.flow.data;
        const flow: FlowNode = {
          id: node.id,
          type: 'service',
          position: node.position,
          // Same data object while the card's text is the same (a drag moves, it does not redraw).
          data: data && data.service === node.service && data.label === node.label ? data : { service: node.service, label: node.label },
          selected: isSelected,
          ariaLabel: `${node.label}, ${catalog[node.service].shortName}`,
        };
        if (size) flow.measured = size;
        entry = { source: node, selected: isSelected, size, flow };
      }
      next.set(node.id, entry);
      result[i] = entry.flow;
      if (reused && this.last[i] !== entry.flow) reused = false;
    }
    this.entries = next;
    if (reused) return this.last;
    this.last = result;
    return result;
  }
}

/** Same card on the canvas: only parameters (or nothing) differ. */
function sameCard(a: PipelineNode, b: PipelineNode): boolean {
  return a.id === b.id && a.service === b.service && a.label === b.label && a.position === b.position;
}
