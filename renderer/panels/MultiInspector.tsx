import { connectSelected, deleteSelection, duplicateSelection } from '../commands/editActions';
import { useDocumentStore } from '../store/documentStore';

export function MultiInspector({ ids }: { ids: readonly string[] }) {
  const nodes = useDocumentStore((s) => s.doc.nodes);
  const labels = ids.map((id) => nodes.find((n) => n.id === id)?.label ?? id);
  return (
    <div className="inspector__body">
      <h2 className="inspector__title">{ids.length} nodes selected</h2>
      <ol className="selection-list">
        {labels.map((label, i) => (
          <li key={ids[i]}>{label}</li>
        ))}
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
