import { analyze } from '../../shared/analysis/analyze';
import type { PipelineDocument } from '../../shared/model/document';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { printTable, timeIt } from './stats';

/**
 * The floor analyze() is compared with: one pass that indexes the nodes, walks every edge and
 * touches every node's parameters — the least any whole-graph analysis has to do.
 */
function barePass(document: PipelineDocument): number {
  const index = new Map<string, number>();
  document.nodes.forEach((node, i) => index.set(node.id, i));
  const degree = new Int32Array(document.nodes.length);
  for (const edge of document.edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s !== undefined && t !== undefined) {
      degree[s]!++;
      degree[t]!++;
    }
  }
  let sum = 0;
  for (const node of document.nodes) for (const key in node.params) if (typeof node.params[key] === 'number') sum += node.params[key] as number;
  return sum + degree.length;
}

const sizes = [100, 1_000, 10_000];
const rows: string[][] = [];
let previous: { size: number; median: number } | undefined;
for (const size of sizes) {
  const document = syntheticPipeline(size);
  const runs = size >= 10_000 ? 60 : 300;
  const engine = timeIt(() => analyze(document), runs);
  const bare = timeIt(() => barePass(document), runs);
  const growth = previous ? `${(engine.median / previous.median).toFixed(1)}x for ${size / previous.size}x nodes` : '—';
  rows.push([String(size), String(document.edges.length), engine.median.toFixed(3), engine.p95.toFixed(3), bare.median.toFixed(3), (engine.median / bare.median).toFixed(1), growth]);
  previous = { size, median: engine.median };
}
console.log(`analyze() on generated pipelines — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
printTable(['nodes', 'edges', 'analyze median ms', 'analyze p95 ms', 'bare pass median ms', 'ratio', 'growth'], rows);
