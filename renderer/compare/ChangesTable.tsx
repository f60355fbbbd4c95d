import type { ChangeKind, CompareModel } from './compareModel';

const KIND_LABELS: Record<ChangeKind, string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  connected: 'Connected',
  disconnected: 'Disconnected',
  needs: 'Needs',
};

/** Every difference as a table: the accessible account of what the two drawings show. */
export function ChangesTable({ model, beforeName, afterName }: { model: CompareModel; beforeName: string; afterName: string }) {
  if (model.identical) return <p className="compare__identical">The two designs are the same: no nodes, parameters, connections or needs differ.</p>;
  return (
    <table className="compare-table" data-testid="changes-table">
      <caption className="visually-hidden">
        Changes from {beforeName} to {afterName}
      </caption>
      <thead>
        <tr>
          <th scope="col">Change</th>
          <th scope="col">What</th>
          <th scope="col">Service</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {model.changes.map((row, i) => (
          <tr key={i} className={`compare-table__row compare-table__row--${row.kind}`} data-kind={row.kind}>
            <td>
              <span className={`change-pill change-pill--${row.kind}`}>{KIND_LABELS[row.kind]}</span>
            </td>
            <th scope="row">{row.subject}</th>
            <td className="muted">{row.service}</td>
            <td>
              {row.details.length > 0 && (
                <ul className="compare-table__details">
                  {row.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
