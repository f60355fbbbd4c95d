import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Rect } from './edgeRoute';
import { labelLayoutChanged, setLabelObstacles } from './edgeLabelLayout';
import type { FlowEdge } from './flowEdges';
import type { CanvasFlowNode } from './flowObjects';

/**
 * Tells the edge-label layout where the cards and notes are (frames hold labels, they are no obstacle),
 * and when they move or are measured. Panning and zooming change nothing: labels scale with the nodes.
 */
export function EdgeLabelArbiter() {
  const store = useStoreApi<CanvasFlowNode, FlowEdge>();
  useEffect(() => {
    setLabelObstacles(() => {
      const boxes: Rect[] = [];
      for (const node of store.getState().nodeLookup.values()) {
        if (node.type === 'frame' || !node.measured.width || !node.measured.height) continue;
        boxes.push({ ...node.internals.positionAbsolute, width: node.measured.width, height: node.measured.height });
      }
      return boxes;
    });
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform && state.nodes === previous.nodes) return;
      labelLayoutChanged();
    });
    return () => {
      unsubscribe();
      setLabelObstacles(() => []);
    };
  }, [store]);
  return null;
}
