import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { catalog, type Category, type ServiceDefinition, type ServiceId } from '../../shared/catalog/index';
import { addServiceAtCentre, setNextAddPosition } from '../commands/editActions';
import { groupByCategory, searchServices } from './paletteSearch';
import { useDocumentStore } from '../store/documentStore';
import { PaletteItem } from './PaletteItem';
import { usePaletteStore } from './paletteStore';
import { ServiceFacts } from './ServiceFacts';

interface Tip {
  service: ServiceDefinition;
  key: string;
  top: number;
  left: number;
}

interface ShownGroup {
  key: Category | 'recent';
  label: string;
  services: readonly ServiceDefinition[];
  /** Categories fold with their heading; "Recently used" and the groups of a search do not. */
  foldable: boolean;
  open: boolean;
}

const itemKey = (group: ShownGroup['key'], service: ServiceId) => `${group}:${service}`;
const toggleKey = (group: ShownGroup['key']) => `toggle:${group}`;

/** The service palette: search, recently used, then categories that fold; items drag (or Enter) onto the canvas. */
export function Palette() {
  const [query, setQuery] = useState('');
  // Another design opened: the search typed for the previous one is cleared (state adjusted while rendering).
  const loadEpoch = useDocumentStore((s) => s.loadEpoch);
  const [searchedIn, setSearchedIn] = useState(loadEpoch);
  if (searchedIn !== loadEpoch) {
    setSearchedIn(loadEpoch);
    setQuery('');
  }
  const folded = usePaletteStore((s) => s.folded);
  const recent = usePaletteStore((s) => s.recent);
  const toggleFolded = usePaletteStore((s) => s.toggleFolded);
  const [tip, setTip] = useState<Tip | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const tipId = useId();
  const listId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const results = useMemo(() => searchServices(query), [query]);
  const searching = query.trim() !== '';

  // A search shows its matches in every category, folded or not.
  const groups = useMemo<ShownGroup[]>(() => {
    const categories = groupByCategory(results).map((group) => ({
      key: group.category,
      label: group.label,
      services: group.services,
      foldable: !searching,
      open: searching || !folded.includes(group.category),
    }));
    if (searching || recent.length === 0) return categories;
    return [{ key: 'recent', label: 'Recently used', services: recent.map((id) => catalog[id]), foldable: false, open: true }, ...categories];
  }, [results, searching, folded, recent]);

  // Roving focus: one item or heading is the tab stop (the active one, else the first item, else the first heading).
  const keys = groups.flatMap((group) => [...(group.foldable ? [toggleKey(group.key)] : []), ...(group.open ? group.services.map((s) => itemKey(group.key, s.id)) : [])]);
  const tabStop = activeKey && keys.includes(activeKey) ? activeKey : (keys.find((key) => !key.startsWith('toggle:')) ?? keys[0]);

  const focusables = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('.palette-item, .palette__group-toggle') ?? []);

  const onListKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const all = focusables();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : Math.min(all.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    all[next]?.focus();
    event.preventDefault();
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      const all = focusables();
      (all.find((element) => element.classList.contains('palette-item')) ?? all[0])?.focus();
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

  const showTip = (service: ServiceDefinition, key: string, element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    setTip({ service, key, top: Math.min(rect.top, window.innerHeight - 260), left: rect.right + 8 });
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
        {groups.map((group) => {
          const headingId = `${listId}-${group.key}`;
          const itemsId = `${listId}-${group.key}-items`;
          return (
            <section key={group.key} className="palette__group" data-group={group.key} aria-labelledby={headingId}>
              <h2 id={headingId} className="palette__group-title">
                {group.foldable ? (
                  <button
                    type="button"
                    className="palette__group-toggle"
                    aria-expanded={group.open}
                    aria-controls={group.open ? itemsId : undefined}
                    tabIndex={tabStop === toggleKey(group.key) ? 0 : -1}
                    onFocus={() => setActiveKey(toggleKey(group.key))}
                    onClick={() => toggleFolded(group.key as Category)}
                  >
                    <span className="palette__chevron" aria-hidden="true" />
                    {group.label}{' '}
                    <span className="palette__count">
                      {group.services.length}
                      <span className="visually-hidden"> services</span>
                    </span>
                  </button>
                ) : (
                  group.label
                )}
              </h2>
              {group.open && (
                <ul role="list" id={itemsId}>
                  {group.services.map((service) => {
                    const key = itemKey(group.key, service.id);
                    return (
                      <li key={service.id}>
                        <PaletteItem
                          service={service}
                          recent={group.key === 'recent'}
                          tabbable={key === tabStop}
                          describedBy={tip?.key === key ? tipId : undefined}
                          onActivate={() => addServiceAtCentre(service.id)}
                          onShowTip={(element) => {
                            setActiveKey(key);
                            showTip(service, key, element);
                          }}
                          onHideTip={() => setTip(null)}
                        />
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {tip && (
        <div id={tipId} role="tooltip" className="palette-tip" style={{ top: tip.top, left: tip.left }}>
          <ServiceFacts service={tip.service} />
        </div>
      )}
    </aside>
  );
}
