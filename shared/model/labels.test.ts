import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { applyOps } from './applyOps';
import { design } from './builder';
import { labelAfterServiceChange, uniqueLabel } from './labels';

describe('labelAfterServiceChange', () => {
  it('follows the new service for the old short name, with or without a number', () => {
    expect(labelAfterServiceChange('Firehose', 'firehose', 'kinesis-data-streams')).toBe('Kinesis Data Streams');
    expect(labelAfterServiceChange('Firehose 2', 'firehose', 'kinesis-data-streams')).toBe('Kinesis Data Streams 2');
  });

  it('keeps a label someone chose', () => {
    expect(labelAfterServiceChange('Firehose to Lake', 'firehose', 'kinesis-data-streams')).toBe('Firehose to Lake');
    expect(labelAfterServiceChange('Clicks', 'firehose', 'kinesis-data-streams')).toBe('Clicks');
  });
});

describe('uniqueLabel', () => {
  it('numbers a label already in use from 2', () => {
    expect(uniqueLabel(new Set(), 'S3')).toBe('S3');
    expect(uniqueLabel(new Set(['S3', 'S3 2']), 'S3')).toBe('S3 3');
  });
});

describe('one relabel rule for fixes and the inspector', () => {
  // Two Firehoses, the second labelled the way the palette labels a second one; it feeds two consumers.
  const doc = design({
    title: 'relabel',
    nodes: [
      { id: 'src', service: 'source', params: { eventsPerSecond: 100, bytesPerEvent: 1000 } },
      { id: 'fh1', service: 'firehose', label: 'Firehose' },
      { id: 'fh2', service: 'firehose', label: 'Firehose 2' },
      { id: 'lake', service: 's3', label: 'Lake' },
      { id: 'fn', service: 'lambda', label: 'Scorer' },
    ],
    flows: ['src>fh1>lake', 'src>fh2>lake', 'fh2>fn'],
  });

  it('a rule fix replacing "Firehose 2" with Kinesis Data Streams names it "Kinesis Data Streams 2"', () => {
    const issue = analyze(doc).issues.find((i) => i.rule === 'firehose-multiple-consumers' && i.nodes[0] === 'fh2');
    expect(issue?.fix).toBeDefined();
    const fixed = applyOps(doc, issue!.fix!.ops);
    const node = fixed.nodes.find((n) => n.id === 'fh2')!;
    expect(node.service).toBe('kinesis-data-streams');
    expect(node.label).toBe('Kinesis Data Streams 2');
  });

  it('the inspector path (the same op) gives the same label', () => {
    const changed = applyOps(doc, [{ op: 'replaceService', node: 'fh2', service: 'kinesis-data-streams' }]);
    expect(changed.nodes.find((n) => n.id === 'fh2')!.label).toBe('Kinesis Data Streams 2');
  });
});
