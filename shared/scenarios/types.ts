import type { PipelineDocument } from '../model/document';
import type { Check } from '../practice/checks';
import type { ExamTags } from '../exam/taskStatements';
import type { RuleId } from '../rules/registry';

export type OptionKey = 'A' | 'B' | 'C' | 'D';

export interface ScenarioOption {
  key: OptionKey;
  /** The option as the question words it ("Firehose → S3 → Spot Training → DynamoDB"). */
  summary: string;
  document: PipelineDocument;
}

export interface Scenario {
  id: string;
  title: string;
  /** Which rule family it practises, for the practice list. */
  topic: string;
  /** The question, in our own words. */
  prompt: string;
  /** The requirements a design must meet, as bullet points. */
  requirements: string[];
  options: ScenarioOption[];
  answer: OptionKey;
  /** Why the answer wins, with the figures that decide it. */
  explanation: string;
  /** Rule ids that decide the ranking. */
  decidingRules: RuleId[];
  /** What a learner's own design must do to pass in build mode (besides having no errors). */
  checks: Check[];
  origin: 'study-notes' | 'team';
  /** The exam task statements it trains (MLS-C01 and MLA-C01), e.g. 'MLA-C01 3.1'. */
  exam: ExamTags;
}
