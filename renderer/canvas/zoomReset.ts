import { getFlowInstance } from './flowInstance';

/** Zoom to 100% around the point at the centre of the canvas, so what was in the middle stays there. */
export function resetZoom(): void {
  const flow = getFlowInstance();
  const pane = document.querySelector('.canvas .react-flow');
  if (!flow || !pane) return;
  const { width, height } = pane.getBoundingClientRect();
  const { x, y, zoom } = flow.getViewport();
  void flow.setCenter((width / 2 - x) / zoom, (height / 2 - y) / zoom, { zoom: 1, duration: 150 });
}
