import { catalog, defaultParams } from '../catalog/index';
import type { ServiceId } from '../catalog/serviceIds';
import { DEFAULT_NEEDS, DEFAULT_SETTINGS, FORMAT_NAME, FORMAT_VERSION, type Needs, type Params, type PipelineDocument, type PipelineEdge, type PipelineNode, type Settings } from './document';

export interface NodeSpec {
  id: string;
  service: ServiceId;
  label?: string;
  params?: Params;
  /** Grid cell for the layout: column left to right, row top to bottom. */
  at?: [column: number, row: number];
}

export interface DesignSpec {
  title: string;
  notes?: string;
  needs?: Partial<Needs>;
  settings?: Partial<Settings>;
  nodes: NodeSpec[];
  /** Edges as "a>b" or chains "a>b>c". */
  flows: string[];
}

const COLUMN_WIDTH = 260;
const ROW_HEIGHT = 150;

/** Builds a complete document from a compact description (scenarios, examples, tests). */
export function design(spec: DesignSpec): PipelineDocument {
  const nodes: PipelineNode[] = spec.nodes.map((n, k) => {
    const [column, row] = n.at ?? [k, 0];
    return {
      id: n.id,
      service: n.service,
      label: n.label ?? catalog[n.service].shortName,
      position: { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT },
      params: { ...defaultParams(n.service), ...(n.params ?? {}) },
    };
  });
  const edges: PipelineEdge[] = [];
  for (const flow of spec.flows) {
    const hops = flow.split('>').map((part) => part.trim());
    for (let k = 0; k + 1 < hops.length; k++) {
      const source = hops[k]!;
      const target = hops[k + 1]!;
      edges.push({ id: `${source}-${target}`, source, target });
    }
  }
  const needs: Needs = { ...DEFAULT_NEEDS, ...(spec.needs ?? {}) };
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title: spec.title,
    notes: spec.notes ?? '',
    needs,
    settings: { ...DEFAULT_SETTINGS, prices: {}, ...(spec.settings ?? {}) },
    nodes,
    edges,
    groups: [],
    annotations: [],
  };
}
