import { FORMAT_NAME, FORMAT_VERSION, type PipelineDocument } from '../model/document';

/** A record's defined entries sorted by key (code-unit order, the same on every machine). */
function sortedEntries<T>(record: Readonly<Record<string, T | undefined>>): Record<string, T> {
  const entries = Object.entries(record)
    .filter((entry): entry is [string, T] => entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // fromEntries defines own properties, so even a key like "__proto__" stays plain data.
  return Object.fromEntries(entries);
}

/**
 * The canonical text of a document: fixed key order, prices and params sorted by key, nodes, edges,
 * groups and annotations in document order (the last two only when there are some), 2-space indent, a trailing newline, absent optional values omitted.
 * The same document always gives the same text, so files diff cleanly. Fields the document type
 * does not have (e.g. view state a caller attached) are not written.
 */
export function serializeDocument(doc: PipelineDocument): string {
  const { needs, settings } = doc;
  const file = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title: doc.title,
    notes: doc.notes,
    needs: {
      kafkaEcosystem: needs.kafkaEcosystem,
      exactlyOnce: needs.exactlyOnce,
      replayHours: needs.replayHours,
      // Optional in the file (default false): written only when set, so older files save unchanged.
      ...(needs.requestTimeFeatures ? { requestTimeFeatures: true } : {}),
      ...(needs.leastOperationalOverhead ? { leastOperationalOverhead: true } : {}),
      ...(needs.budgetPerMonth === undefined ? {} : { budgetPerMonth: needs.budgetPerMonth }),
    },
    settings: {
      region: settings.region,
      hoursPerMonth: settings.hoursPerMonth,
      spotDiscount: settings.spotDiscount,
      prices: sortedEntries(settings.prices),
      // Written only when not the default, so designs drawn with curves keep their bytes.
      ...(settings.edgeStyle === 'orthogonal' ? { edgeStyle: settings.edgeStyle } : {}),
    },
    nodes: doc.nodes.map((node) => ({
      id: node.id,
      service: node.service,
      label: node.label,
      position: { x: node.position.x, y: node.position.y },
      params: sortedEntries(node.params),
    })),
    edges: doc.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
    // Written only when there are some, so a design without any stays as it was.
    ...(doc.groups.length === 0
      ? {}
      : {
          groups: doc.groups.map((group) => ({
            id: group.id,
            kind: group.kind,
            label: group.label,
            colour: group.colour,
            position: { x: group.position.x, y: group.position.y },
            size: { width: group.size.width, height: group.size.height },
          })),
        }),
    ...(doc.annotations.length === 0
      ? {}
      : {
          annotations: doc.annotations.map((note) => ({
            id: note.id,
            kind: note.kind,
            text: note.text,
            position: { x: note.position.x, y: note.position.y },
            size: { width: note.size.width, height: note.size.height },
          })),
        }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
