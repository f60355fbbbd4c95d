import { groupMembers } from '../../shared/model/groupMembers';
import type { PipelineDocument } from '../../shared/model/document';
import type { DocumentOp, NodeMove } from '../../shared/model/ops';

/**
 * The ops for one step of a drag that moves frames or notes (`objectMoves`, by id) and perhaps nodes
 * (`nodeMoves`). A moved frame carries its members itself (`moveGroup`), so a member dragged along in
 * the same selection is left to the frame rather than moved twice.
 */
export function objectMoveOps(doc: PipelineDocument, objectMoves: readonly NodeMove[], nodeMoves: readonly NodeMove[]): DocumentOp[] {
  const carried = new Set<string>();
  const movedGroups = new Set(objectMoves.map((m) => m.node));
  for (const group of doc.groups) {
    if (!movedGroups.has(group.id)) continue;
    const members = groupMembers(group, doc);
    for (const id of [...members.nodes, ...members.annotations, ...members.groups]) carried.add(id);
  }
  const groupIds = new Set(doc.groups.map((g) => g.id));
  const ops: DocumentOp[] = [];
  const nodes = nodeMoves.filter((m) => !carried.has(m.node));
  if (nodes.length > 0) ops.push({ op: 'moveNodes', moves: nodes });
  for (const move of objectMoves) {
    if (carried.has(move.node)) continue;
    ops.push(groupIds.has(move.node) ? { op: 'moveGroup', group: move.node, x: move.x, y: move.y } : { op: 'moveAnnotation', annotation: move.node, x: move.x, y: move.y });
  }
  return ops;
}
