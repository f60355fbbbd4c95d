import { isServiceId } from '../catalog/serviceIds';
import { isRecord } from './describeValue';
import { FORMAT_LIMITS } from './limits';
import type { EdgeData, NodeData } from './schema';

/*
 * A fast path for the two long lists of a file. Running the zod schema over 10,000 nodes and edges
 * costs a cold process (the CLI) several times what these plain checks do. `isCleanNode` and
 * `isCleanEdge` accept only items `nodeSchema` and `edgeSchema` accept unchanged, and are never more
 * lenient: anything unusual (an unknown or undefined field, a wrong type, a string past its limit)
 * answers false and the whole file goes through zod, which words the problems. Keep them in step with
 * schema.ts; cleanItems.test.ts compares them with the schema.
 */

const NODE_FIELDS = new Set(['id', 'service', 'label', 'position', 'params']);
const EDGE_FIELDS = new Set(['id', 'source', 'target']);
const POSITION_FIELDS = new Set(['x', 'y']);

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= FORMAT_LIMITS.maxIdLength;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Own enumerable fields all known and none undefined (`{ label: undefined }` is left to zod). */
function hasOnlyFields(value: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !fields.has(key) || value[key] === undefined) return false;
  }
  return true;
}

export function isCleanNode(value: unknown): value is NodeData {
  if (!isRecord(value) || !hasOnlyFields(value, NODE_FIELDS)) return false;
  const { id, service, label, position, params } = value;
  return (
    isId(id) &&
    typeof service === 'string' &&
    isServiceId(service) &&
    (label === undefined || (typeof label === 'string' && label.length <= FORMAT_LIMITS.maxLabelLength)) &&
    isRecord(position) &&
    hasOnlyFields(position, POSITION_FIELDS) &&
    isFiniteNumber(position.x) &&
    isFiniteNumber(position.y) &&
    (params === undefined || isRecord(params))
  );
}

export function isCleanEdge(value: unknown): value is EdgeData {
  return isRecord(value) && hasOnlyFields(value, EDGE_FIELDS) && isId(value.id) && isId(value.source) && isId(value.target);
}

/** A list that is absent, or an array whose every item passes `isClean`. */
export function allClean<T>(items: unknown, isClean: (item: unknown) => item is T): items is T[] | undefined {
  if (items === undefined) return true;
  if (!Array.isArray(items)) return false;
  for (const item of items) if (!isClean(item)) return false;
  return true;
}
