import { catalog } from '../../shared/catalog/index';
import { focusNodes } from '../canvas/flowInstance';
import { useDocumentStore } from '../store/documentStore';

/** Every node as a list: a keyboard way to find and select nodes (Shift+click adds to the selection). */
export function NodeList() {
  const nodes = useDocumentStore((s) => s.doc.nodes);
  if (nodes.length === 0) return null;
  const select = (id: string, extend: boolean) => {
    const { selection, setSelection } = useDocumentStore.getState();
    setSelection({ nodes: extend ? [...selection.nodes.filter((n) => n !== id), id] : [id], edges: [] });
    focusNodes([id]);
  };
  return (
    <details className="inspector__section node-list">
      <summary>Nodes ({nodes.length})</summary>
      <ul>
        {nodes.map((node) => (
          <li key={node.id}>
            <button type="button" className="link-button" onClick={(e) => select(node.id, e.shiftKey)}>
              {node.label} <span className="muted">· {catalog[node.service].shortName}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
