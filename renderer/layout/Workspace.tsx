import type { CSSProperties } from 'react';
import { Canvas } from '../canvas/Canvas';
import { Palette } from '../canvas/Palette';
import { BottomPanel } from '../panels/BottomPanel';
import { Inspector } from '../panels/Inspector';
import { analysisOf } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { fitPanels, SEPARATOR_PX } from './panelFit';
import { PanelSeparator } from './PanelSeparator';
import { usePanelStore } from './panelStore';
import { useElementSize } from './useElementSize';

/**
 * The editor: palette | canvas over the bottom panel | inspector, with a resize handle between each
 * panel and the canvas. Sizes are the user's, fitted so the canvas keeps half the window.
 */
export function Workspace({ hidden }: { hidden: boolean }) {
  const [ref, space] = useElementSize<HTMLDivElement>();
  const prefs = usePanelStore((s) => s.prefs);
  const pinned = usePanelStore((s) => s.pinned);
  const noIssues = useDocumentStore((s) => analysisOf(s.doc).issues.length === 0);
  const issuesTab = useUiStore((s) => s.panelTab === 'issues');
  const windowSize = { width: globalThis.innerWidth, height: globalThis.innerHeight };
  // Nothing to say: no issues on the Issues tab (the cost sheet always has something).
  const fitted = fitPanels(space, windowSize, prefs, noIssues && issuesTab, pinned);
  const style = {
    gridTemplateColumns: `${fitted.palette}px ${SEPARATOR_PX}px minmax(0, 1fr) ${SEPARATOR_PX}px ${fitted.inspector}px`,
  } satisfies CSSProperties;
  const centreStyle = { gridTemplateRows: `minmax(0, 1fr) ${SEPARATOR_PX}px ${fitted.bottom}px` } satisfies CSSProperties;

  return (
    <div ref={ref} className="workspace" hidden={hidden} style={style}>
      <div id="panel-palette" className={`workspace__slot${fitted.palette === 0 ? ' is-collapsed' : ''}`} inert={fitted.palette === 0}>
        <Palette />
      </div>
      <PanelSeparator panel="palette" size={fitted.palette} label="Resize the palette" controls="panel-palette" grows={1} />
      <main className="centre" aria-label="Pipeline" style={centreStyle}>
        <Canvas />
        <PanelSeparator panel="bottom" size={fitted.bottom} label="Resize the analysis panel" controls="panel-bottom" grows={-1} />
        <div id="panel-bottom" className="workspace__slot">
          <BottomPanel strip={fitted.bottomStrip} />
        </div>
      </main>
      <PanelSeparator panel="inspector" size={fitted.inspector} label="Resize the inspector" controls="panel-inspector" grows={-1} />
      <div id="panel-inspector" className={`workspace__slot${fitted.inspector === 0 ? ' is-collapsed' : ''}`} inert={fitted.inspector === 0}>
        <Inspector />
      </div>
    </div>
  );
}
