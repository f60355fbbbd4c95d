import { useDocumentStore } from '../store/documentStore';
import { DocumentInspector } from './DocumentInspector';
import { EdgeInspector } from './EdgeInspector';
import { MultiInspector } from './MultiInspector';
import { NodeInspector } from './NodeInspector';
import { GroupInspector } from './GroupInspector';
import { AnnotationInspector } from './AnnotationInspector';

/** The right-hand panel: what is selected, or the document itself when nothing is. */
export function Inspector() {
  const selection = useDocumentStore((s) => s.selection);
  const object = selection.nodes.length === 0 && selection.objects?.length === 1 ? selection.objects[0] : undefined;
  const isGroup = useDocumentStore((s) => object !== undefined && s.doc.groups.some((g) => g.id === object));
  let body;
  if (object !== undefined) body = isGroup ? <GroupInspector key={object} id={object} /> : <AnnotationInspector key={object} id={object} />;
  else if (selection.nodes.length === 1 && selection.nodes[0]) body = <NodeInspector key={selection.nodes[0]} id={selection.nodes[0]} />;
  else if (selection.nodes.length > 1) body = <MultiInspector ids={selection.nodes} />;
  else if (selection.edges.length >= 1 && selection.edges[0]) body = <EdgeInspector id={selection.edges[0]} count={selection.edges.length} />;
  else body = <DocumentInspector />;
  return (
    <aside className="inspector" aria-label="Inspector">
      {body}
    </aside>
  );
}
