import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NodeResizer, type NodeProps, type OnResize } from '@xyflow/react';
import { CANVAS_OBJECT_SIZES } from '../../shared/model/canvasObjects';
import { FORMAT_LIMITS } from '../../shared/format/limits';
import { STICKY_COLOURS } from '../../shared/model/groupPalette';
import { onEditRequest, takeEditRequest } from '../commands/canvasObjectActions';
import { useDocumentStore } from '../store/documentStore';
import { effectiveTheme, useUiStore } from '../store/uiStore';
import type { AnnotationFlowNode } from './flowObjects';

const { minAnnotation } = CANVAS_OBJECT_SIZES;

/** A free text or a sticky note; double-click (or Enter when selected) to type, Escape or a click away to stop. */
function AnnotationCardView({ id, data, selected }: NodeProps<AnnotationFlowNode>) {
  const { annotation } = data;
  const theme = useUiStore(effectiveTheme);
  const [editing, setEditing] = useState(() => takeEditRequest(id));
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => onEditRequest(() => takeEditRequest(id) && setEditing(true)), [id]);
  useEffect(() => {
    if (editing) textRef.current?.focus();
  }, [editing]);

  const onResize = useCallback<OnResize>(
    (_event, box) => {
      useDocumentStore.getState().commit(
        [
          { op: 'moveAnnotation', annotation: id, x: box.x, y: box.y },
          { op: 'resizeAnnotation', annotation: id, size: { width: box.width, height: box.height } },
        ],
        { coalesceKey: `resize:${id}` },
      );
    },
    [id],
  );
  const seal = useCallback(() => useDocumentStore.getState().sealHistory(), []);

  const stopEditing = () => {
    setEditing(false);
    seal();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      stopEditing();
      (event.currentTarget.closest('.react-flow__node') as HTMLElement | null)?.focus();
    }
  };
  const onCardKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !editing && selected) {
      event.preventDefault();
      setEditing(true);
    }
  };

  const sticky = annotation.kind === 'sticky';
  const colours = STICKY_COLOURS[theme];
  const style = sticky ? { background: colours.paper, borderColor: colours.edge, color: colours.ink } : undefined;
  return (
    <div
      className={`annotation annotation--${annotation.kind}${selected ? ' annotation--selected' : ''}`}
      style={style}
      onDoubleClick={() => setEditing(true)}
      onKeyDown={onCardKeyDown}
    >
      <NodeResizer isVisible={selected && !editing} minWidth={minAnnotation.width} minHeight={minAnnotation.height} onResize={onResize} onResizeEnd={seal} />
      {editing ? (
        <textarea
          ref={textRef}
          className="annotation__input nodrag nowheel nopan"
          aria-label={sticky ? 'Sticky note text' : 'Text on the canvas'}
          value={annotation.text}
          onChange={(event) =>
            useDocumentStore.getState().commit([{ op: 'editAnnotation', annotation: id, text: event.target.value }], { coalesceKey: `text:${id}` })
          }
          onBlur={stopEditing}
          onKeyDown={onKeyDown}
          maxLength={FORMAT_LIMITS.maxAnnotationTextLength}
        />
      ) : (
        <p className={`annotation__text${annotation.text ? '' : ' annotation__text--empty'}`}>{annotation.text || 'Double-click to type'}</p>
      )}
    </div>
  );
}

export const AnnotationCard = memo(AnnotationCardView);
