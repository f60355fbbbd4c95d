import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ServiceDefinition, ServiceId } from '../../shared/catalog/index';
import { addServiceAtCentre, setNextAddPosition } from '../commands/editActions';
import { groupByCategory, searchServices } from './paletteSearch';
import { useDocumentStore } from '../store/documentStore';
import { PaletteItem } from './PaletteItem';
import { ServiceFacts } from './ServiceFacts';

interface Tip {
  service: ServiceDefinition;
  top: number;
  left: number;
}

/** The service palette: search, grouped items to drag (or press Enter) onto the canvas. */
export function Palette() {
  const [query, setQuery] = useState('');
  // Another design opened: the search typed for the previous one is cleared (state adjusted while rendering).
  const loadEpoch = useDocumentStore((s) => s.loadEpoch);
  const [searchedIn, setSearchedIn] = useState(loadEpoch);
  if (searchedIn !== loadEpoch) {
    setSearchedIn(loadEpoch);
    setQuery('');
  }
  const [tip, setTip] = useState<Tip | null>(null);
  const [activeId, setActiveId] = useState<ServiceId | null>(null);
  const tipId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const results = useMemo(() => searchServices(query), [query]);
  const groups = useMemo(() => groupByCategory(results), [results]);
  // Roving focus: one item is the tab stop (the active one, else the first result).
  const tabStop = activeId && results.some((s) => s.id === activeId) ? activeId : results[0]?.id;

  const items = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('.palette-item') ?? []);

  const onListKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : Math.min(all.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    all[next]?.focus();
    event.preventDefault();
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      items()[0]?.focus();
      event.preventDefault();
    } else if (event.key === 'Enter' && results[0]) {
      addServiceAtCentre(results[0].id);
      event.preventDefault();
    } else if (event.key === 'Escape' && query) {
      setQuery('');
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const showTip = (service: ServiceDefinition, element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    setTip({ service, top: Math.min(rect.top, window.innerHeight - 260), left: rect.right + 8 });
  };

  return (
    <aside className="palette" aria-label="Services">
      <div className="palette__search">
        <label htmlFor="palette-search" className="visually-hidden">
          Search services
        </label>
        <input
          id="palette-search"
          type="search"
          placeholder="Search services…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKeyDown}
          onBlur={(event) => {
            // "Add node here" lasts while the search or the palette's items have focus.
            if (!event.currentTarget.closest('.palette')?.contains(event.relatedTarget)) setNextAddPosition(null);
          }}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="palette-search-hint"
        />
        <p id="palette-search-hint" className="palette__hint">
          Drag onto the canvas, or press Enter to add at the centre.
        </p>
      </div>
      <div className="palette__list" ref={listRef} onKeyDown={onListKeyDown}>
        {groups.length === 0 && <p className="palette__empty">No service matches “{query}”.</p>}
        {groups.map((group) => (
          <section key={group.category} className="palette__group" aria-labelledby={`palette-group-${group.category}`}>
            <h2 id={`palette-group-${group.category}`} className="palette__group-title">
              {group.label}
            </h2>
            <ul role="list">
              {group.services.map((service) => (
                <li key={service.id}>
                  <PaletteItem
                    service={service}
                    tabbable={service.id === tabStop}
                    describedBy={tip?.service.id === service.id ? tipId : undefined}
                    onActivate={() => addServiceAtCentre(service.id)}
                    onShowTip={(element) => {
                      setActiveId(service.id);
                      showTip(service, element);
                    }}
                    onHideTip={() => setTip(null)}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {tip && (
        <div id={tipId} role="tooltip" className="palette-tip" style={{ top: tip.top, left: tip.left }}>
          <ServiceFacts service={tip.service} />
        </div>
      )}
    </aside>
  );
}
