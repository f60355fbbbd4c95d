import type { CostLine } from '../../shared/analysis/types';
import { analysisOf } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { BudgetBar } from './BudgetBar';
import { formatMoney, formatNumber, formatUnitPrice } from './format';

interface NodeGroup {
  node: string;
  label: string;
  lines: CostLine[];
}

function groupLines(lines: readonly CostLine[]): NodeGroup[] {
  const groups = new Map<string, NodeGroup>();
  for (const line of lines) {
    let group = groups.get(line.node);
    if (!group) {
      group = { node: line.node, label: line.label, lines: [] };
      groups.set(line.node, group);
    }
    group.lines.push(line);
  }
  return [...groups.values()];
}

/** The engine's cost sheet: line items per node, the monthly total and the budget. */
export function CostPanel() {
  const cost = useDocumentStore((s) => analysisOf(s.doc).cost);
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
            <tbody
              key={group.node}
              className="cost__group"
              onMouseEnter={() => setHighlighted(group.node)}
              onMouseLeave={() => setHighlighted(null)}
              data-testid={`cost-node-${group.node}`}
            >
              <tr className="cost__node-row">
                <th scope="rowgroup" colSpan={2}>
                  {group.label}
                </th>
                <td className="num">{formatMoney(cost.byNode[group.node] ?? 0)}</td>
              </tr>
              {group.lines.map((line, i) => (
                <tr key={`${line.item}-${i}`} className="cost__line">
                  <td>
                    {line.item}
                    {line.overridden && <span className="tag">override</span>}
                  </td>
                  <td className="cost__formula">
                    <span title={`${formatNumber(line.quantity)} ${line.unit} × ${formatUnitPrice(line.unitPrice)}`}>{line.formula}</span>
                  </td>
                  <td className="num">
                    {line.approximate && (
                      <abbr className="approx" title="Approximate price from secondary sources">
                        ≈
                      </abbr>
                    )}
                    {formatMoney(line.amount)}
                  </td>
                </tr>
              ))}
            </tbody>
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
