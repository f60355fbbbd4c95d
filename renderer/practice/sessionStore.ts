import { create } from 'zustand';
import type { PipelineDocument } from '../../shared/model/document';
import type { Grade } from '../../shared/practice/grade';
import type { TaskStatementId } from '../../shared/exam/taskStatements';
import type { OptionKey } from '../../shared/scenarios/types';
import { useDocumentStore } from '../store/documentStore';

interface AnswerState {
  scenarioId: string;
  choice: OptionKey | null;
  submitted: boolean;
}

export interface BuildSession {
  scenarioId: string;
  /** The document load that started it: loading any other design ends the session. */
  loadEpoch: number;
  grade: Grade | null;
  /** The document the grade is about, to say when the design changed since. */
  gradedDoc: PipelineDocument | null;
}

interface SessionState {
  /** The scenario shown in the practice view. */
  openId: string | null;
  /** The coverage view is shown instead of a question; `coverageFocus` is the task statement to show first. */
  coverageOpen: boolean;
  coverageFocus: TaskStatementId | null;
  answer: AnswerState | null;
  build: BuildSession | null;
  open(id: string | null): void;
  showCoverage(focus?: TaskStatementId): void;
  choose(scenarioId: string, choice: OptionKey): void;
  submit(): void;
  retry(): void;
  startBuild(scenarioId: string, loadEpoch: number): void;
  setGrade(grade: Grade | null, gradedDoc: PipelineDocument | null): void;
}

/** Where the learner is in practice: which question is open, the answer being given, the design being built. */
export const useSessionStore = create<SessionState>()((set, get) => ({
  openId: null,
  coverageOpen: false,
  coverageFocus: null,
  answer: null,
  build: null,
  open: (openId) => set({ openId, coverageOpen: false }),
  showCoverage: (focus) => set({ coverageOpen: true, coverageFocus: focus ?? null }),
  choose: (scenarioId, choice) => set({ answer: { scenarioId, choice, submitted: false } }),
  submit: () => {
    const answer = get().answer;
    if (answer?.choice) set({ answer: { ...answer, submitted: true } });
  },
  retry: () => set({ answer: null }),
  startBuild: (scenarioId, loadEpoch) => set({ build: { scenarioId, loadEpoch, grade: null, gradedDoc: null } }),
  setGrade: (grade, gradedDoc) => {
    const build = get().build;
    if (build) set({ build: { ...build, grade, gradedDoc } });
  },
}));

/** The build session, while the design it started is still the one in the editor. */
export function useActiveBuild(): BuildSession | null {
  const build = useSessionStore((s) => s.build);
  const epoch = useDocumentStore((s) => s.loadEpoch);
  return build && build.loadEpoch === epoch ? build : null;
}
