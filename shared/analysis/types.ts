import type { DocumentOp } from '../model/ops';
import type { PriceKey } from '../cost/priceKeys';
import type { RuleId } from '../rules/registry';
import type { OperationsScore } from './operations';

export type Severity = 'error' | 'warning' | 'tip';

export interface Fix {
  /** What the button says, e.g. "Replace Firehose with Kinesis Data Streams". */
  label: string;
  /** The document change that applies it, as plain data (see `applyOps`). */
  ops: DocumentOp[];
}

/** A finding of rule `Id`; `Issue` alone is a finding of any registered rule. */
export interface Issue<Id extends string = RuleId> {
  rule: Id;
  severity: Severity;
  nodes: string[];
  edges: string[];
  /** One line with the numbers. */
  message: string;
  /** The exam rationale. */
  why: string;
  fix?: Fix;
}

/** Per-node figures the UI, exports and the CLI show. Only the ones that apply are present. */
export interface DerivedNode {
  inputMBps?: number;
  inputRecordsPerSecond?: number;
  /** True when records/s was inferred from GB/hour at the assumed record size. */
  recordsAssumed?: boolean;
  gbPerMonth?: number;
  shardsRequired?: number;
  shardsBy?: 'bytes' | 'records';
  bufferRatio?: number;
  typicalLatencyMs?: number;
  /** Worst-case age of the data the node holds or serves, in seconds (absent when 0). */
  dataAgeSeconds?: number;
  /** "up to 7 d old (weekly SageMaker Training)": the age and the stage that dominates it. */
  dataAge?: string;
  consumers?: number;
  monthlyCost?: number;
  /** The one figure that matters for the node, ready to show ("8 shards · records-bound"). */
  headline?: string;
}

export interface DerivedEdge {
  MBps: number;
  recordsPerSecond: number;
  /** Ready to show on the edge ("6 MB/s"); empty when nothing measurable flows. */
  label: string;
}

export interface Derived {
  nodes: Record<string, DerivedNode>;
  edges: Record<string, DerivedEdge>;
}

export interface CostLine {
  node: string;
  label: string;
  service: string;
  /** What is charged ("Shard-hours", "PUT payload units"). */
  item: string;
  quantity: number;
  unit: string;
  unitPrice: number;
  priceKey: PriceKey;
  /** "1,460 GB × $0.029/GB" — the formula behind the amount. */
  formula: string;
  amount: number;
  /** The price comes from secondary sources (≈ in the price table). */
  approximate: boolean;
  /** The document overrides the list price. */
  overridden: boolean;
}

export interface CostSheet {
  total: number;
  lines: CostLine[];
  byNode: Record<string, number>;
  budgetPerMonth?: number;
  region: string;
  priceDate: string;
  hoursPerMonth: number;
  assumptions: string[];
}

export interface AnalysisResult {
  issues: Issue[];
  cost: CostSheet;
  derived: Derived;
  /** "Least operational overhead": the sum of the nodes' operations levels. */
  operations: OperationsScore;
}

;
