import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { analysisOf, countsFor, issueIndex } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import type { FlowEdge } from './flowEdges';

/** An edge with the rate the engine derived for it ("6 MB/s"), red when a rule names it. */
function FlowEdgeComponent(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected } = props;
  const label = useDocumentStore((s) => analysisOf(s.doc).derived.edges[id]?.label ?? '');
  const worst = useDocumentStore((s) => countsFor(issueIndex(analysisOf(s.doc)).edges, id).worst);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const className = ['flow-edge', selected ? 'is-selected' : '', worst ? `has-${worst}` : ''].filter(Boolean).join(' ');
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} interactionWidth={18} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`flow-edge__label${worst ? ` has-${worst}` : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-label-${id}`}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeComponent);
