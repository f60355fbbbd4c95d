import { formatMoney } from '../../shared/util/numbers';
import { formatDelta, type CompareModel } from './compareModel';

/** The headline: total monthly cost before and after, and the difference. */
export function CostDifference({ model }: { model: CompareModel }) {
  const direction = model.totalDelta > 0.005 ? 'more' : model.totalDelta < -0.005 ? 'less' : 'same';
  return (
    <div className={`cost-difference cost-difference--${direction}`} data-testid="cost-difference">
      <div>
        <span className="cost-difference__label">Before</span>
        <span className="cost-difference__figure" data-testid="total-before">
          {formatMoney(model.totalBefore)}
        </span>
      </div>
      <span className="cost-difference__arrow" aria-hidden="true">
        →
      </span>
      <div>
        <span className="cost-difference__label">After</span>
        <span className="cost-difference__figure" data-testid="total-after">
          {formatMoney(model.totalAfter)}
        </span>
      </div>
      <div className="cost-difference__delta">
        <span className="cost-difference__label">Difference per month</span>
        <span className="cost-difference__figure" data-testid="total-delta">
          {formatDelta(model.totalDelta)}
        </span>
      </div>
    </div>
  );
}
