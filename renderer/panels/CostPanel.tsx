import { memo } from 'react';
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

function sameLine(a: CostLine, b: CostLine): boolean {
  return (
    a === b ||
    (a.item === b.item &&
      a.amount === b.amount &&
      a.quantity === b.quantity &&
      a.unit === b.unit &&
      a.unitPrice === b.unitPrice &&
      a.approximate === b.approximate &&
      a.overridden === b.overridden &&
      a.formula === b.formula)
  );
}

interface GroupProps {
  group: NodeGroup;
  amount: number;
  onHighlight(id: string | null): void;
}

/**
 * One node's lines. Every analysis makes new line objects; comparing what is shown keeps a large
 * sheet from re-rendering every row on each edit (only the node that changed re-renders).
 */
const CostGroup = memo(
  function CostGroup({ group, amount, onHighlight }: GroupProps) {
    return (
      <tbody
        className="cost__group"
        onMouseEnter={() => onHighlight(group.node)}
        onMouseLeave={() => onHighlight(null)}
        data-testid={`cost-node-${group.node}`}
      >
        <tr className="cost__node-row">
          <th scope="rowgroup" colSpan={2}>
            {group.label}
          </th>
          <td className="num">{formatMoney(amount)}</td>
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
    );
  },
  (prev, next) =>
    prev.amount === next.amount &&
    prev.onHighlight === next.onHighlight &&
    prev.group.node === next.group.node &&
    prev.group.label === next.group.label &&
    prev.group.lines.length === next.group.lines.length &&
    prev.group.lines.every((line, i) => sameLine(line, next.group.lines[i]!)),
);

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
