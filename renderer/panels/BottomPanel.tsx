import { useRef, type KeyboardEvent } from 'react';
import { analysisOf } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore, type PanelTab } from '../store/uiStore';
import { formatMoney } from '../../shared/util/numbers';
import { usePanelStore } from '../layout/panelStore';
import { CostPanel } from './CostPanel';
import { IssuesPanel } from './IssuesPanel';

const TABS: PanelTab[] = ['issues', 'cost'];

/**
 * Tabs for the Issues list and the Cost sheet. As a `strip` (collapsed, or no room) only the tabs show;
 * choosing one opens the panel again.
 */
export function BottomPanel({ strip }: { strip: boolean }) {
  const tab = useUiStore((s) => s.panelTab);
  const setTab = useUiStore((s) => s.setPanelTab);
  const result = useDocumentStore((s) => analysisOf(s.doc));
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const collapsed = usePanelStore((s) => s.prefs.bottomCollapsed);
  const choose = (next: PanelTab) => {
    setTab(next);
    if (collapsed) usePanelStore.getState().setCollapsed('bottom', false);
  };
  const refs = useRef<Record<PanelTab, HTMLButtonElement | null>>({ issues: null, cost: null });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length] as PanelTab;
    choose(next);
    refs.current[next]?.focus();
    event.preventDefault();
  };

  const labels: Record<PanelTab, string> = {
    issues: `Issues (${result.issues.length})`,
    cost: `Cost ${formatMoney(result.cost.total)}/mo`,
  };

  return (
    <section className={`bottom-panel${strip ? ' is-strip' : ''}`} aria-label="Analysis">
      <div role="tablist" aria-label="Analysis" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t}
            ref={(el) => {
              refs.current[t] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`tabpanel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            className="tabs__tab"
            onClick={() => choose(t)}
          >
            {labels[t]}
            {t === 'issues' && errors > 0 && (
              <>
                <span className="tabs__badge" aria-hidden="true">
                  {errors}
                </span>
                <span className="visually-hidden">, {errors === 1 ? '1 error' : `${errors} errors`}</span>
              </>
            )}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabs__panel" tabIndex={0} hidden={strip}>
        {tab === 'issues' ? <IssuesPanel /> : <CostPanel />}
      </div>
    </section>
  );
}
