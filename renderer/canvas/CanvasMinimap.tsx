import { MiniMap, useStore } from '@xyflow/react';
import { catalog } from '../../shared/catalog/index';
import { useUiStore } from '../store/uiStore';
import type { FlowNode } from './flowNodes';
import { minimapSize } from './viewFit';

function minimapColor(node: FlowNode): string {
  return `var(--cat-${catalog[node.data.service].category})`;
}

/** The canvas minimap, sized to the canvas (smaller on small windows), hidden when turned off (View menu, Shift+M). */
export function CanvasMinimap() {
  const show = useUiStore((s) => s.showMinimap);
  const width = useStore((s) => s.width);
  if (!show) return null;
  const size = minimapSize(width);
  return <MiniMap<FlowNode> pannable zoomable nodeColor={minimapColor} ariaLabel="Minimap of the pipeline" style={size} />;
}
