import type { ParamSpec } from './types';

/**
 * The one answer to "is this value valid": used by the file loader, the inspector's fields, every
 * document op and paste. It says what is wrong rather than how to phrase it, because each place
 * words it for its reader (a file path and the allowed range; a field's message; a toast).
 */
export type ValueProblem = 'wrong-type' | 'not-whole' | 'below-min' | 'above-max' | 'not-an-option';

/** The bounds of a number: a parameter's spec, or a document field such as the budget. */
export interface NumberRange {
  min: number;
  max: number;
  integer?: boolean;
}

export function numberProblem(range: NumberRange, value: unknown): ValueProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong-type';
  if (range.integer && !Number.isInteger(value)) return 'not-whole';
  if (value < range.min) return 'below-min';
  if (value > range.max) return 'above-max';
  return undefined;
}

/** What is wrong with `value` for the parameter `spec`; undefined when it fits. */
export function paramValueProblem(spec: ParamSpec, value: unknown): ValueProblem | undefined {
  switch (spec.kind) {
    case 'number':
      return numberProblem(spec, value);
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'wrong-type';
    case 'enum':
      if (typeof value !== 'string') return 'wrong-type';
      return spec.options.includes(value) ? undefined : 'not-an-option';
  }
}

export function isValidParamValue(spec: ParamSpec, value: unknown): boolean {
  return paramValueProblem(spec, value) === undefined;
}
