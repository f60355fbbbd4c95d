import { catalog } from '../../shared/catalog/index';
import type { PipelineDocument } from '../../shared/model/document';

/** Something on the canvas the find bar can jump to, with the texts it is found by. */
export interface SearchItem {
  id: string;
  kind: 'node' | 'note';
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
