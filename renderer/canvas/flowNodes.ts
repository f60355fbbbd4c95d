import type { Node } from '@xyflow/react';
import { catalog } from '../../shared/catalog/index';
import type { PipelineNode } from '../../shared/model/document';

export type FlowNodeData = { node: PipelineNode };
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
 * document object, selection and measured size are unchanged, so React Flow (and React) skip it.
 */
export class FlowNodeCache {
  private entries = new Map<string, Entry>();

  build(nodes: readonly PipelineNode[], selected: ReadonlySet<string>, sizes: ReadonlyMap<string, Size>): FlowNode[] {
    const next = new Map<string, Entry>();
    const result: FlowNode[] = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as PipelineNode;
      const isSelected = selected.has(node.id);
      const size = sizes.get(node.id);
      let entry = this.entries.get(node.id);
      if (!entry || entry.source !== node || entry.selected !== isSelected || entry.size !== size) {
        const flow: FlowNode = {
          id: node.id,
          type: 'service',
          position: node.position,
          data: entry && entry.source === node ? entry.flow.data : { node },
          selected: isSelected,
          ariaLabel: `${node.label}, ${catalog[node.service].shortName}`,
        };
        if (size) flow.measured = size;
        entry = { source: node, selected: isSelected, size, flow };
      }
      next.set(node.id, entry);
      result[i] = entry.flow;
    }
    this.entries = next;
    return result;
  }
}
