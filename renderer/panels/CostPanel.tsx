import { analysisOf } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { BudgetBar } from './BudgetBar';
import { formatMoney, formatNumber } from '../../shared/util/numbers';
import { CostGroup, groupLines } from './CostGroup';
import { OPERATIONS_LEVEL_MEANINGS } from '../../shared/analysis/operations';

const OPERATIONS_TOOLTIP = `The sum of each service's operations level; lower is less to run. Questions asking for the least operational overhead compare it before cost. Levels: ${OPERATIONS_LEVEL_MEANINGS.join('; ')}.`;

/** The engine's cost sheet: line items per node, the monthly total and the budget. */
export function CostPanel() {
  const cost = useDocumentStore((s) => analysisOf(s.doc).cost);
  const operations = useDocumentStore((s) => analysisOf(s.doc).operations.score);
  const setHighlighted = useUiStore((s) => s.setHighlightedNode);
  const groups = groupLines(cost.lines);
  const approximate = cost.lines.some((l) => l.approximate);
  return (
    <div className="cost">
      <div className="cost__summary">
        <div>
          <span className="cost__total-label" id="cost-total-label">
            Monthly total
          </span>
          <span className="cost__total" data-testid="cost-total" aria-labelledby="cost-total-label">
            {formatMoney(cost.total)}
          </span>
        </div>
        <div title={OPERATIONS_TOOLTIP}>
          <span className="cost__total-label" id="operations-score-label">
            Operations score
          </span>
          <span className="cost__total" data-testid="operations-score" aria-labelledby="operations-score-label" aria-describedby="operations-score-help">
            {operations}
          </span>
          <span id="operations-score-help" className="visually-hidden">
            {OPERATIONS_TOOLTIP}
          </span>
        </div>
        {cost.budgetPerMonth !== undefined && <BudgetBar total={cost.total} budget={cost.budgetPerMonth} />}
      </div>
      {groups.length === 0 ? (
        <p className="muted cost__empty">Nothing priced yet. Add services and a source to see their monthly cost.</p>
      ) : (
        <table className="cost__table">
          <caption className="visually-hidden">Cost line items per node</caption>
          <thead>
            <tr>
              <th scope="col">Node / item</th>
              <th scope="col">Formula</th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          {groups.map((group) => (
            <CostGroup key={group.node} group={group} amount={cost.byNode[group.node] ?? 0} onHighlight={setHighlighted} />
          ))}
        </table>
      )}
      <footer className="cost__notes">
        <p>
          Prices: {cost.region}, list prices dated {cost.priceDate}; {formatNumber(cost.hoursPerMonth)} hours per month.
          {approximate && ' ≈ marks prices confirmed only against secondary sources.'}
        </p>
        {cost.assumptions.length > 0 && (
          <ul>
            {cost.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        )}
      </footer>
    </div>
  );
}
