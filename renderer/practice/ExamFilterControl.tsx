import type { ExamFilter } from '../../shared/exam/coverage';
import { EXAMS } from '../../shared/exam/taskStatements';
import { useExamFilterStore } from './examFilterStore';

const OPTIONS: readonly { value: ExamFilter; label: string; title: string }[] = [
  { value: 'all', label: 'All', title: 'Questions for both exams' },
  ...(Object.entries(EXAMS) as [Exclude<ExamFilter, 'all'>, (typeof EXAMS)[keyof typeof EXAMS]][]).map(([code, exam]) => ({
    value: code,
    label: code,
    title: `${exam.name} (${exam.status})`,
  })),
];

/** All / MLS-C01 / MLA-C01 as a row of radio buttons (arrow keys move the choice). */
export function ExamFilterControl() {
  const filter = useExamFilterStore((s) => s.filter);
  const choose = useExamFilterStore((s) => s.choose);
  return (
    <fieldset className="exam-filter">
      <legend className="exam-filter__legend">Exam</legend>
      <div className="exam-filter__options">
        {OPTIONS.map((option) => (
          <label key={option.value} className="exam-filter__option" title={option.title}>
            <input type="radio" name="practice-exam" value={option.value} checked={filter === option.value} onChange={() => choose(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
