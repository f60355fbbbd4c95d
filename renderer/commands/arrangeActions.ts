import { alignMoves, distributeMoves, type AlignEdge, type DistributeAxis, type NodeBox } from '../../shared/model/arrange';
import type { NodeMove } from '../../shared/model/ops';
import { getFlowInstance } from '../canvas/flowInstance';
import { useDocumentStore } from '../store/documentStore';
import { NODE_HEIGHT, NODE_WIDTH } from './editActions';

/** The selected nodes' boxes: document positions with the sizes the canvas measured. */
function selectedBoxes(): NodeBox[] {
  const { doc, selection } = useDocumentStore.getState();
  const selected = new Set(selection.nodes);
  const flow = getFlowInstance();
  return doc.nodes
    .filter((node) => selected.has(node.id))
    .map((node) => {
      const measured = flow?.getInternalNode(node.id)?.measured;
      return { node: node.id, x: node.position.x, y: node.position.y, width: measured?.width ?? NODE_WIDTH, height: measured?.height ?? NODE_HEIGHT };
    });
}

function commitMoves(moves: NodeMove[]): void {
  if (moves.length > 0) useDocumentStore.getState().commit([{ op: 'moveNodes', moves }]);
}

/** Lines the selected nodes up on one edge or centre line: one undo step. */
export function alignSelection(edge: AlignEdge): void {
  commitMoves(alignMoves(selectedBoxes(), edge));
}

/** Spaces the selected nodes evenly: one undo step. */
export function distributeSelection(axis: DistributeAxis): void {
  commitMoves(distributeMoves(selectedBoxes(), axis));
}
