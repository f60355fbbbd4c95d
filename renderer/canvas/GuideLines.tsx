import { ViewportPortal, useStore, type ReactFlowState } from '@xyflow/react';
import { useGuideStore } from '../store/guideStore';
import './canvasTools.css';

/** How far a guide line reaches either way, in flow px: past any screen at the zoom guides show at. */
const GUIDE_LENGTH = 20000;
const zoomOf = (s: ReactFlowState) => s.transform[2];

/** The alignment guides of the node being dragged: thin lines in flow coordinates, 1 screen px wide. */
export function GuideLines() {
  const vertical = useGuideStore((s) => s.vertical);
  const horizontal = useGuideStore((s) => s.horizontal);
  const zoom = useStore(zoomOf);
  if (vertical.length === 0 && horizontal.length === 0) return null;
  const thickness = 1 / zoom;
  return (
    <ViewportPortal>
      {vertical.map((x) => (
        <div key={`v${x}`} className="align-guide" data-testid="align-guide" style={{ left: x - thickness / 2, top: -GUIDE_LENGTH, width: thickness, height: 2 * GUIDE_LENGTH }} />
      ))}
      {horizontal.map((y) => (
        <div key={`h${y}`} className="align-guide" data-testid="align-guide" style={{ top: y - thickness / 2, left: -GUIDE_LENGTH, height: thickness, width: 2 * GUIDE_LENGTH }} />
      ))}
    </ViewportPortal>
  );
}
