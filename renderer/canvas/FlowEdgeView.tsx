import { memo, useCallback, useEffect, useLayoutEffect } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, getSmoothStepPath, useInternalNode, useStore, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { analysisOf, countsFor, issueIndex } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { backwardRoute, detourLane, estimatedLabelSizes, isBackward, placeLabel, polylineMidpoint, roundedPath, splitRate, type Rect } from './edgeRoute';
import type { FlowEdge } from './flowEdges';
import { routeFor } from './layoutRoute';
import { useLayoutRouteStore } from '../store/layoutRouteStore';
import type { FlowNode } from './flowNodes';
import { useCompactZoom } from './semanticZoom';
import { reportEdgeLabel, useHiddenEdgeLabels } from './edgeLabelLayout';

/** Corner radius of an orthogonal (step) edge. */
const STEP_CORNER = 10;
/** Corner radius of a layout route in a curved design. */
const ROUTE_CURVE_CORNER = 28;

function boxOf(node: InternalNode | undefined): Rect | undefined {
  if (!node?.measured.width || !node.measured.height) return undefined;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width, height: node.measured.height };
}

/**
 * An edge with the rate the engine derived for it ("6 MB/s"), red when a rule names it. Left to right
 * it is a curve (steps when the design's edge style is orthogonal); right to left it goes around its
 * ends (out to the right, along a lane below or above, in from the left) so it never runs through
 * them or reads backwards. The label sits clear of the ends, and hides rather than overlap another
 * label or a node.
 */
function FlowEdgeComponent(props: EdgeProps<FlowEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected } = props;
  const label = useDocumentStore((s) => analysisOf(s.doc).derived.edges[id]?.label ?? '');
  const rate = useDocumentStore((s) => analysisOf(s.doc).derived.edges[id]?.MBps ?? 0);
  // Hidden when it would overlap another label or a node (see edgeLabelLayout).
  const collides = useHiddenEdgeLabels((s) => s.hidden.has(id));
  const worst = useDocumentStore((s) => countsFor(issueIndex(analysisOf(s.doc)).edges, id).worst);
  // Zoomed out past the cards' threshold, rate labels would be unreadable specks that crowd each other.
  const labelHidden = useCompactZoom();
  const orthogonal = useDocumentStore((s) => s.doc.settings.edgeStyle === 'orthogonal');
  const layoutRoute = useLayoutRouteStore((s) => s.routes.get(id));
  const sourceBox = boxOf(useInternalNode<FlowNode>(source));
  const targetBox = boxOf(useInternalNode<FlowNode>(target));
  const ends = [sourceBox, targetBox].filter((box): box is Rect => box !== undefined);
  const start = { x: sourceX, y: sourceY };
  const end = { x: targetX, y: targetY };
  // Right after auto-layout an edge follows ELK's route, which goes around every node (its corners
  // well rounded in a curved design), until one of its ends moves.
  const routed = routeFor(layoutRoute, start, end);
  const backward = !routed && isBackward(start, end) && ends.length === 2;

  // Only a backward edge looks at the other nodes (to pick its lane); the answer is one number.
  const laneSelector = useCallback(
    (state: ReactFlowState): number | null => {
      if (!backward) return null;
      const obstacles: Rect[] = [];
      for (const node of state.nodeLookup.values()) {
        if (node.id === source || node.id === target) continue;
        const box = boxOf(node);
        if (box) obstacles.push(box);
      }
      return detourLane(start, end, ends, obstacles);
    },
    // The ends' boxes by value: the node objects change on every store update.
    [backward, source, target, sourceX, sourceY, targetX, targetY, sourceBox?.y, sourceBox?.height, targetBox?.y, targetBox?.height],
  );
  const laneY = useStore(laneSelector);

  let path: string;
  let mid: { x: number; y: number };
  if (routed) {
    path = roundedPath(routed, orthogonal ? STEP_CORNER : ROUTE_CURVE_CORNER);
    mid = polylineMidpoint(routed);
  } else if (laneY !== null) {
    const route = backwardRoute(start, end, laneY);
    path = roundedPath(route);
    mid = polylineMidpoint(route);
  } else if (orthogonal) {
    const [steps, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: STEP_CORNER });
    path = steps;
    mid = { x: labelX, y: labelY };
  } else {
    const [curve, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
    path = curve;
    mid = { x: labelX, y: labelY };
  }
  const sizes = label && !labelHidden ? estimatedLabelSizes(label) : undefined;
  const placement = sizes ? placeLabel(mid, laneY !== null || routed ? [] : ends, sizes) : undefined;
  const parts = placement?.layout === 'stacked' ? splitRate(label) : undefined;
  const labelSize = placement && sizes ? sizes[placement.layout] : undefined;
  const severity = worst === 'error' ? 0 : worst === 'warning' ? 1 : 2;
  useLayoutEffect(() => {
    reportEdgeLabel(
      id,
      placement && labelSize ? { id, box: { x: placement.x - labelSize.width / 2, y: placement.y - labelSize.height / 2, ...labelSize }, severity, rate } : null,
    );
  }, [id, placement?.x, placement?.y, labelSize?.width, labelSize?.height, severity, rate]);
  useEffect(() => () => reportEdgeLabel(id, null), [id]);
  const className = ['flow-edge', selected ? 'is-selected' : '', worst ? `has-${worst}` : '', laneY !== null ? 'is-backward' : ''].filter(Boolean).join(' ');
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} interactionWidth={18} />
      {placement && !collides && (
        <EdgeLabelRenderer>
          <div
            className={`flow-edge__label${worst ? ` has-${worst}` : ''}${parts ? ' flow-edge__label--stacked' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${placement.x}px, ${placement.y}px)` }}
            data-testid={`edge-label-${id}`}
          >
            {parts ? (
              <>
                <span>{parts[0]}</span> <span>{parts[1]}</span>
              </>
            ) : (
              label
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeComponent);
