import type { PipelineDocument, PipelineNode } from '../model/document';

/**
 * Which node of `before` is which node of `after`, when ids may differ (a design re-drawn by hand, an
 * example saved again). Passes, each over the nodes still unmatched:
 *   1. same id and same service;
 *   2. same service and same label;
 *   3. same service and same neighbourhood (the services upstream and downstream);
 *   4. same id (the service was replaced).
 * Within a pass, candidates sharing a key pair up in reading order (top to bottom, left to right), so
 * the result is deterministic. Sorting keeps it O(n log n).
 */
export function matchNodes(before: PipelineDocument, after: PipelineDocument): Map<string, string> {
  const matched = new Map<string, string>();
  const takenAfter = new Set<string>();
  const afterById = new Map(after.nodes.map((n) => [n.id, n]));

  for (const node of before.nodes) {
    const twin = afterById.get(node.id);
    if (twin && twin.service === node.service) pair(node, twin);
  }
  const beforeHood = neighbourhoods(before);
  const afterHood = neighbourhoods(after);
  pairByKey((n) => `${n.service}\u0000${n.label.trim().toLowerCase()}`, (n) => `${n.service}\u0000${n.label.trim().toLowerCase()}`);
  pairByKey((n) => `${n.service}\u0000${beforeHood.get(n.id) ?? ''}`, (n) => `${n.service}\u0000${afterHood.get(n.id) ?? ''}`);
  for (const node of before.nodes) {
    if (matched.has(node.id) || takenAfter.has(node.id) || !afterById.has(node.id)) continue;
    pair(node, afterById.get(node.id)!);
  }
  return matched;

  function pair(b: PipelineNode, a: PipelineNode): void {
    matched.set(b.id, a.id);
    takenAfter.add(a.id);
  }

  function pairByKey(keyBefore: (n: PipelineNode) => string, keyAfter: (n: PipelineNode) => string): void {
    const waiting = new Map<string, PipelineNode[]>();
    for (const node of inReadingOrder(after.nodes.filter((n) => !takenAfter.has(n.id)))) {
      const key = keyAfter(node);
      const list = waiting.get(key);
      if (list) list.push(node);
      else waiting.set(key, [node]);
    }
    for (const node of inReadingOrder(before.nodes.filter((n) => !matched.has(n.id)))) {
      const twin = waiting.get(keyBefore(node))?.shift();
      if (twin) pair(node, twin);
    }
  }
}

function inReadingOrder(nodes: PipelineNode[]): PipelineNode[] {
  return [...nodes].sort((p, q) => p.position.y - q.position.y || p.position.x - q.position.x || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
}

/** Per node: "services upstream | services downstream", each sorted, e.g. "source|s3". */
function neighbourhoods(doc: PipelineDocument): Map<string, string> {
  const service = new Map(doc.nodes.map((n) => [n.id, n.service as string]));
  const upstream = new Map<string, string[]>();
  const downstream = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, id: string, value: string): void => {
    const list = map.get(id);
    if (list) list.push(value);
    else map.set(id, [value]);
  };
  for (const edge of doc.edges) {
    push(upstream, edge.target, service.get(edge.source) ?? '?');
    push(downstream, edge.source, service.get(edge.target) ?? '?');
  }
  const result = new Map<string, string>();
  for (const node of doc.nodes) {
    const up = (upstream.get(node.id) ?? []).sort().join(',');
    const down = (downstream.get(node.id) ?? []).sort().join(',');
    result.set(node.id, `${up}|${down}`);
  }
  return result;
}
