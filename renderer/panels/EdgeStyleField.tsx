import { useId } from 'react';
import { EDGE_STYLES, type EdgeStyle } from '../../shared/model/document';
import { useDocumentStore } from '../store/documentStore';

const STYLE_NAMES: Readonly<Record<EdgeStyle, string>> = { curved: 'Curved', orthogonal: 'Orthogonal (steps)' };

const isEdgeStyle = (value: string): value is EdgeStyle => (EDGE_STYLES as readonly string[]).includes(value);

/** The design's edge style (also View → Orthogonal edges, Shift+E). */
export function EdgeStyleField() {
  const id = useId();
  const style = useDocumentStore((s) => s.doc.settings.edgeStyle ?? 'curved');
  return (
    <div className="field field--select">
      <label htmlFor={id} className="field__label">
        Edges
      </label>
      <select
        id={id}
        value={style}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const next = event.target.value;
          if (isEdgeStyle(next)) useDocumentStore.getState().commit([{ op: 'setEdgeStyle', style: next }]);
        }}
      >
        {EDGE_STYLES.map((option) => (
          <option key={option} value={option}>
            {STYLE_NAMES[option]}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="field__help">
        How the canvas and the exported sheet draw this design&apos;s edges (Shift+E switches).
      </p>
    </div>
  );
}
