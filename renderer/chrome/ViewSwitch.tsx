import { useViewStore, type AppView } from '../store/viewStore';
import './viewSwitch.css';

const VIEWS: { view: AppView; label: string; title: string }[] = [
  { view: 'editor', label: 'Design', title: 'The design editor' },
  { view: 'practice', label: 'Practice', title: 'Practice questions for the exam' },
  { view: 'compare', label: 'Compare', title: 'Compare two designs side by side' },
];

/** Switches between the editor, practice and comparison screens. */
export function ViewSwitch() {
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="Screens">
      {VIEWS.map((entry) => (
        <button
          key={entry.view}
          type="button"
          className="view-switch__button"
          aria-pressed={view === entry.view}
          title={entry.title}
          data-testid={`view-${entry.view}`}
          onClick={() => setView(entry.view)}
        >
          {entry.label}
        </button>
      ))}
    </div>
  );
}
