import type { ParamValue } from '../model/document';
import type { ParamSpec } from './types';

/** Why a value does not fit a parameter, in a sentence; undefined when it fits. */
export function paramValueProblem(spec: ParamSpec, value: ParamValue): string | undefined {
  switch (spec.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${spec.label} must be a number`;
      if (spec.integer && !Number.isInteger(value)) return `${spec.label} must be a whole number`;
      if (value < spec.min || value > spec.max) {
        return `${spec.label} must be between ${spec.min} and ${spec.max} ${spec.unit}`.trim();
      }
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${spec.label} must be true or false`;
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value)
        ? undefined
        : `${spec.label} must be one of ${spec.options.join(', ')}`;
  }
}
