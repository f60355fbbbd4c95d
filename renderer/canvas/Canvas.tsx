import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent as ReactMouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type InternalNode,
  type NodeChange,
  type ReactFlowInstance,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { canConnect, connectionRefusal, isServiceId } from '../../shared/catalog/index';
import { addServiceAt } from '../commands/editActions';
import { connectionProblem } from '../../shared/model/connection';
import type { DocumentOp, NodeMove } from '../../shared/model/ops';
import { useDocumentStore, type Selection } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { effectiveTheme, GRID_SIZE, useUiStore } from '../store/uiStore';
import { SERVICE_MIME } from './dragData';
import { FlowEdgeCache, type FlowEdge } from './flowEdges';
import { getFlowInstance, setFlowInstance } from './flowInstance';
import { FlowNodeCache, type Size } from './flowNodes';
import { annotationFlowNodes, groupFlowNodes, type CanvasFlowNode } from './flowObjects';
import { objectMoveOps } from './objectMoves';
import { GroupFrame } from './GroupFrame';
import { AnnotationCard } from './AnnotationCard';
import { FlowEdgeView } from './FlowEdgeView';
import { ServiceNode } from './ServiceNode';
import { CanvasMinimap } from './CanvasMinimap';
import { ZoomReadout } from './ZoomReadout';
import { canvasWidth, fitViewOptions } from './viewFit';
import { nearbyBoxes, snapToGuides } from './alignGuides';
import type { Rect } from './edgeRoute';
import { GuideLines } from './GuideLines';
import { EdgeLabelArbiter } from './EdgeLabelArbiter';
import { FindBar } from './FindBar';
import { ContextMenu } from './ContextMenu';
import { useGuideStore } from '../store/guideStore';
import { useContextMenuStore, type ContextTarget } from '../store/contextMenuStore';

const nodeTypes = { service: ServiceNode, frame: GroupFrame, annotation: AnnotationCard };
const edgeTypes = { flow: FlowEdgeView };
const SNAP: [number, number] = [GRID_SIZE, GRID_SIZE];
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];
const PRO_OPTIONS = { hideAttribution: false };
/** A dragged node snaps to a nearby node's edge or centre line within this many screen px. */
const GUIDE_SNAP_PX = 6;

/** What a single-node drag lines up against: the dragged node's size and its neighbours' boxes. */
interface GuideDrag {
  node: string;
  width: number;
  height: number;
  others: Rect[];
}

/** The boxes React Flow measured, for the guides of a drag starting now. */
function guideDragFor(node: string): GuideDrag | null {
  const flow = getFlowInstance();
  const dragged = flow?.getInternalNode(node);
  if (!flow || !dragged?.measured.width || !dragged.measured.height) return null;
  const box = { ...dragged.internals.positionAbsolute, width: dragged.measured.width, height: dragged.measured.height };
  const boxes: Rect[] = [];
  for (const { id } of flow.getNodes()) {
    const other = id === node ? undefined : flow.getInternalNode(id);
    if (!other?.measured.width || !other.measured.height) continue;
    boxes.push({ ...other.internals.positionAbsolute, width: other.measured.width, height: other.measured.height });
  }
  return { node, width: box.width, height: box.height, others: nearbyBoxes(box, boxes) };
}

/** Shifts a dragged node's move onto the nearest guide lines, and shows them. */
function snapMoveToGuides(move: NodeMove, drag: GuideDrag): NodeMove {
  const zoom = getFlowInstance()?.getZoom() ?? 1;
  const snap = snapToGuides({ x: move.x, y: move.y, width: drag.width, height: drag.height }, drag.others, GUIDE_SNAP_PX / zoom);
  useGuideStore.getState().show(snap.vertical, snap.horizontal);
  return { node: move.node, x: Math.round(move.x + snap.dx), y: Math.round(move.y + snap.dy) };
}

function openContextMenu(event: { preventDefault(): void; clientX: number; clientY: number }, target: ContextTarget): void {
  event.preventDefault();
  useContextMenuStore.getState().open({ target, x: event.clientX, y: event.clientY });
}

/** Applies React Flow's select changes to our ordered selection list. */
function applySelect(current: readonly string[], changes: readonly { id: string; selected: boolean }[]): readonly string[] {
  let next = current;
  for (const change of changes) {
    const has = next.includes(change.id);
    if (change.selected && !has) next = [...next, change.id];
    else if (!change.selected && has) next = next.filter((id) => id !== change.id);
  }
  return next;
}

/** The zoom controls' "fit view" button: the same fit as the command, clear of the minimap. */
function fitCanvas(): void {
  void getFlowInstance()?.fitView(fitViewOptions(canvasWidth(), { duration: 200 }));
}

export function Canvas() {
  const doc = useDocumentStore((s) => s.doc);
  const selection = useDocumentStore((s) => s.selection);
  const loadEpoch = useDocumentStore((s) => s.loadEpoch);
  const snapToGrid = useUiStore((s) => s.snapToGrid);
  const theme = useUiStore(effectiveTheme);

  // Measured node sizes are view state, kept out of the document. React Flow keeps its own copy of
  // each measurement on its internal node; this map only hands the size to the next node object we
  // build (a move, a relabel, a selection, another document), so a size change alone re-renders
  // nothing — an edit whose new figures wrap a card's headline does not rebuild every node.
  const sizes = useRef(new Map<string, Size>());
  const nodeCache = useRef(new FlowNodeCache());
  const edgeCache = useRef(new FlowEdgeCache());
  const dragGesture = useRef(0);
  const guideDrag = useRef<GuideDrag | null>(null);
  const instance = useRef<ReactFlowInstance<CanvasFlowNode, FlowEdge> | null>(null);
  // Bumped when nodes are measured for the first time (another document, new nodes): their React
  // Flow nodes are rebuilt once with the size, which the minimap needs to draw them.
  const [firstMeasured, setFirstMeasured] = useState(0);

  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);
  const selectedObjects = useMemo(() => new Set(selection.objects ?? []), [selection.objects]);
  // firstMeasured: the sizes map gained a node, rebuild so it carries its size.
  const serviceNodes = useMemo(() => nodeCache.current.build(doc.nodes, selectedNodes, sizes.current), [doc.nodes, selectedNodes, firstMeasured]);
  // Frames and notes rebuilt only when they (or their selection) change: a card's drag hands React Flow
  // the same frame and note objects, which it then skips.
  const frameNodes = useMemo(() => groupFlowNodes(doc.groups, selectedObjects), [doc.groups, selectedObjects]);
  const noteNodes = useMemo(() => annotationFlowNodes(doc.annotations, selectedObjects), [doc.annotations, selectedObjects]);
  // Frames behind the cards, notes in front; a design without either hands React Flow the cards' own array.
  const nodes = useMemo<CanvasFlowNode[]>(
    () => (frameNodes.length === 0 && noteNodes.length === 0 ? serviceNodes : [...frameNodes, ...serviceNodes, ...noteNodes]),
    [serviceNodes, frameNodes, noteNodes],
  );
  const edges = useMemo(() => edgeCache.current.build(doc.edges, doc.nodes, selectedEdges), [doc.edges, doc.nodes, selectedEdges]);

  const onNodesChange = useCallback((changes: NodeChange<CanvasFlowNode>[]) => {
    const moves: NodeMove[] = [];
    const objectMoves: NodeMove[] = [];
    const selects: { id: string; selected: boolean }[] = [];
    const objectSelects: { id: string; selected: boolean }[] = [];
    const { doc: current } = useDocumentStore.getState();
    const objectIds = current.groups.length + current.annotations.length === 0 ? null : new Set([...current.groups, ...current.annotations].map((o) => o.id));
    let dragEnded = false;
    let measuredNew = false;
    for (const change of changes) {
      if (change.type !== 'add' && change.type !== 'replace' && objectIds?.has(change.id)) {
        // Frames and notes: their size is their own (resizers commit it), a drag moves them.
        if (change.type === 'position' && change.dragging !== undefined) {
          if (change.position) objectMoves.push({ node: change.id, x: Math.round(change.position.x), y: Math.round(change.position.y) });
          if (change.dragging === false) dragEnded = true;
        } else if (change.type === 'select') objectSelects.push({ id: change.id, selected: change.selected });
        continue;
      }
      if (change.type === 'dimensions' && change.dimensions) {
        const old = sizes.current.get(change.id);
        const { width, height } = change.dimensions;
        if (!old) measuredNew = true;
        if (!old || old.width !== width || old.height !== height) sizes.current.set(change.id, { width, height });
      } else if (change.type === 'position') {
        if (change.position) moves.push({ node: change.id, x: Math.round(change.position.x), y: Math.round(change.position.y) });
        if (change.dragging === false) dragEnded = true;
      } else if (change.type === 'select') {
        selects.push({ id: change.id, selected: change.selected });
      }
    }
    if (measuredNew) setFirstMeasured((n) => n + 1);
    const drag = guideDrag.current;
    if (drag && moves.length === 1 && moves[0]!.node === drag.node) moves[0] = snapMoveToGuides(moves[0]!, drag);
    if (dragEnded) {
      guideDrag.current = null;
      useGuideStore.getState().clear();
    }
    const store = useDocumentStore.getState();
    const ops: DocumentOp[] = objectMoves.length > 0 ? objectMoveOps(current, objectMoves, moves) : moves.length > 0 ? [{ op: 'moveNodes', moves }] : [];
    if (ops.length > 0) store.commit(ops, { coalesceKey: `drag:${dragGesture.current}` });
    if (dragEnded) store.sealHistory();
    if (selects.length > 0 || objectSelects.length > 0) {
      const now = useDocumentStore.getState().selection;
      const next: Selection = { nodes: applySelect(now.nodes, selects), edges: now.edges, objects: applySelect(now.objects ?? [], objectSelects) };
      if (next.nodes !== now.nodes || next.objects !== (now.objects ?? [])) store.setSelection(next);
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    const selects: { id: string; selected: boolean }[] = [];
    for (const change of changes) if (change.type === 'select') selects.push({ id: change.id, selected: change.selected });
    if (selects.length === 0) return;
    const store = useDocumentStore.getState();
    const edgesNext = applySelect(store.selection.edges, selects);
    if (edgesNext !== store.selection.edges) store.setSelection({ nodes: store.selection.nodes, edges: edgesNext });
  }, []);

  const onNodeDragStart = useCallback((_event: unknown, _node: Node, dragged: Node[]) => {
    dragGesture.current += 1;
    // Guides for a single node (a group drag keeps its shape); off while snapping to the grid.
    guideDrag.current = dragged.length === 1 && !useUiStore.getState().snapToGrid ? guideDragFor(dragged[0]!.id) : null;
  }, []);

  const onSelectionDragStart = useCallback(() => {
    dragGesture.current += 1;
    guideDrag.current = null;
  }, []);

  const onNodeContextMenu = useCallback((event: ReactMouseEvent, node: Node) => {
    const store = useDocumentStore.getState();
    if (node.type === 'service') {
      if (!store.selection.nodes.includes(node.id)) store.setSelection({ nodes: [node.id], edges: [] });
      openContextMenu(event, 'node');
      return;
    }
    // A frame or a note: it alone is selected (a frame's menu acts on that frame).
    if (store.selection.nodes.length > 0 || !(store.selection.objects ?? []).includes(node.id)) store.setSelection({ nodes: [], edges: [], objects: [node.id] });
    openContextMenu(event, node.type === 'frame' ? 'group' : 'node');
  }, []);

  const onEdgeContextMenu = useCallback((event: ReactMouseEvent, edge: { id: string }) => {
    const store = useDocumentStore.getState();
    if (!store.selection.edges.includes(edge.id)) store.setSelection({ nodes: [], edges: [edge.id] });
    openContextMenu(event, 'edge');
  }, []);

  const onSelectionContextMenu = useCallback((event: ReactMouseEvent) => openContextMenu(event, 'node'), []);

  const onPaneContextMenu = useCallback((event: ReactMouseEvent | MouseEvent) => openContextMenu(event, 'canvas'), []);

  const isValidConnection = useCallback((connection: Connection | FlowEdge) => {
    if (connection.source === connection.target) return false;
    const { doc: current } = useDocumentStore.getState();
    const source = current.nodes.find((n) => n.id === connection.source);
    const target = current.nodes.find((n) => n.id === connection.target);
    return !!source && !!target && canConnect(source.service, target.service);
  }, []);

  const connect = useCallback((sourceId: string, targetId: string) => {
    const store = useDocumentStore.getState();
    const problem = connectionProblem(store.doc, sourceId, targetId);
    if (problem === undefined) store.commit([{ op: 'connect', source: sourceId, target: targetId }]);
    else toast(problem, 'error');
  }, []);

  const onConnect = useCallback((connection: Connection) => connect(connection.source, connection.target), [connect]);

  /** A drop that did not land on a valid handle: connect to a node body, or say why it is refused. */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState<InternalNode>) => {
      if (state.isValid || !state.fromNode) return;
      let targetId = state.toNode?.id;
      if (!targetId) {
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        const element = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
        targetId = element?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
      }
      if (!targetId || targetId === state.fromNode.id) return;
      const fromIsSource = state.fromHandle?.type !== 'target';
      const sourceId = fromIsSource ? state.fromNode.id : targetId;
      const destinationId = fromIsSource ? targetId : state.fromNode.id;
      const { doc: current } = useDocumentStore.getState();
      const source = current.nodes.find((n) => n.id === sourceId);
      const target = current.nodes.find((n) => n.id === destinationId);
      if (!source || !target) return;
      if (canConnect(source.service, target.service)) connect(sourceId, destinationId);
      else toast(connectionRefusal(source.service, target.service) ?? 'These services cannot be connected.', 'error');
    },
    [connect],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(SERVICE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    const service = event.dataTransfer.getData(SERVICE_MIME);
    if (!service || !isServiceId(service) || !instance.current) return;
    event.preventDefault();
    event.stopPropagation();
    addServiceAt(service, instance.current.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  }, []);

  const onInit = useCallback((flow: ReactFlowInstance<CanvasFlowNode, FlowEdge>) => {
    instance.current = flow;
    setFlowInstance(flow);
  }, []);

  // (Re-)register on mount too: React's StrictMode unmounts and remounts once in development.
  useEffect(() => {
    if (instance.current) setFlowInstance(instance.current);
    return () => setFlowInstance(null);
  }, []);

  // Fit the view whenever another document is loaded (React Flow waits for the nodes' sizes).
  useEffect(() => {
    if (loadEpoch === 0) return;
    void instance.current?.fitView(fitViewOptions(canvasWidth()));
  }, [loadEpoch]);

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<CanvasFlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onSelectionDragStart={onSelectionDragStart}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onSelectionContextMenu={onSelectionContextMenu}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onInit={onInit}
        colorMode={theme}
        snapToGrid={snapToGrid}
        snapGrid={SNAP}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        minZoom={0.1}
        maxZoom={2.5}
        onlyRenderVisibleElements={doc.nodes.length > 300}
        proOptions={PRO_OPTIONS}
        aria-label="Pipeline canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE} size={1.2} />
        <Controls showInteractive={false} aria-label="Zoom controls" onFitView={fitCanvas}>
          <ZoomReadout />
        </Controls>
        <CanvasMinimap />
        <GuideLines />
        <EdgeLabelArbiter />
      </ReactFlow>
      <FindBar />
      <ContextMenu />
    </div>
  );
}
