import { connectSelected, deleteSelection, duplicateSelection } from '../commands/editActions';
import { useDocumentStore } from '../store/documentStore';
import { labelsOf } from '../store/labels';

export function MultiInspector({ ids }: { ids: readonly string[] }) {
  // A string, so a drag (positions only) does not re-render the list.
  const joined = useDocumentStore((s) => labelsOf(s.doc.nodes, ids.slice(0, 50)).join('\u0000'));
  const labels = joined.split('\u0000');
  return (
    <div className="inspector__body">
      <h2 className="inspector__title">{ids.length} nodes selected</h2>
      <ol className="selection-list">
        {labels.map((label, i) => (
          <li key={ids[i]}>{label}</li>
        ))}
        {ids.length > 50 && <li className="muted">and {ids.length - 50} more</li>}
      </ol>
      {ids.length === 2 && <p className="muted">Connect links the first to the second (or the other way round if only that is allowed).</p>}
      <div className="inspector__actions">
        <button type="button" className="button button--primary" onClick={connectSelected} disabled={ids.length !== 2}>
          Connect
        </button>
        <button type="button" className="button" onClick={duplicateSelection}>
          Duplicate
        </button>
        <button type="button" className="button button--danger" onClick={deleteSelection}>
          Delete {ids.length} nodes
        </button>
      </div>
    </div>
  );
}
