import { catalog } from '../catalog/index';
import { cadenceLabel, secondsLabel } from './ageLabel';
import type { AnalysisContext } from './context';
import { stagePeriod } from './dataAge';

/** "up to 7 d old (weekly SageMaker Training)", "up to 5 min old (Firehose buffer)": node `i`'s data age and its cause. */
export function dataAgeLabel(ctx: AnalysisContext, i: number): string {
  const age = `up to ${secondsLabel(ctx.age.outSeconds[i]!)} old`;
  const stage = ctx.age.outStage[i]!;
  if (stage < 0) return age;
  const stageNode = ctx.nodes[stage]!;
  const service = catalog[stageNode.service].shortName;
  if (stageNode.service === 'firehose') return `${age} (${service} buffer)`;
  return `${age} (${cadenceLabel(stagePeriod(stageNode, ctx.hoursPerMonth))} ${service})`;
}
