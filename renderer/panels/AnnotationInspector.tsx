import { useId } from 'react';
import { FORMAT_LIMITS } from '../../shared/format/limits';
import { deleteSelection } from '../commands/editActions';
import { useDocumentStore } from '../store/documentStore';

/** A note's text, editable here as on the canvas. */
export function AnnotationInspector({ id }: { id: string }) {
  const note = useDocumentStore((s) => s.doc.annotations.find((a) => a.id === id));
  const textId = useId();
  if (!note) return null;
  const store = () => useDocumentStore.getState();
  const title = note.kind === 'sticky' ? 'Sticky note' : 'Text';
  return (
    <div className="inspector__body" data-testid="annotation-inspector">
      <h2 className="inspector__title">{title}</h2>
      <div className="field">
        <label htmlFor={textId} className="field__label">
          Text
        </label>
        <textarea
          id={textId}
          rows={6}
          value={note.text}
          maxLength={FORMAT_LIMITS.maxAnnotationTextLength}
          onChange={(e) => store().commit([{ op: 'editAnnotation', annotation: id, text: e.target.value }], { coalesceKey: `text:${id}` })}
          onBlur={() => store().sealHistory()}
        />
      </div>
      <div className="inspector__actions">
        <button type="button" className="button button--danger" onClick={deleteSelection}>
          Delete {title.toLowerCase()}
        </button>
      </div>
    </div>
  );
}
