import type { AnalysisContext } from './context';

/** The distinct steps orchestrator `i` runs: the targets of its valid edges. */
export function stepsRunBy(ctx: AnalysisContext, i: number): number[] {
  const { outStart, outEdge, edgeTarget, edgeValid } = ctx.graph;
  const steps: number[] = [];
  for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
    const e = outEdge[k]!;
    const target = edgeTarget[e]!;
    if (edgeValid[e] && !steps.includes(target)) steps.push(target);
  }
  return steps;
}
