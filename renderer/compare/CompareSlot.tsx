import { useDocumentStore } from '../store/documentStore';
import { chooseFileFor, takeCurrentDesignFor } from './compareActions';
import { useCompareStore, type CompareSide } from './compareStore';

const SIDE_LABELS: Record<CompareSide, string> = { before: 'Before', after: 'After' };

/** One side's header: which design it is, and buttons to choose another. */
export function CompareSlot({ side }: { side: CompareSide }) {
  const design = useCompareStore((s) => s[side]);
  const hasNodes = useDocumentStore((s) => s.doc.nodes.length > 0);
  return (
    <section className={`compare-slot compare-slot--${side}${design ? '' : ' is-empty'}`} aria-label={`${SIDE_LABELS[side]} design`} data-testid={`compare-slot-${side}`}>
      <div className="compare-slot__text">
        <p className="compare-slot__side">{SIDE_LABELS[side]}</p>
        {design ? (
          <>
            <h3 className="compare-slot__name" data-testid={`compare-name-${side}`}>
              {design.name}
            </h3>
            <p className="compare-slot__source" title={design.source}>
              {design.source}
            </p>
          </>
        ) : (
          <p className="compare-slot__empty">No design chosen yet.</p>
        )}
      </div>
      <div className="compare-slot__actions">
        <button type="button" className={`button button--small${design ? '' : ' button--primary'}`} onClick={() => void chooseFileFor(side)}>
          {design ? 'Choose another file…' : 'Choose a file…'}
        </button>
        <button type="button" className="button button--small" onClick={() => takeCurrentDesignFor(side)} disabled={!hasNodes}>
          Use the current design
        </button>
      </div>
    </section>
  );
}
