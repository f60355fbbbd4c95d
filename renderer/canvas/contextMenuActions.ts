import { useContextMenuStore, type ContextTarget } from '../store/contextMenuStore';
import { useDocumentStore } from '../store/documentStore';

function centreOf(element: Element | null | undefined): { x: number; y: number } | undefined {
  if (!element) return undefined;
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/**
 * Opens the context menu from the keyboard (Shift+F10, the Menu key): for the selected node, else the
 * selected edge, else the canvas, at its centre on screen.
 */
export function openContextMenuForSelection(): void {
  const { selection } = useDocumentStore.getState();
  const canvas = document.querySelector('.canvas .react-flow');
  let target: ContextTarget = 'canvas';
  let at = centreOf(canvas);
  const node = selection.nodes[0];
  const edge = selection.edges[0];
  if (node !== undefined) {
    target = 'node';
    at = centreOf(document.querySelector(`.react-flow__node[data-id="${CSS.escape(node)}"]`)) ?? at;
  } else if (edge !== undefined) {
    target = 'edge';
    at = centreOf(document.querySelector(`[data-testid="edge-label-${CSS.escape(edge)}"]`)) ?? centreOf(document.querySelector(`.react-flow__edge[data-id="${CSS.escape(edge)}"]`)) ?? at;
  }
  if (at) useContextMenuStore.getState().open({ target, ...at });
}
