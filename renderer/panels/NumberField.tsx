import { useEffect, useId, useState } from 'react';
import { formatNumberInput, parseNumberInput, type NumberBounds } from './numberInput';

interface Props {
  spec: NumberBounds;
  value: number | undefined;
  help?: string;
  /** Shown after the range ("default 300"). */
  defaultValue?: number;
  placeholder?: string;
  onCommit(value: number | undefined): void;
  onBlur?(): void;
}

const bound = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function rangeText(spec: NumberBounds, defaultValue: number | undefined): string {
  const fmt = (n: number) => bound.format(n);
  const parts = [`${fmt(spec.min)}–${fmt(spec.max)}${spec.unit ? ` ${spec.unit}` : ''}`];
  if (spec.integer) parts.push('whole number');
  if (defaultValue !== undefined) parts.push(`default ${fmt(defaultValue)}`);
  if (spec.optional) parts.push('optional');
  return parts.join(' · ');
}

/**
 * A number input that writes only valid values. Invalid text stays in the field with its message
 * (aria-invalid) and the document keeps its last valid value.
 */
export function NumberField({ spec, value, help, defaultValue, placeholder, onCommit, onBlur }: Props) {
  const id = useId();
  const [text, setText] = useState(() => formatNumberInput(value));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (undo, a fix) unless the text already means that value.
  useEffect(() => {
    const parsed = parseNumberInput(spec, text);
    if (!parsed.ok || parsed.value !== value) {
      setText(formatNumberInput(value));
      setError(null);
    }
    // Only when the stored value changes: re-running on every keystroke would undo the typing.
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const parsed = parseNumberInput(spec, next);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };

  const describedBy = [`${id}-range`, help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field field--number${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {spec.label}
        {spec.unit && <span className="field__unit"> ({spec.unit})</span>}
      </label>
      <div className="field__control">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          placeholder={placeholder ?? (spec.optional ? 'Not set' : undefined)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => change(e.target.value)}
          onBlur={onBlur}
          autoComplete="off"
          spellCheck={false}
        />
        {spec.optional && text !== '' && (
          <button type="button" className="field__clear" aria-label={`Clear ${spec.label}`} title={`Clear ${spec.label}`} onClick={() => change('')}>
            ×
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      <p id={`${id}-range`} className="field__range">
        {rangeText(spec, defaultValue)}
      </p>
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
    </div>
  );
}
