import { formatMoney } from '../../shared/util/numbers';
import { formatDelta, type CompareModel } from './compareModel';

const STATUS_WORDS = { added: 'added', removed: 'removed', changed: 'changed', same: '' } as const;

/** Monthly cost per node that differs, and the totals. */
export function CostTable({ model }: { model: CompareModel }) {
  return (
    <table className="compare-table compare-table--cost" data-testid="cost-table">
      <caption className="visually-hidden">Monthly cost per node, before and after</caption>
      <thead>
        <tr>
          <th scope="col">Node</th>
          <th scope="col" className="num">
            Before
          </th>
          <th scope="col" className="num">
            After
          </th>
          <th scope="col" className="num">
            Difference
          </th>
        </tr>
      </thead>
      <tbody>
        {model.cost.length === 0 && (
          <tr>
            <td colSpan={4} className="muted">
              No node’s cost differs.
            </td>
          </tr>
        )}
        {model.cost.map((row) => (
          <tr key={row.node} data-node={row.node}>
            <th scope="row">
              {row.label}
              {row.status !== 'same' && <span className={`change-pill change-pill--${row.status} change-pill--small`}>{STATUS_WORDS[row.status]}</span>}
            </th>
            <td className="num">{formatMoney(row.before)}</td>
            <td className="num">{formatMoney(row.after)}</td>
            <td className={`num delta${row.delta > 0 ? ' delta--more' : ' delta--less'}`}>{formatDelta(row.delta)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total per month</th>
          <td className="num">{formatMoney(model.totalBefore)}</td>
          <td className="num">{formatMoney(model.totalAfter)}</td>
          <td className={`num delta${model.totalDelta > 0.005 ? ' delta--more' : model.totalDelta < -0.005 ? ' delta--less' : ''}`} data-testid="cost-table-delta">
            {formatDelta(model.totalDelta)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
