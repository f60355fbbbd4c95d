import { FORMAT_LIMITS } from '../format/limits';
import { DOCUMENT_MAX_BYTES, REQUEST_BODY_MAX_BYTES } from './limits';

/**
 * A cheap first look at bridge arguments before the schemas run: one iterative pass (no recursion,
 * so no stack to overflow) that refuses payloads no real call needs — too deep, too many values, an
 * array or object larger than the file format allows, a string longer than the largest export.
 * It is O(size of the payload) and stops at the first excess, so a hostile payload costs little
 * however large it is; what passes is small enough for zod to check in full.
 */
const PAYLOAD_LIMITS = {
  /** A document's node parameters sit at depth 7 (args → request → document → nodes → node → params → value). */
  maxDepth: 12,
  /** The longest list a call carries: a design's edges. */
  maxArrayLength: Math.max(FORMAT_LIMITS.maxNodes, FORMAT_LIMITS.maxEdges),
  /** The most keys of one object (practice progress has up to 1,000 scenarios). */
  maxObjectKeys: 1000,
  /** Every value counted once; a maximal real design has well under a million. */
  maxValues: 1_500_000,
  maxStringLength: DOCUMENT_MAX_BYTES,
  /** All strings together, in characters. */
  maxTotalStringLength: REQUEST_BODY_MAX_BYTES,
} as const;

type PayloadLimits = { readonly [K in keyof typeof PAYLOAD_LIMITS]: number };

/** undefined when `value` is within the limits, else one sentence saying what is too large. */
export function payloadExcess(value: unknown, limits: PayloadLimits = PAYLOAD_LIMITS): string | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let values = 0;
  let characters = 0;
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined) break;
    values += 1;
    if (values > limits.maxValues) return `The arguments hold more than ${limits.maxValues} values.`;
    const { value: current, depth } = next;
    if (typeof current === 'string') {
      if (current.length > limits.maxStringLength) return `A text in the arguments is longer than ${limits.maxStringLength} characters.`;
      characters += current.length;
      if (characters > limits.maxTotalStringLength) return `The arguments hold more than ${limits.maxTotalStringLength} characters of text.`;
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limits.maxDepth) return `The arguments are nested more than ${limits.maxDepth} levels deep.`;
    if (ArrayBuffer.isView(current) || current instanceof ArrayBuffer) continue;
    if (Array.isArray(current)) {
      if (current.length > limits.maxArrayLength) return `A list in the arguments has ${current.length} items; the most allowed is ${limits.maxArrayLength}.`;
      for (let index = 0; index < current.length; index += 1) pending.push({ value: current[index], depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(current);
    if (keys.length > limits.maxObjectKeys) return `An object in the arguments has ${keys.length} fields; the most allowed is ${limits.maxObjectKeys}.`;
    for (const key of keys) {
      characters += key.length;
      pending.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return undefined;
}
