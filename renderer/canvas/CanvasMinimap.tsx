import { MiniMap, useStore } from '@xyflow/react';
import { catalog } from '../../shared/catalog/index';
import { useUiStore } from '../store/uiStore';
import type { CanvasFlowNode } from './flowObjects';
import { minimapSize } from './viewFit';

/** Service cards in their category's colour; frames and notes faint, so the pipeline stands out. */
function minimapColor(node: CanvasFlowNode): string {
  if (node.type === 'service') return `var(--cat-${catalog[node.data.service].category})`;
  return node.type === 'frame' ? 'transparent' : 'var(--border-strong, #c5cad1)';
}

/** The canvas minimap, sized to the canvas (smaller on small windows), hidden when turned off (View menu, Shift+M). */
export function CanvasMinimap() {
  const show = useUiStore((s) => s.showMinimap);
  const width = useStore((s) => s.width);
  if (!show) return null;
  const size = minimapSize(width);
  return <MiniMap<CanvasFlowNode> pannable zoomable nodeColor={minimapColor} ariaLabel="Minimap of the pipeline" style={size} />;
}
