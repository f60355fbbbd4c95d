import { memo } from 'react';
import type { CostLine } from '../../shared/analysis/types';
import { formatMoney, formatNumber, formatUnitPrice } from '../../shared/util/numbers';

export interface NodeGroup {
  node: string;
  label: string;
  lines: CostLine[];
}

export function groupLines(lines: readonly CostLine[]): NodeGroup[] {
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
export const CostGroup = memo(
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
