import { numberProblem, type NumberRange } from '../../shared/catalog/paramValidation';

/** What a form field's text means: a value to write, "clear it", or a message to show at the field. */
export type ParsedInput<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

/** A number field's bounds; the range is checked by the catalog's one value check. */
export interface NumberBounds extends NumberRange {
  label: string;
  unit: string;
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
  switch (numberProblem(spec, value)) {
    case undefined:
      return { ok: true, value };
    case 'not-whole':
      return { ok: false, message: `${spec.label} must be a whole number.` };
    case 'below-min':
      return { ok: false, message: `${spec.label} must be at least ${formatBound(spec.min, spec.unit)}.` };
    case 'above-max':
      return { ok: false, message: `${spec.label} must be at most ${formatBound(spec.max, spec.unit)}.` };
    default:
      return { ok: false, message: `${spec.label} must be a number.` };
  }
}

/** The text a field shows for a stored number (no grouping, so it reads back exactly). */
export function formatNumberInput(value: number | undefined): string {
  if (value === undefined) return '';
  return String(value);
}
