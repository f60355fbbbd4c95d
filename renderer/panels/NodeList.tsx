import { memo, useState } from 'react';
import { catalog } from '../../shared/catalog/index';
import { focusNodes } from '../canvas/flowInstance';
import { useDocumentStore } from '../store/documentStore';

function select(id: string, extend: boolean): void {
  const { selection, setSelection } = useDocumentStore.getState();
  setSelection({ nodes: extend ? [...selection.nodes.filter((n) => n !== id), id] : [id], edges: [] });
  focusNodes([id]);
}

function NodeListItems() {
  const nodes = useDocumentStore((s) => s.doc.nodes);
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          <button type="button" className="link-button" onClick={(e) => select(node.id, e.shiftKey)}>
            {node.label} <span className="muted">· {catalog[node.service].shortName}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Every node as a list: a keyboard way to find and select a node. Rendered only while open. */
function NodeListView() {
  const count = useDocumentStore((s) => s.doc.nodes.length);
  const [open, setOpen] = useState(false);
  if (count === 0) return null;
  return (
    <details className="inspector__section node-list" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Nodes ({count})</summary>
      {open && <NodeListItems />}
    </details>
  );
}

export const NodeList = memo(NodeListView);
