import { useEffect } from 'react';
import { ControlButton, useStore } from '@xyflow/react';
import { compactSizes, useZoomPercent } from './semanticZoom';
import { resetZoom } from './zoomReset';

/**
 * The zoom as a percentage in the canvas controls; clicking it (or pressing 0 on the canvas) zooms to
 * 100% around the centre. It also hands the compact cards' sizes for this zoom to the stylesheet, which sizes
 * their labels to stay readable on screen without re-rendering the nodes.
 */
export function ZoomReadout() {
  const percent = useZoomPercent();
  const domNode = useStore((s) => s.domNode);
  useEffect(() => {
    const { labelPx, badgeScale } = compactSizes(Math.max(percent, 1) / 100);
    domNode?.style.setProperty('--compact-label-size', `${labelPx}px`);
    domNode?.style.setProperty('--compact-badge-scale', String(badgeScale));
  }, [domNode, percent]);
  return (
    <ControlButton className="zoom-readout" onClick={resetZoom} aria-label={`Zoom ${percent}%, reset to 100%`} title="Reset zoom to 100% (0)" data-testid="zoom-readout">
      {percent}%
    </ControlButton>
  );
}
