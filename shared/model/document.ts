import type { ServiceId } from '../catalog/serviceIds';
import type { PriceKey } from '../cost/priceKeys';
import type { Annotation, CanvasGroup } from './canvasObjects';

/** A parameter value as stored in a file: numbers, flags and enum choices. */
export type ParamValue = number | boolean | string;
export type Params = Record<string, ParamValue>;

export interface Position {
  x: number;
  y: number;
}

export interface PipelineNode {
  id: string;
  service: ServiceId;
  label: string;
  position: Position;
  params: Params;
}

export interface PipelineEdge {
  id: string;
  source: string;
  target: string;
}

/** What the design must satisfy: the scenario's constraints. */
export interface Needs {
  kafkaEcosystem: boolean;
  exactlyOnce: boolean;
  /** Hours of past records consumers must be able to re-read from a stream; 0 = no replay. */
  replayHours: number;
  /** The model's inputs exist only when the request arrives (the transaction being scored). */
  requestTimeFeatures: boolean;
  /** "Least operational overhead" / "no servers to manage": rank by operations score before cost. */
  leastOperationalOverhead: boolean;
  /** Monthly budget in USD; absent means no budget constraint. */
  budgetPerMonth?: number;
}

/** How the design's edges are drawn: curves, or orthogonal (step) lines. */
export const EDGE_STYLES = ['curved', 'orthogonal'] as const;
export type EdgeStyle = (typeof EDGE_STYLES)[number];

export interface Settings {
  region: string;
  /** Absent means 'curved' (the default, not written to files). */
  edgeStyle?: EdgeStyle;
  hoursPerMonth: number;
  spotDiscount: number;
  prices: Partial<Record<PriceKey, number>>;
}

export const FORMAT_NAME = 'pipeboard';
export const FORMAT_VERSION = 3;

export interface PipelineDocument {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  title: string;
  notes: string;
  needs: Needs;
  settings: Settings;
  nodes: PipelineNode[];
  edges: PipelineEdge[];
  /** Frames drawn around nodes (account, region, VPC, stage); not part of the pipeline. */
  groups: CanvasGroup[];
  /** Free text and sticky notes on the canvas; not part of the pipeline. */
  annotations: Annotation[];
}

export const DEFAULT_SETTINGS: Settings = {
  region: 'us-east-1',
  hoursPerMonth: 730,
  spotDiscount: 0.7,
  prices: {},
};

/** The longest replay window a design can ask for: a year, Kinesis Data Streams' longest retention. */
export const MAX_REPLAY_HOURS = 8760;

export const DEFAULT_NEEDS: Needs = {
  kafkaEcosystem: false,
  exactlyOnce: false,
  replayHours: 0,
  requestTimeFeatures: false,
  leastOperationalOverhead: false,
};

export function emptyDocument(title = 'Untitled pipeline'): PipelineDocument {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title,
    notes: '',
    needs: { ...DEFAULT_NEEDS },
    settings: { ...DEFAULT_SETTINGS, prices: {} },
    nodes: [],
    edges: [],
    groups: [],
    annotations: [],
  };
}
