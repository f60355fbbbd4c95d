import { useId } from 'react';
import { EdgeStyleField } from './EdgeStyleField';
import type { MetaChange } from '../../shared/model/ops';
import { MAX_REPLAY_HOURS } from '../../shared/model/document';
import { useDocumentStore } from '../store/documentStore';
import { NodeList } from './NodeList';
import { NumberField } from './NumberField';
import { PriceOverrides } from './PriceOverrides';

const BUDGET = { label: 'Budget per month', unit: 'USD', min: 0, max: 1_000_000_000, optional: true };
const HOURS = { label: 'Hours per month', unit: 'h', min: 1, max: 744 };
const SPOT = { label: 'Spot discount', unit: '', min: 0, max: 0.95 };
const REPLAY = { label: 'Replay window (h)', unit: 'h', min: 0, max: MAX_REPLAY_HOURS };

const NEEDS: { key: 'kafkaEcosystem' | 'exactlyOnce' | 'requestTimeFeatures' | 'leastOperationalOverhead'; label: string; help: string }[] = [
  { key: 'kafkaEcosystem', label: 'Kafka ecosystem', help: 'Kafka Connect, Kafka Streams or existing Kafka clients are required.' },
  { key: 'exactlyOnce', label: 'Exactly-once processing', help: 'Each record must be processed exactly once.' },
  { key: 'requestTimeFeatures', label: 'Request-time inputs', help: 'Predictions need inputs known only when the request arrives (the transaction being scored), so they cannot be precomputed.' },
  { key: 'leastOperationalOverhead', label: 'Least operational overhead', help: 'The question asks for the least to run ("no servers to manage"): among designs with equal warnings, the lower operations score wins before cost.' },
];

/** With nothing selected: the document's title, notes, needs, settings and price overrides. */
export function DocumentInspector() {
  // Only the fields shown here: dragging nodes must not re-render this form.
  const title = useDocumentStore((s) => s.doc.title);
  const notes = useDocumentStore((s) => s.doc.notes);
  const needs = useDocumentStore((s) => s.doc.needs);
  const settings = useDocumentStore((s) => s.doc.settings);
  const titleId = useId();
  const notesId = useId();
  const store = () => useDocumentStore.getState();
  const setMeta = (change: MetaChange, key?: string) => store().commit([{ op: 'setMeta', change }], { coalesceKey: key });
  const setSetting = (key: 'hoursPerMonth' | 'spotDiscount', value: number) => store().commit([{ op: 'setSetting', key, value }], { coalesceKey: key });
  const seal = () => store().sealHistory();
  const setNeed = (patch: MetaChange['needs']) => setMeta({ needs: patch });

  return (
    <div className="inspector__body" data-testid="document-inspector">
      <h2 className="inspector__title">Design</h2>
      <div className="field">
        <label htmlFor={titleId} className="field__label">
          Title
        </label>
        <input id={titleId} type="text" value={title} maxLength={200} onChange={(e) => setMeta({ title: e.target.value }, 'title')} onBlur={seal} />
      </div>
      <div className="field">
        <label htmlFor={notesId} className="field__label">
          Notes
        </label>
        <textarea id={notesId} rows={3} value={notes} onChange={(e) => setMeta({ notes: e.target.value }, 'notes')} onBlur={seal} />
      </div>

      <fieldset className="inspector__section fieldset">
        <legend className="inspector__section-title">Needs</legend>
        {NEEDS.map((need) => (
          <div key={need.key} className="field field--check">
            <input id={`need-${need.key}`} type="checkbox" checked={needs[need.key]} onChange={(e) => setNeed({ [need.key]: e.target.checked })} aria-describedby={`need-${need.key}-help`} />
            <label htmlFor={`need-${need.key}`} className="field__label">
              {need.label}
            </label>
            <p id={`need-${need.key}-help`} className="field__help">
              {need.help}
            </p>
          </div>
        ))}
        <NumberField
          spec={REPLAY}
          value={needs.replayHours}
          defaultValue={0}
          help="How many hours of past records consumers must be able to re-read from the stream. 0 for none."
          onCommit={(v) => setNeed({ replayHours: v ?? 0 })}
          onBlur={seal}
        />
        <NumberField
          spec={BUDGET}
          value={needs.budgetPerMonth}
          help="The scenario's monthly budget. Leave empty for none."
          onCommit={(v) => setMeta({ budgetPerMonth: v ?? null }, 'budget')}
          onBlur={seal}
        />
      </fieldset>

      <details className="inspector__section">
        <summary>Settings</summary>
        <EdgeStyleField />
        <NumberField spec={HOURS} value={settings.hoursPerMonth} defaultValue={730} help="Hours in a billing month." onCommit={(v) => v !== undefined && setSetting('hoursPerMonth', v)} onBlur={seal} />
        <NumberField spec={SPOT} value={settings.spotDiscount} defaultValue={0.7} help="Spot price = On-Demand × (1 − discount)." onCommit={(v) => v !== undefined && setSetting('spotDiscount', v)} onBlur={seal} />
      </details>

      <PriceOverrides />
      <NodeList />
    </div>
  );
}
