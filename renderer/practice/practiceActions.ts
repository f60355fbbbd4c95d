import { gradeDesign, starterDesign } from '../../shared/practice/grade';
import { scenarioById } from '../../shared/scenarios/index';
import type { OptionKey, Scenario } from '../../shared/scenarios/types';
import { confirmDiscard } from '../commands/fileActions';
import { useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { showView } from '../store/viewStore';
import { answerResults } from './answerModel';
import { useProgressStore } from './progressStore';
import { useSessionStore } from './sessionStore';

/** What the practice screens do: answer, build, check, and move between practice and the editor. */

export function submitAnswer(scenario: Scenario): void {
  const session = useSessionStore.getState();
  const choice = session.answer?.scenarioId === scenario.id ? session.answer.choice : null;
  if (!choice) return;
  session.submit();
  const { correct } = answerResults(scenario, choice);
  void useProgressStore.getState().record(scenario.id, { mode: 'answer', correct, at: new Date(), choice });
}

/** Opens an option's design in the editor as a new, unsaved document. */
export async function openOptionInEditor(scenario: Scenario, key: OptionKey): Promise<void> {
  const option = scenario.options.find((o) => o.key === key);
  if (!option) return;
  if (!(await confirmDiscard('Open this option'))) return;
  useDocumentStore.getState().loadDocument(structuredClone(option.document));
  toast(`Opened option ${key} of “${scenario.title}”. Save As to keep it.`);
}

/** Build mode: the scenario's starting design on the canvas, with the practice bar above it. */
export async function startBuild(scenario: Scenario): Promise<void> {
  if (!(await confirmDiscard('Start building your answer'))) return;
  const starter = starterDesign(scenario);
  // Several starting nodes would all sit at the origin: stack them.
  const nodes = starter.nodes.map((node, i) => ({ ...node, position: { x: 0, y: i * 120 } }));
  const store = useDocumentStore.getState();
  store.loadDocument({ ...starter, nodes });
  useSessionStore.getState().startBuild(scenario.id, useDocumentStore.getState().loadEpoch);
  showView('editor');
}

/** Grades the design on the canvas against the scenario being built, and records the attempt. */
export function checkBuild(): void {
  const build = useSessionStore.getState().build;
  const scenario = build ? scenarioById(build.scenarioId) : undefined;
  if (!build || !scenario) return;
  const doc = useDocumentStore.getState().doc;
  const grade = gradeDesign(scenario, doc);
  useSessionStore.getState().setGrade(grade, doc);
  void useProgressStore.getState().record(scenario.id, { mode: 'build', correct: grade.verdict === 'pass', at: new Date(), verdict: grade.verdict });
}

export function backToPractice(scenarioId?: string): void {
  if (scenarioId) useSessionStore.getState().open(scenarioId);
  showView('practice');
}
