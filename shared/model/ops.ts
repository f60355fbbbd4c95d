import type { ServiceId } from '../catalog/serviceIds';
import type { ParamValue } from './document';

/**
 * A change to a document expressed as plain data, so that a rule's fix can be shown, serialised,
 * tested and applied as one undoable step.
 */
export type DocumentOp =
  | { op: 'setParam'; node: string; key: string; value: ParamValue }
  | { op: 'unsetParam'; node: string; key: string }
  | { op: 'replaceService'; node: string; service: ServiceId; label?: string }
  | { op: 'removeEdge'; edge: string }
  | { op: 'removeNode'; node: string }
  /** Removes a node and connects each of its upstream nodes straight to each of its consumers. */
  | { op: 'bypassNode'; node: string }
  /** Puts a new node of `service` on the edge source → target (or after source when target is absent). */
  | { op: 'insertBetween'; source: string; target?: string; service: ServiceId; label: string }
  /** Adds a new node of `service` in front of `target`, feeding it. */
  | { op: 'insertBefore'; target: string; service: ServiceId; label: string };
