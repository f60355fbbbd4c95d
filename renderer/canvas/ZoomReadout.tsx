import { useEffect } from 'react';
import { ControlButton, useStore } from '@xyflow/react';
import { useZoomPercent } from './semanticZoom';
import { resetZoom } from './zoomReset';

/**
 * The zoom as a percentage in the canvas controls; clicking it (or pressing 0 on the canvas) zooms to
 * 100% around the centre. It also hands the zoom to the stylesheet (`--canvas-zoom`), which sizes the
 * compact cards' labels to stay readable on screen without re-rendering the nodes.
 */
export function ZoomReadout() {
  const percent = useZoomPercent();
  const domNode = useStore((s) => s.domNode);
  useEffect(() => {
    domNode?.style.setProperty('--canvas-zoom', String(Math.max(percent, 1) / 100));
  }, [domNode, percent]);
  return (
    <ControlButton className="zoom-readout" onClick={resetZoom} aria-label={`Zoom ${percent}%, reset to 100%`} title="Reset zoom to 100% (0)" data-testid="zoom-readout">
      {percent}%
    </ControlButton>
  );
}
