import { isServiceId } from '../../shared/catalog/index';
import { isForbiddenKey } from '../../shared/format/forbiddenKeys';
import type { PipelineEdge, PipelineNode } from '../../shared/model/document';
import type { Fragment } from '../../shared/model/fragment';
import { readCanvasObjects } from './clipboardObjects';

/** The clipboard text Pipeboard writes: JSON with a marker, so it can be pasted into any document. */
export const CLIPBOARD_MARKER = 'pipeboard/fragment';

export function encodeFragment(fragment: Fragment): string {
  const objects = fragment.groups || fragment.annotations ? { groups: fragment.groups ?? [], annotations: fragment.annotations ?? [] } : {};
  return JSON.stringify({ [CLIPBOARD_MARKER]: 1, nodes: fragment.nodes, edges: fragment.edges, ...objects });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readNode(value: unknown): PipelineNode | null {
  if (!isRecord(value)) return null;
  const { id, service, label, position, params } = value;
  if (typeof id !== 'string' || typeof service !== 'string' || !isServiceId(service) || typeof label !== 'string') return null;
  if (!isRecord(position) || typeof position.x !== 'number' || typeof position.y !== 'number') return null;
  if (!Number.isFinite(position.x) || !Number.isFinite(position.y)) return null;
  const cleanParams: PipelineNode['params'] = {};
  if (isRecord(params)) {
    for (const [key, v] of Object.entries(params)) {
      if (isForbiddenKey(key)) continue;
      if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') cleanParams[key] = v;
    }
  }
  return { id, service, label: label.slice(0, 200), position: { x: position.x, y: position.y }, params: cleanParams };
}

function readEdge(value: unknown): PipelineEdge | null {
  if (!isRecord(value)) return null;
  const { id, source, target } = value;
  if (typeof id !== 'string' || typeof source !== 'string' || typeof target !== 'string') return null;
  return { id, source, target };
}

/** The fragment in a clipboard text, or null when the text is not a Pipeboard fragment. */
export function decodeFragment(text: string): Fragment | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data[CLIPBOARD_MARKER] !== 1 || !Array.isArray(data.nodes)) return null;
  const nodes = data.nodes.map(readNode).filter((n): n is PipelineNode => n !== null);
  const objects = readCanvasObjects(data);
  if (nodes.length === 0 && objects.groups.length === 0 && objects.annotations.length === 0) return null;
  const edges = Array.isArray(data.edges) ? data.edges.map(readEdge).filter((e): e is PipelineEdge => e !== null) : [];
  return objects.groups.length + objects.annotations.length === 0 ? { nodes, edges } : { nodes, edges, ...objects };
}
