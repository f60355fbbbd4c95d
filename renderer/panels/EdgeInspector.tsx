import { catalog, sharedKinds } from '../../shared/catalog/index';
import { deleteSelection } from '../commands/editActions';
import { analysisOf } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';

export function EdgeInspector({ id, count }: { id: string; count: number }) {
  const edge = useDocumentStore((s) => s.doc.edges.find((e) => e.id === id));
  const source = useDocumentStore((s) => s.doc.nodes.find((n) => n.id === edge?.source));
  const target = useDocumentStore((s) => s.doc.nodes.find((n) => n.id === edge?.target));
  const label = useDocumentStore((s) => analysisOf(s.doc).derived.edges[id]?.label);
  if (!edge) return null;
  const kinds = source && target ? sharedKinds(source.service, target.service) : [];
  return (
    <div className="inspector__body">
      <h2 className="inspector__title">{count > 1 ? `${count} flows selected` : 'Flow'}</h2>
      <p className="edge-summary">
        {source?.label ?? edge.source} → {target?.label ?? edge.target}
      </p>
      <dl className="figures">
        {label && (
          <div className="figures__row">
            <dt>Rate</dt>
            <dd>{label}</dd>
          </div>
        )}
        <div className="figures__row">
          <dt>Carries</dt>
          <dd>{kinds.length ? kinds.join(', ') : `nothing: ${target ? catalog[target.service].shortName : 'the target'} cannot accept it`}</dd>
        </div>
      </dl>
      <div className="inspector__actions">
        <button type="button" className="button button--danger" onClick={deleteSelection}>
          {count > 1 ? `Delete ${count} flows` : 'Delete flow'}
        </button>
      </div>
    </div>
  );
}
