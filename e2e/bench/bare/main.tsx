/**
 * The baseline of `npm run bench:ui`: React Flow with the same nodes, edges, canvas size and
 * React Flow options as Pipeboard's canvas, and nothing else — default nodes with a label, the
 * textbook controlled-state pattern, no store, no engine. Not part of the app: built to a temp
 * folder by the bench only.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface BenchInput {
  nodes: { id: string; label: string; position: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string }[];
  width: number;
  height: number;
}

declare global {
  interface Window {
    __benchInput?: BenchInput;
  }
}

const input = window.__benchInput ?? { nodes: [], edges: [], width: 800, height: 600 };
const NODE_STYLE = { width: 200, minHeight: 64 };
const initialNodes: Node[] = input.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.label }, style: NODE_STYLE }));
const initialEdges: Edge[] = input.edges.map((e) => ({ ...e, markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } }));
const FIT = { padding: 0.2, maxZoom: 1.2 };

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <div className="canvas" style={{ width: input.width, height: input.height }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        fitViewOptions={FIT}
        minZoom={0.1}
        maxZoom={2.5}
        onlyRenderVisibleElements={nodes.length > 300}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable />
      </ReactFlow>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Bare />
    </StrictMode>,
  );
}
