import { catalog, type NumberParamSpec, type ParamSpec, type ServiceId } from '../../shared/catalog/index';
import type { ParamValue, Params } from '../../shared/model/document';

/** What a form field's text means: a value to write, "clear it", or a message to show at the field. */
export type ParsedInput<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

export interface NumberBounds {
  label: string;
  unit: string;
  min: number;
  max: number;
  integer?: boolean;
  optional?: boolean;
}

function formatBound(value: number, unit: string): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return unit ? `${text} ${unit}` : text;
}

/**
 * Reads a number typed in a field. Accepts thousands separators ("8,000") and surrounding spaces.
 * Empty text clears an optional field and is refused for a required one.
 */
export function parseNumberInput(spec: NumberBounds, text: string): ParsedInput<number> {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  if (cleaned === '') {
    return spec.optional ? { ok: true, value: undefined } : { ok: false, message: `${spec.label} is required.` };
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) {
    return { ok: false, message: `${spec.label} must be a number.` };
  }
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, message: `${spec.label} must be a number.` };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: `${spec.label} must be a whole number.` };
  if (value < spec.min) return { ok: false, message: `${spec.label} must be at least ${formatBound(spec.min, spec.unit)}.` };
  if (value > spec.max) return { ok: false, message: `${spec.label} must be at most ${formatBound(spec.max, spec.unit)}.` };
  return { ok: true, value };
}

/** The text a field shows for a stored number (no grouping, so it reads back exactly). */
export function formatNumberInput(value: number | undefined): string {
  if (value === undefined) return '';
  return String(value);
}

/** Why a stored value does not fit a spec, or undefined when it fits. */
export function valueProblem(spec: ParamSpec, value: ParamValue): string | undefined {
  switch (spec.kind) {
    case 'number': {
      if (typeof value !== 'number') return `${spec.label} must be a number.`;
      const parsed = parseNumberInput({ ...spec, optional: false } satisfies NumberParamSpec, String(value));
      return parsed.ok ? undefined : parsed.message;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${spec.label} must be on or off.`;
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value) ? undefined : `${spec.label} must be one of ${spec.options.join(', ')}.`;
  }
}

/**
 * Parameters for a node that changes to `service`: each existing value whose key the new service
 * has and that is valid for its spec is kept; every other required parameter gets its default.
 */
export function carryParams(old: Params, service: ServiceId): Params {
  const params: Params = {};
  for (const spec of catalog[service].params) {
    const value = old[spec.key];
    if (value !== undefined && valueProblem(spec, value) === undefined) params[spec.key] = value;
    else if (!spec.optional) params[spec.key] = spec.default;
  }
  return params;
}
