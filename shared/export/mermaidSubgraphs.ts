import { GROUP_KIND_LABELS } from '../model/canvasObjects';
import type { PipelineDocument } from '../model/document';
import { innermostGroups } from '../model/groupMembers';
import { mermaidText } from './mermaid';

/**
 * The design's frames as nested Mermaid `subgraph`s holding the (already declared) Mermaid ids of the
 * nodes inside them. `ids` maps node ids to their Mermaid ids.
 */
export function mermaidSubgraphs(document: Pick<PipelineDocument, 'nodes' | 'groups'>, ids: ReadonlyMap<string, string>): string[] {
  if (document.groups.length === 0) return [];
  const tree = innermostGroups(document);
  const groupIds = new Map(document.groups.map((group, index) => [group.id, `g${index}`]));
  const lines: string[] = [];
  const write = (parent: string | undefined, depth: number): void => {
    const indent = '  '.repeat(depth);
    for (const group of document.groups) {
      if (tree.groups.get(group.id) !== parent) continue;
      const title = [GROUP_KIND_LABELS[group.kind], group.label].map(mermaidText).filter((part) => part !== '');
      lines.push(`${indent}subgraph ${groupIds.get(group.id)!}["${[...new Set(title)].join(': ')}"]`);
      for (const node of document.nodes) if (tree.nodes.get(node.id) === group.id) lines.push(`${indent}  ${ids.get(node.id)!}`);
      write(group.id, depth + 1);
      lines.push(`${indent}end`);
    }
  };
  write(undefined, 1);
  return lines;
}
