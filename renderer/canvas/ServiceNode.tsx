import { memo } from 'react';
import { Handle, Position, useConnection, type NodeProps } from '@xyflow/react';
import { canConnect, catalog, type ServiceId } from '../../shared/catalog/index';
import { INFERENCE_MODE_FACTS, inferenceModeOf, type InferenceMode } from '../../shared/catalog/inferenceModes';
import type { PipelineNode } from '../../shared/model/document';
import { analysisOf, countsFor, describeCounts, issueIndex } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import type { FlowNode } from './flowNodes';
import { ServiceIcon } from './ServiceIcon';
import { CATEGORY_LABELS } from './paletteSearch';
import { useCompactZoom } from './semanticZoom';

type Reach = 'none' | 'allowed' | 'refused';

/** While a connection is being dragged: can it end on this node? */
function useReach(id: string, service: ServiceId): Reach {
  return useConnection<FlowNode, Reach>((connection) => {
    if (!connection.inProgress) return 'none';
    const from = connection.fromNode;
    if (from.id === id) return 'none';
    const fromService = from.data.service;
    const ok = connection.fromHandle.type === 'source' ? canConnect(fromService, service) : canConnect(service, fromService);
    return ok ? 'allowed' : 'refused';
  });
}

/** An endpoint's inference mode, as its badge reads. */
function modeOfNode(nodes: readonly PipelineNode[], id: string): InferenceMode {
  return inferenceModeOf(nodes.find((n) => n.id === id)?.params ?? {});
}

function ServiceNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const node = data;
  const service = catalog[node.service];
  const headline = useDocumentStore((s) => analysisOf(s.doc).derived.nodes[id]?.headline);
  const worst = useDocumentStore((s) => countsFor(issueIndex(analysisOf(s.doc)).nodes, id).worst);
  const summary = useDocumentStore((s) => describeCounts(countsFor(issueIndex(analysisOf(s.doc)).nodes, id)));
  const highlighted = useUiStore((s) => s.highlightedNode === id);
  const reach = useReach(id, node.service);
  const compact = useCompactZoom();
  const hasInput = service.accepts.length > 0;
  const hasOutput = service.emits.length > 0;
  // The canvas tells an endpoint's serving modes apart at a glance.
  const mode = useDocumentStore((s) => (node.service === 'sagemaker-endpoint' ? INFERENCE_MODE_FACTS[modeOfNode(s.doc.nodes, id)] : undefined));

  const className = [
    'service-node',
    `service-node--${service.category}`,
    compact ? 'is-compact' : '',
    selected ? 'is-selected' : '',
    highlighted ? 'is-highlighted' : '',
    worst ? `has-${worst}` : '',
    reach !== 'none' ? `reach-${reach}` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={className} data-testid={`node-${id}`} data-service={node.service} title={reach === 'refused' ? 'Cannot connect here' : undefined}>
      {hasInput && <Handle type="target" position={Position.Left} className="service-node__handle" />}
      <ServiceIcon service={node.service} size={36} />
      <div className="service-node__text">
        <div className="service-node__label">{node.label}</div>
        <div className="service-node__service">
          {service.shortName === node.label ? CATEGORY_LABELS[service.category] : service.shortName}
          {mode ? (
            <span className="service-node__mode" data-testid={`node-mode-${id}`} title={mode.explanation}>
              {mode.label}
            </span>
          ) : null}
        </div>
        {headline ? <div className="service-node__headline">{headline}</div> : null}
      </div>
      {/* Zoomed out: one large label over the card, whose usual text stays in place but unseen so
          the card keeps its size (edges and the minimap do not move when the zoom crosses over). */}
      {compact && (
        <div className="service-node__compact-label" aria-hidden="true">
          {node.label}
        </div>
      )}
      {worst && (
        <span className={`node-badge node-badge--${worst}`} data-testid={`node-badge-${id}`} role="img" aria-label={summary} title={summary}>
          {worst === 'error' ? '!' : worst === 'warning' ? '!' : 'i'}
        </span>
      )}
      {hasOutput && <Handle type="source" position={Position.Right} className="service-node__handle" />}
    </div>
  );
}

export const ServiceNode = memo(ServiceNodeView);
