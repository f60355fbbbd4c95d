import type { DerivedNode } from '../../shared/analysis/types';
import { formatMoney, formatNumber, formatRate } from '../../shared/util/numbers';

/** The engine's figures for a node, as it computed them. */
export function DerivedFigures({ derived }: { derived: DerivedNode }) {
  const rows: [string, string][] = [];
  if (derived.headline) rows.push(['Summary', derived.headline]);
  if (derived.inputMBps !== undefined) rows.push(['Input', formatRate(derived.inputMBps)]);
  if (derived.inputRecordsPerSecond !== undefined)
    rows.push(['Records', `${formatNumber(derived.inputRecordsPerSecond)} /s${derived.recordsAssumed ? ' (assumed 5 KB records)' : ''}`]);
  if (derived.gbPerMonth !== undefined) rows.push(['Volume', `${formatNumber(derived.gbPerMonth)} GB/month`]);
  if (derived.shardsRequired !== undefined) rows.push(['Shards needed', `${derived.shardsRequired}${derived.shardsBy ? ` (by ${derived.shardsBy})` : ''}`]);
  if (derived.bufferRatio !== undefined) rows.push(['Deadline buffer', `${formatNumber(derived.bufferRatio)}×`]);
  if (derived.typicalLatencyMs !== undefined) rows.push(['Typical latency', `${formatNumber(derived.typicalLatencyMs)} ms`]);
  if (derived.dataAge !== undefined) rows.push(['Data age', derived.dataAge]);
  if (derived.consumers !== undefined) rows.push(['Consumers', String(derived.consumers)]);
  if (derived.monthlyCost !== undefined) rows.push(['Monthly cost', formatMoney(derived.monthlyCost)]);
  if (rows.length === 0) return null;
  return (
    <section className="inspector__section" aria-label="Figures">
      <dl className="figures">
        {rows.map(([term, value]) => (
          <div key={term} className="figures__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
