import { taskStatementText } from '../../shared/exam/coverage';
import type { ExamTags as Tags } from '../../shared/exam/taskStatements';
import { useSessionStore } from './sessionStore';

/** A question's task statements as small buttons: the guide's wording on hover and focus, and a click shows its coverage. */
export function ExamTags({ tags }: { tags: Tags }) {
  const showCoverage = useSessionStore((s) => s.showCoverage);
  return (
    <ul className="exam-tags" aria-label="Exam task statements" data-testid="exam-tags">
      {tags.map((id) => {
        const text = taskStatementText(id);
        return (
          <li key={id}>
            <button type="button" className="exam-tag" title={`${id}: ${text}`} data-text={text} aria-description={`${text} Shows its coverage.`} onClick={() => showCoverage(id)}>
              {id}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
