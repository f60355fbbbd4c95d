import type { Needs } from '../../shared/model/document';
import { describeNeeds } from './needs';

/** The scenario's needs: the flags and budget the engine judges every design against. */
export function NeedsList({ needs }: { needs: Needs }) {
  return (
    <dl className="needs-list">
      {describeNeeds(needs).map((line) => (
        <div key={line.label} className={`needs-list__row${line.active ? ' is-active' : ''}`}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}
