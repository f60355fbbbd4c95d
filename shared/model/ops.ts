import type { ServiceId } from '../catalog/serviceIds';
import type { PriceKey } from '../cost/priceKeys';
import type { AnnotationKind, GroupColour, GroupKind, Size } from './canvasObjects';
import type { EdgeStyle, Needs, ParamValue, Position } from './document';
import type { Fragment } from './fragment';

/** One node's new position, in a `moveNodes` op. */
export interface NodeMove {
  node: string;
  x: number;
  y: number;
}

/** The document-level fields `setMeta` changes; each one given is set. */
export interface MetaChange {
  title?: string;
  notes?: string;
  needs?: Partial<Omit<Needs, 'budgetPerMonth'>>;
  /** `null` removes the budget. */
  budgetPerMonth?: number | null;
}

/**
 * A change to a document expressed as plain (JSON-serialisable) data. Every edit — the user's in the
 * canvas and panels, and a rule's fix — is a list of these, applied by `applyOps` as one undoable step.
 *
 * Ops name the nodes and edges they touch by id. Ops that create nodes or edges do not carry ids:
 * `applyOps` picks them with the one `freshId` and reports them (see `applyOpsWithResult`), so an
 * op list stays valid whatever document it is applied to (a fix computed before another edit).
 *
 * An op that does not fit the document (an unknown node, an invalid value, a refused connection)
 * changes nothing.
 */
export type DocumentOp =
  /** Adds a node with default params; the label defaults to the service's short name, made unique. */
  | { op: 'addNode'; service: ServiceId; position: Position; label?: string }
  | { op: 'moveNodes'; moves: readonly NodeMove[] }
  | { op: 'nudgeNodes'; nodes: readonly string[]; dx: number; dy: number }
  /** Adds `source → target` when `connectionProblem` finds nothing against it. */
  | { op: 'connect'; source: string; target: string }
  /** Removes nodes (with their edges) and edges. */
  | { op: 'removeElements'; nodes: readonly string[]; edges: readonly string[] }
  | { op: 'relabel'; node: string; label: string }
  /** Sets a parameter of the node's service to a value valid for its spec. */
  | { op: 'setParam'; node: string; key: string; value: ParamValue }
  | { op: 'unsetParam'; node: string; key: string }
  | { op: 'setMeta'; change: MetaChange }
  | { op: 'setSetting'; key: 'hoursPerMonth' | 'spotDiscount'; value: number }
  | { op: 'setEdgeStyle'; style: EdgeStyle }
  /** Overrides one price; `null` returns it to the list price. */
  | { op: 'setPriceOverride'; key: PriceKey; value: number | null }
  /** Adds a copy of `fragment` with fresh ids, shifted by `offset`; params are fitted to each service. */
  | { op: 'insertFragment'; fragment: Fragment; offset: Position }
  /**
   * Changes a node's service: params valid on the new service are kept, the rest defaulted, and a
   * label that still names the old service follows the new one (`labelAfterServiceChange`).
   */
  | { op: 'replaceService'; node: string; service: ServiceId }
  | { op: 'removeEdge'; edge: string }
  | { op: 'removeNode'; node: string }
  /** Removes a node and connects each of its upstream nodes straight to each of its consumers. */
  | { op: 'bypassNode'; node: string }
  /** Puts a new node of `service` on the edge source → target (or after source when target is absent). */
  | { op: 'insertBetween'; source: string; target?: string; service: ServiceId; label: string }
  /** Adds a new node of `service` in front of `target`, feeding it. */
  | { op: 'insertBefore'; target: string; service: ServiceId; label: string }
  /** Adds a frame; label and colour default to its kind's. */
  | { op: 'addGroup'; kind: GroupKind; position: Position; size: Size; label?: string; colour?: GroupColour }
  /** Moves a frame to (x, y) with everything inside it (nodes, notes, inner frames), as one step. */
  | { op: 'moveGroup'; group: string; x: number; y: number }
  /** Sets a frame's box (a resize from any side); the members stay where they are. */
  | { op: 'resizeGroup'; group: string; position: Position; size: Size }
  | { op: 'relabelGroup'; group: string; label: string }
  | { op: 'recolourGroup'; group: string; colour: GroupColour }
  | { op: 'setGroupKind'; group: string; kind: GroupKind }
  /** Removes the frame only; the nodes inside it stay. */
  | { op: 'removeGroup'; group: string }
  | { op: 'addAnnotation'; kind: AnnotationKind; position: Position; text: string; size?: Size }
  | { op: 'moveAnnotation'; annotation: string; x: number; y: number }
  | { op: 'resizeAnnotation'; annotation: string; size: Size }
  | { op: 'editAnnotation'; annotation: string; text: string }
  | { op: 'removeAnnotation'; annotation: string };
