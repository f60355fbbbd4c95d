import { useEffect, useState } from 'react';
import type { RecentFile } from '../../shared/ipc/contract';
import type { Example } from '../../shared/scenarios/examples';
import { getBridge } from '../bridge/index';
import { newDocument, newFromExample, openDocument, openPath } from '../commands/fileActions';
import { MiniDiagram } from '../sideBySide/MiniDiagram';
import { showView } from '../store/viewStore';
import './startPage.css';

const RECENT_SHOWN = 8;

/** What a launch with nothing to reopen shows: start blank, from an example, from a recent file, or practise. */
export default function StartPage() {
  const [examples, setExamples] = useState<readonly Example[] | null>(null);
  const [recent, setRecent] = useState<RecentFile[] | null>(null);
  useEffect(() => {
    void import('../../shared/scenarios/examples').then(
      (module) => setExamples(module.EXAMPLES),
      () => setExamples([]),
    );
    getBridge()
      .recentFiles()
      .then((files) => setRecent(files.filter((file) => file.exists).slice(0, RECENT_SHOWN)))
      .catch(() => setRecent([]));
  }, []);

  return (
    <div className="start-page" data-testid="start-page">
      <div className="start-page__inner">
        <h1 className="start-page__title">Start</h1>
        <div className="start-page__actions">
          <button type="button" className="button button--primary" onClick={() => void newDocument()}>
            New blank design
          </button>
          <button type="button" className="button" onClick={() => void openDocument()}>
            Open…
          </button>
          <button type="button" className="button" onClick={() => showView('practice')}>
            Practice exam questions
          </button>
        </div>

        <section aria-labelledby="start-examples">
          <h2 id="start-examples" className="start-page__heading">
            Examples
          </h2>
          {examples === null ? (
            <p className="muted">Loading…</p>
          ) : (
            <ul className="start-page__examples">
              {examples.map((example) => (
                <li key={example.id}>
                  <button type="button" className="start-example" data-testid={`start-example-${example.id}`} onClick={() => void newFromExample(example.document)}>
                    <span className="start-example__picture" aria-hidden="true">
                      <MiniDiagram document={example.document} label={example.title} />
                    </span>
                    <span className="start-example__title">{example.title}</span>
                    <span className="start-example__description">{example.description}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="start-recent">
          <h2 id="start-recent" className="start-page__heading">
            Recent designs
          </h2>
          {recent === null ? (
            <p className="muted">Loading…</p>
          ) : recent.length === 0 ? (
            <p className="muted">No recent designs yet: what you save appears here.</p>
          ) : (
            <ul className="start-page__recent" data-testid="start-recent">
              {recent.map((file) => (
                <li key={file.path}>
                  <button type="button" className="start-recent" onClick={() => void openPath(file.path)}>
                    <span className="start-recent__name">{file.name}</span>
                    <span className="start-recent__path">{file.path}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
