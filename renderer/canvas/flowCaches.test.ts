import { describe, expect, it } from 'vitest';
import { design } from '../../shared/model/builder';
import { applyOps } from '../../shared/model/applyOps';
import type { PipelineDocument } from '../../shared/model/document';
import { FlowEdgeCache } from './flowEdges';
import { FlowNodeCache } from './flowNodes';

const doc = design({
  title: 'Caches',
  nodes: [
    { id: 'src', service: 'source' },
    { id: 'fh', service: 'firehose' },
    { id: 's3', service: 's3' },
  ],
  flows: ['src>fh>s3'],
});
const none = new Set<string>();
const setParam = (d: PipelineDocument, node: string, key: string, value: number) => applyOps(d, [{ op: 'setParam', node, key, value }]);
const setLabel = (d: PipelineDocument, node: string, label: string) => applyOps(d, [{ op: 'relabel', node, label }]);
const moveNode = (d: PipelineDocument, node: string, x: number, y: number) => applyOps(d, [{ op: 'moveNodes', moves: [{ node, x, y }] }]);
const sizes = new Map();

describe('FlowNodeCache', () => {
  it('gives back the same array when only parameters changed', () => {
    const cache = new FlowNodeCache();
    const first = cache.build(doc.nodes, none, sizes);
    const edited = setParam(doc, 'fh', 'bufferSeconds', 120);
    expect(edited.nodes).not.toBe(doc.nodes);
    expect(cache.build(edited.nodes, none, sizes)).toBe(first);
  });

  it('replaces only the node whose label, position or selection changed', () => {
    const cache = new FlowNodeCache();
    const first = cache.build(doc.nodes, none, sizes);
    const relabelled = cache.build(setLabel(doc, 'fh', 'Feed').nodes, none, sizes);
    expect(relabelled).not.toBe(first);
    expect(relabelled[0]).toBe(first[0]);
    expect(relabelled[1]!.data).toEqual({ service: 'firehose', label: 'Feed' });
    expect(relabelled[2]).toBe(first[2]);

    const moved = cache.build(moveNode(setLabel(doc, 'fh', 'Feed'), 's3', 5, 6).nodes, none, sizes);
    expect(moved[2]!.position).toEqual({ x: 5, y: 6 });
    // A move keeps the card's data object: the card itself does not re-render.
    expect(moved[2]!.data).toBe(first[2]!.data);

    const selected = cache.build(doc.nodes, new Set(['src']), sizes);
    expect(selected[0]!.selected).toBe(true);
    expect(selected[0]!.data).toBe(first[0]!.data);
  });
});

describe('FlowEdgeCache', () => {
  it('gives back the same array when nothing an edge shows changed', () => {
    const cache = new FlowEdgeCache();
    const first = cache.build(doc.edges, doc.nodes, none);
    const edited = setParam(doc, 'fh', 'bufferSeconds', 120);
    expect(cache.build(edited.edges, edited.nodes, none)).toBe(first);
    const relabelled = setLabel(doc, 'fh', 'Feed');
    const next = cache.build(relabelled.edges, relabelled.nodes, none);
    expect(next).not.toBe(first);
    expect(next[0]!.ariaLabel).toBe('Flow from Source to Feed');
  });

  it('marks an orchestrator’s edges as running a step, not a flow of data', () => {
    const orchestrated = design({
      title: 'Orchestrated',
      nodes: [{ id: 's3', service: 's3' }, { id: 'etl', service: 'glue-etl', label: 'Nightly ETL' }, { id: 'flow', service: 'step-functions', label: 'Workflow' }],
      flows: ['s3>etl', 'flow>etl'],
    });
    const [data, control] = new FlowEdgeCache().build(orchestrated.edges, orchestrated.nodes, none);
    expect([data!.ariaLabel, data!.className]).toEqual(['Flow from S3 to Nightly ETL', undefined]);
    expect([control!.ariaLabel, control!.className]).toEqual(['Workflow runs Nightly ETL', 'is-control']);
  });
});
