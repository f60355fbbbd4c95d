import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useFindStore } from '../store/findStore';
import { canvasSearchItems, findMatches, type SearchItem } from './findItems';
import { getFlowInstance } from './flowInstance';
import './canvasTools.css';

/** The least zoom a match is shown at, so its card can be read. */
const MATCH_MIN_ZOOM = 0.9;

/** Selects a match (a node, or a frame or note) and centres the view on it. */
function jumpTo(item: SearchItem): void {
  useDocumentStore.getState().setSelection(item.kind === 'node' ? { nodes: [item.id], edges: [] } : { nodes: [], edges: [], objects: [item.id] });
  const flow = getFlowInstance();
  const node = flow?.getInternalNode(item.id);
  if (!flow || !node) return;
  const { x, y } = node.internals.positionAbsolute;
  const centreX = x + (node.measured.width ?? 0) / 2;
  const centreY = y + (node.measured.height ?? 0) / 2;
  void flow.setCenter(centreX, centreY, { zoom: Math.max(flow.getZoom(), MATCH_MIN_ZOOM), duration: 200 });
}

/**
 * Find on canvas (Ctrl/⌘+F): nodes by label, service or parameter value, frames by label, notes by
 * their text. Enter and Shift+Enter go to the next and previous match, Escape closes.
 */
export function FindBar() {
  const open = useFindStore((s) => s.open);
  const focusRequest = useFindStore((s) => s.focusRequest);
  const doc = useDocumentStore((s) => s.doc);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const items = useMemo(() => (open ? canvasSearchItems(doc) : []), [open, doc]);
  const matches = useMemo(() => findMatches(items, query), [items, query]);
  const current = matches.length > 0 ? Math.min(index, matches.length - 1) : -1;

  useEffect(() => {
    if (!open) return;
    input.current?.focus();
    input.current?.select();
  }, [open, focusRequest]);

  if (!open) return null;

  const go = (to: number) => {
    if (matches.length === 0) return;
    const next = (to + matches.length) % matches.length;
    setIndex(next);
    jumpTo(matches[next]!);
  };

  const close = () => {
    useFindStore.getState().close();
    document.querySelector<HTMLElement>('.canvas .react-flow__pane')?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      go(event.shiftKey ? current - 1 : current + 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const status = query.trim() === '' ? '' : matches.length === 0 ? 'No matches' : `${current + 1} of ${matches.length}`;
  return (
    <div className="find-bar" role="search" aria-label="Find on canvas" data-testid="find-bar">
      <input
        ref={input}
        type="search"
        className="find-bar__input"
        aria-label="Find a node, group or note by label, service, value or text"
        placeholder="Find label, service, value, note…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setIndex(0);
          const first = findMatches(items, event.target.value)[0];
          if (first) jumpTo(first);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="find-bar__status" role="status" aria-live="polite" data-testid="find-status">
        {status}
      </span>
      <button type="button" className="find-bar__button" aria-label="Previous match (Shift+Enter)" title="Previous match (Shift+Enter)" disabled={matches.length === 0} onClick={() => go(current - 1)}>
        ↑
      </button>
      <button type="button" className="find-bar__button" aria-label="Next match (Enter)" title="Next match (Enter)" disabled={matches.length === 0} onClick={() => go(current + 1)}>
        ↓
      </button>
      <button type="button" className="find-bar__button" aria-label="Close find (Esc)" title="Close (Esc)" onClick={close}>
        ✕
      </button>
    </div>
  );
}
