import { useId } from 'react';
import type { ParamSpec } from '../../shared/catalog/index';
import type { ParamValue } from '../../shared/model/document';
import { NumberField } from './NumberField';

interface Props {
  spec: ParamSpec;
  value: ParamValue | undefined;
  onCommit(value: ParamValue | undefined): void;
  onBlur(): void;
}

/** One form field generated from a parameter spec. */
export function ParamField({ spec, value, onCommit, onBlur }: Props) {
  const id = useId();
  switch (spec.kind) {
    case 'number':
      return (
        <NumberField
          spec={spec}
          value={typeof value === 'number' ? value : spec.optional ? undefined : spec.default}
          defaultValue={spec.optional ? undefined : spec.default}
          help={spec.help}
          onCommit={onCommit}
          onBlur={onBlur}
        />
      );
    case 'boolean': {
      const checked = typeof value === 'boolean' ? value : spec.default;
      return (
        <div className="field field--check">
          <input id={id} type="checkbox" checked={checked} onChange={(e) => onCommit(e.target.checked)} aria-describedby={`${id}-help`} />
          <label htmlFor={id} className="field__label">
            {spec.label}
          </label>
          <p id={`${id}-help`} className="field__help">
            {spec.help}
          </p>
        </div>
      );
    }
    case 'enum': {
      // An optional enum left unset shows as its own choice (e.g. Firehose's destination follows the edge).
      const unset = spec.optional === true && (typeof value !== 'string' || !spec.options.includes(value));
      const selected = typeof value === 'string' && spec.options.includes(value) ? value : unset ? '' : spec.default;
      return (
        <div className="field field--select">
          <label htmlFor={id} className="field__label">
            {spec.label}
          </label>
          <select id={id} value={selected} onChange={(e) => onCommit(e.target.value === '' ? undefined : e.target.value)} aria-describedby={`${id}-help`}>
            {spec.optional && <option value="">not set</option>}
            {spec.options.map((option) => (
              <option key={option} value={option}>
                {option}
                {option === spec.default && !spec.optional ? ' (default)' : ''}
              </option>
            ))}
          </select>
          <p id={`${id}-help`} className="field__help">
            {spec.help}
          </p>
        </div>
      );
    }
  }
}
