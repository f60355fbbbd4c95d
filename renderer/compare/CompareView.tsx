import { useMemo } from 'react';
import type { Issue } from '../../shared/analysis/types';
import { IssueLines } from '../sideBySide/IssueLines';
import { MiniDiagram } from '../sideBySide/MiniDiagram';
import { useDocumentStore } from '../store/documentStore';
import { ChangesTable } from './ChangesTable';
import { compareFiles, compareWithSaved } from './compareActions';
import { compareModel } from './compareModel';
import { CompareSlot } from './CompareSlot';
import { useCompareStore } from './compareStore';
import { CostDifference } from './CostDifference';
import { CostTable } from './CostTable';
import '../sideBySide/sideBySide.css';
import './compare.css';

const labelsOf = (nodes: readonly { id: string; label: string }[]) => new Map(nodes.map((n) => [n.id, n.label]));

/** Two designs side by side: what was added, removed and changed, both issue lists, and the cost difference. */
export default function CompareView() {
  const before = useCompareStore((s) => s.before);
  const after = useCompareStore((s) => s.after);
  const swap = useCompareStore((s) => s.swap);
  const hasPath = useDocumentStore((s) => s.filePath !== null);
  const model = useMemo(() => (before && after ? compareModel(before.document, after.document) : null), [before, after]);
  const beforeLabels = useMemo(() => labelsOf(before?.document.nodes ?? []), [before]);
  const afterLabels = useMemo(() => labelsOf(after?.document.nodes ?? []), [after]);

  return (
    <main className="compare" aria-labelledby="compare-title" data-testid="compare-view">
      <div className="compare__inner">
        <header className="compare__header">
          <h2 id="compare-title" className="compare__title">
            Compare designs
          </h2>
          <div className="compare__actions">
            <button type="button" className="button" onClick={() => void compareFiles()}>
              Compare two files…
            </button>
            <button type="button" className="button" onClick={() => void compareWithSaved()} disabled={!hasPath} title={hasPath ? undefined : 'Save the design first'}>
              Compare with saved version
            </button>
            <button type="button" className="button" onClick={swap} disabled={!before && !after}>
              ⇄ Swap sides
            </button>
          </div>
        </header>

        <div className="compare__pair">
          <CompareSlot side="before" />
          <CompareSlot side="after" />
        </div>

        {!model && (
          <p className="compare__hint">
            Choose two design files — or one file and the design you are editing — to see what differs between them: nodes added, removed and changed, both
            designs’ issues, and the monthly cost per node and in total.
          </p>
        )}

        {model && before && after && (
          <>
            <CostDifference model={model} />
            <div className="compare__pair">
              <MiniDiagram document={before.document} label={`Before: ${before.name}`} size="large" marks={model.before} testId="compare-diagram-before" />
              <MiniDiagram document={after.document} label={`After: ${after.name}`} size="large" marks={model.after} testId="compare-diagram-after" />
            </div>
            <ul className="diff-legend" aria-label="Legend">
              <li>
                <span className="diff-legend__swatch diff-legend__swatch--added" aria-hidden="true">
                  +
                </span>
                Added <span className="count">{model.diff.added.length}</span>
              </li>
              <li>
                <span className="diff-legend__swatch diff-legend__swatch--removed" aria-hidden="true">
                  −
                </span>
                Removed <span className="count">{model.diff.removed.length}</span>
              </li>
              <li>
                <span className="diff-legend__swatch diff-legend__swatch--changed" aria-hidden="true">
                  ~
                </span>
                Changed <span className="count">{model.diff.changed.length}</span>
              </li>
            </ul>

            <div className="compare__tables">
              <section aria-labelledby="compare-changes" className="compare-card">
                <h3 id="compare-changes" className="section-title">
                  Changes <span className="count">{model.changes.length}</span>
                </h3>
                <ChangesTable model={model} beforeName={before.name} afterName={after.name} />
              </section>
              <section aria-labelledby="compare-cost" className="compare-card">
                <h3 id="compare-cost" className="section-title">
                  Cost by node
                </h3>
                <CostTable model={model} />
              </section>
            </div>

            <div className="compare__pair">
              <IssueColumn side="before" issues={model.diff.issuesBefore} labels={beforeLabels} tagOf={(issue) => (model.fixed.has(issue) ? 'fixed' : undefined)} />
              <IssueColumn side="after" issues={model.diff.issuesAfter} labels={afterLabels} tagOf={(issue) => (model.introduced.has(issue) ? 'new' : undefined)} />
            </div>
          </>
        )}
      </div>
    </main>
  );
}

interface IssueColumnProps {
  side: 'before' | 'after';
  issues: readonly Issue[];
  labels: ReadonlyMap<string, string>;
  tagOf(issue: Issue): string | undefined;
}

/** One side's issue list, with the issues this comparison fixed or introduced tagged. */
function IssueColumn({ side, issues, labels, tagOf }: IssueColumnProps) {
  return (
    <section aria-labelledby={`issues-${side}`} className="compare-card">
      <h3 id={`issues-${side}`} className="section-title">
        Issues {side} <span className="count">{issues.length}</span>
      </h3>
      <IssueLines issues={issues} empty="No issues." labels={labels} tagOf={tagOf} testId={`issues-${side}`} />
    </section>
  );
}
