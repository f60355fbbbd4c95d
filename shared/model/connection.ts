import { canConnect, connectionRefusal } from '../catalog/index';
import type { PipelineDocument, PipelineNode } from './document';

/**
 * Why `source → target` cannot be added, in a sentence for the user; undefined when it can. The
 * `connect` op skips exactly these cases, so the UI asks this first to say why nothing happened.
 */
export function connectionProblem(doc: PipelineDocument, sourceId: string, targetId: string): string | undefined {
  const source = doc.nodes.find((n) => n.id === sourceId);
  const target = doc.nodes.find((n) => n.id === targetId);
  return edgeProblem(source, target, () => doc.edges.some((e) => e.source === sourceId && e.target === targetId));
}

/** The rule behind `connectionProblem`, for callers that already have the nodes and an edge index. */
export function edgeProblem(source: PipelineNode | undefined, target: PipelineNode | undefined, exists: () => boolean): string | undefined {
  if (!source || !target) return 'Both nodes must exist.';
  if (source.id === target.id) return 'A node cannot feed itself.';
  if (!canConnect(source.service, target.service)) {
    return connectionRefusal(source.service, target.service) ?? 'These services cannot be connected.';
  }
  if (exists()) return `${source.label} already feeds ${target.label}.`;
  return undefined;
}

export type ConnectionDirection = { ok: true; source: string; target: string } | { ok: false; reason: string };

/**
 * The direction in which two nodes can be connected, trying `first → second` first. Gives the
 * refusal of the preferred direction when neither works.
 */
export function connectionDirection(doc: PipelineDocument, first: string, second: string): ConnectionDirection {
  const forward = connectionProblem(doc, first, second);
  if (forward === undefined) return { ok: true, source: first, target: second };
  if (connectionProblem(doc, second, first) === undefined) return { ok: true, source: second, target: first };
  return { ok: false, reason: forward };
}
