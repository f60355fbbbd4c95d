import { emptyDocument } from '../../shared/model/document';

/** A design outline whose `nodes` list holds `count` invalid nodes (Issue #14, item 1). */
export function documentWithInvalidNodes(count = 50_000): Record<string, unknown> {
  return { ...emptyDocument('hostile'), nodes: Array.from({ length: count }, (_, index) => ({ id: index })) };
}

/** An array nested `depth` levels deep: `[[[…]]]`. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}
