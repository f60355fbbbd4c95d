import { setNextAddPosition } from '../commands/editActions';
import { useContextMenuStore, type ContextTarget } from '../store/contextMenuStore';
import { getFlowInstance } from './flowInstance';
import { useDocumentStore } from '../store/documentStore';

function centreOf(element: Element | null | undefined): { x: number; y: number } | undefined {
  if (!element) return undefined;
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/**
 * Opens the context menu from the keyboard (Shift+F10, the Menu key): for the selected frame, else the
 * selected node, else the selected edge, else the canvas, at its centre on screen.
 */
export function openContextMenuForSelection(): void {
  const { selection } = useDocumentStore.getState();
  const canvas = document.querySelector('.canvas .react-flow');
  let target: ContextTarget = 'canvas';
  let at = centreOf(canvas);
  const node = selection.nodes[0];
  const edge = selection.edges[0];
  const groups = new Set(useDocumentStore.getState().doc.groups.map((g) => g.id));
  const group = node === undefined ? selection.objects?.find((id) => groups.has(id)) : undefined;
  if (group !== undefined) {
    target = 'group';
    const frame = document.querySelector(`.react-flow__node[data-id="${CSS.escape(group)}"] .group-frame__header`);
    at = centreOf(frame) ?? at;
  } else if (node !== undefined) {
    target = 'node';
    at = centreOf(document.querySelector(`.react-flow__node[data-id="${CSS.escape(node)}"]`)) ?? at;
  } else if (edge !== undefined) {
    target = 'edge';
    at = centreOf(document.querySelector(`[data-testid="edge-label-${CSS.escape(edge)}"]`)) ?? centreOf(document.querySelector(`.react-flow__edge[data-id="${CSS.escape(edge)}"]`)) ?? at;
  }
  if (at) useContextMenuStore.getState().open({ target, ...at });
}

/**
 * "Add node here…": the palette's search takes focus, and the service chosen there (Enter, or a click
 * on an item) is added where the canvas menu was opened (the view's centre from the Edit menu).
 */
export function addNodeHere(): void {
  const origin = useContextMenuStore.getState().origin;
  const flow = getFlowInstance();
  setNextAddPosition(origin && flow ? flow.screenToFlowPosition(origin) : null);
  const search = document.querySelector<HTMLInputElement>('#palette-search');
  search?.focus();
  search?.select();
}

/** "Change service…": the inspector's Service field of the selected node takes focus. */
export function focusServiceField(): void {
  const label = [...document.querySelectorAll<HTMLLabelElement>('[data-testid="node-inspector"] label')].find((l) => l.textContent?.trim() === 'Service');
  const field = label ? document.getElementById(label.htmlFor) : null;
  field?.focus();
}
