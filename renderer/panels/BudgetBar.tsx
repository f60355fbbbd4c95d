import { formatMoney } from '../../shared/util/numbers';

/** How much of the monthly budget the design uses. */
export function BudgetBar({ total, budget }: { total: number; budget: number }) {
  const ratio = budget > 0 ? total / budget : total > 0 ? Infinity : 0;
  const over = ratio > 1;
  const width = `${Math.min(100, Math.round(ratio * 100))}%`;
  const text = over ? `${formatMoney(total - budget)} over a ${formatMoney(budget)} budget` : `${formatMoney(budget - total)} left of a ${formatMoney(budget)} budget`;
  return (
    <div className={`budget${over ? ' is-over' : ''}`} data-testid="budget">
      <div
        className="budget__bar"
        role="meter"
        aria-label="Budget used"
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={Math.min(total, budget)}
        aria-valuetext={text}
      >
        <div className="budget__fill" style={{ width }} />
      </div>
      <span className="budget__text">{text}</span>
    </div>
  );
}
