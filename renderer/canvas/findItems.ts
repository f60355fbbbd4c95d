import { catalog } from '../../shared/catalog/index';
import { GROUP_KIND_LABELS, isGroupKind } from '../../shared/model/canvasObjects';
import { canvasTextEntries } from '../../shared/model/canvasText';
import type { PipelineDocument } from '../../shared/model/document';

/** Something on the canvas the find bar can jump to, with the texts it is found by. */
export interface SearchItem {
  id: string;
  /** A node card, or a frame or note (selected as a canvas object). */
  kind: 'node' | 'group' | 'annotation';
  /** What the find bar shows for a match ("Ingest (Amazon Kinesis Data Firehose)"). */
  title: string;
  texts: readonly string[];
}

/** Every node, found by its label, its service's names and its parameter values. */
export function nodeSearchItems(doc: PipelineDocument): SearchItem[] {
  return doc.nodes.map((node) => {
    const service = catalog[node.service];
    return {
      id: node.id,
      kind: 'node',
      title: `${node.label} (${service.name})`,
      texts: [node.label, service.name, service.shortName, ...Object.values(node.params).map(String)],
    };
  });
}

/** Frames by their label and kind, free text and sticky notes by their text, after the nodes. */
function canvasTextSearchItems(doc: Pick<PipelineDocument, 'groups' | 'annotations'>): SearchItem[] {
  return canvasTextEntries(doc).map((entry) => {
    const what = entry.kind === 'group' ? `${isGroupKind(entry.detail) ? GROUP_KIND_LABELS[entry.detail] : entry.detail} group` : entry.detail === 'sticky' ? 'sticky note' : 'text';
    const text = entry.text.trim() || '(empty)';
    return { id: entry.id, kind: entry.kind, title: `${text.length > 40 ? `${text.slice(0, 39)}…` : text} (${what})`, texts: [entry.text, entry.detail] };
  });
}

/** Everything Find on canvas can jump to: nodes, then frames and notes. */
export function canvasSearchItems(doc: PipelineDocument): SearchItem[] {
  return [...nodeSearchItems(doc), ...canvasTextSearchItems(doc)];
}

/** The items any of whose texts contains `query` (case- and accent-insensitive), in canvas order. */
export function findMatches(items: readonly SearchItem[], query: string): SearchItem[] {
  const wanted = fold(query.trim());
  if (!wanted) return [];
  return items.filter((item) => item.texts.some((text) => fold(text).includes(wanted)));
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase();
}
