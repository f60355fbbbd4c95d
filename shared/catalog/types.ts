import type { Params } from '../model/document';
import type { ServiceId } from './serviceIds';

export const CATEGORIES = [
  'sources',
  'ingestion',
  'processing',
  'storage',
  'training',
  'serving',
  'orchestration',
  'consumers',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * What travels along an edge. An edge is valid when the source emits a kind the target accepts.
 * `features` are feature values an endpoint looks up at request time or a training job reads as its training set;
 * `files` are a file system mounted by a training job (FSx for Lustre, EFS); `tables` are table definitions (a Data
 * Catalog's schemas and partitions over data in S3); `control` is an orchestrator starting a step it runs, which
 * carries no data.
 */
export type DataKind = 'records' | 'objects' | 'model' | 'predictions' | 'queries' | 'features' | 'files' | 'tables' | 'control';

interface ParamSpecBase {
  key: string;
  label: string;
  help: string;
  /** Optional parameters may be absent; absent means "not set" (e.g. no latency target). */
  optional?: boolean;
  /**
   * Shown (and used) only while another parameter of the node has this value, or one of these values
   * (a source's rate mode, an endpoint's inference mode). Inactive parameters keep their stored value
   * but neither the cost nor the rules read them.
   */
  shownWhen?: { key: string; equals: string | readonly string[] };
}

export interface NumberParamSpec extends ParamSpecBase {
  kind: 'number';
  unit: string;
  default: number;
  min: number;
  max: number;
  integer?: boolean;
}

interface BooleanParamSpec extends ParamSpecBase {
  kind: 'boolean';
  default: boolean;
}

interface EnumParamSpec extends ParamSpecBase {
  kind: 'enum';
  options: readonly string[];
  default: string;
}

export type ParamSpec = NumberParamSpec | BooleanParamSpec | EnumParamSpec;

export type OperationsLevel = 0 | 1 | 2 | 3;

/** Exam facts a learner sees when hovering a service. */
interface ExamFacts {
  scaling: string;
  management: string;
  latency: string;
  costModel: string;
  examTip: string;
}

export interface ServiceDefinition {
  id: ServiceId;
  name: string;
  shortName: string;
  category: Category;
  /** File name of the icon (an `aws-icons` architecture-service SVG, or a neutral one we ship). */
  icon: string;
  accepts: readonly DataKind[];
  emits: readonly DataKind[];
  /** Forwards the data rate it receives to its consumers (streams, Lambda, Flink, Kafka Streams). */
  passThrough: boolean;
  /**
   * Runs on a schedule, not continuously (Glue, DataBrew, Processing, EMR). A node may still run
   * continuously (a streaming Glue job): ask `isBatchNode(node)` about a node.
   */
  batch: boolean;
  /**
   * How much running it takes, for "least operational overhead" (rules-and-prices.md, Operations levels):
   * 0 nothing to size or patch, 1 managed but you choose capacity, 2 a cluster you size and tune,
   * 3 software you run yourself. Sources and clients are outside the pipeline and not scored.
   */
  operationsLevel: OperationsLevel;
  /** The level of one node when it depends on the node's settings (an endpoint's inference mode); `operationsLevel` otherwise. */
  operationsLevelFor?: (params: Readonly<Params>) => OperationsLevel;
  /**
   * Data kinds this service takes only from some services, e.g. an endpoint reads objects only from S3
   * (Batch Transform and asynchronous inference input), so Firehose still cannot feed it.
   */
  kindSources?: Partial<Record<DataKind, readonly ServiceId[]>>;
  /** Typical p50 read latency for a single warm item, for serving stores. */
  typicalLatencyMs?: number;
  facts: ExamFacts;
  params: readonly ParamSpec[];
}
