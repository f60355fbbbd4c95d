import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pipeboard } from './runCli.testutil';
import { serializeDocument } from '../../shared/format/index';
import { design } from '../../shared/model/builder';
import { EXAMPLES } from '../../shared/scenarios/index';

let folder: string;
const file = (name: string): string => join(folder, name);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pipeboard-cli-'));
  const shards = EXAMPLES.find((e) => e.id === 'shards-by-records')!.document;
  await writeFile(file('shards.pipeboard.json'), serializeDocument(shards));
  const underProvisioned = design({
    title: 'Too few shards',
    nodes: [
      { id: 'src', service: 'source', params: { eventsPerSecond: 8000, bytesPerEvent: 750 } },
      { id: 'kds', service: 'kinesis-data-streams', params: { shards: 6 } },
      { id: 'fn', service: 'lambda' },
      { id: 'fn2', service: 'lambda' },
    ],
    flows: ['src>kds>fn', 'kds>fn2'],
  });
  await writeFile(file('under.pipeboard.json'), serializeDocument(underProvisioned));
  await writeFile(file('q1.pipeboard.json'), serializeDocument(EXAMPLES.find((e) => e.id === 'q1-answer')!.document));
  await writeFile(file('broken.pipeboard.json'), '{"format":"pipeboard","version":1,"nodes":[{"id":"a","service":"warp-drive"}]');
  await writeFile(file('invalid.pipeboard.json'), JSON.stringify({ format: 'pipeboard', version: 1, title: 'x', nodes: [{ id: 'k', service: 'kinesis-data-streams', label: '', position: { x: 0, y: 0 }, params: { shards: -2 } }], edges: [] }));
}, 30_000);

describe('pipeboard check', () => {
  it('prints the stable JSON contract and exits 1 when the design has errors', async () => {
    const result = await pipeboard('check', file('under.pipeboard.json'), '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.issues[0]).toMatchObject({ rule: 'kds-under-provisioned', severity: 'error', nodes: ['kds'] });
    expect(json.issues[0].message).toContain('needs 8');
    expect(json.derived.nodes.kds).toMatchObject({ shardsRequired: 8, shardsBy: 'records' });
    // Operations score: the stream is level 1, each Lambda 0; the source is not scored.
    expect(json.operations).toEqual({ score: 1, levels: { kds: 1, fn: 0, fn2: 0 } });
    const shardLine = json.cost.lines.find((line: { node: string; item: string }) => line.node === 'kds' && line.item === 'Shard-hours');
    expect(shardLine).toMatchObject({ label: 'Kinesis Data Streams', amount: 65.7, formula: '6 shards × 730 h × $0.015/shard-hour' });
    expect(result.stderr).toBe('');
  });

  it('exits 0 and says so for a clean design', async () => {
    const result = await pipeboard('check', file('q1.pipeboard.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('0 errors, 0 warnings, 0 tips · $112.05/month');
  });

  it('names every loader problem and exits 2 for a malformed file', async () => {
    const broken = await pipeboard('check', file('broken.pipeboard.json'));
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/not valid JSON|JSON/);
    const invalid = await pipeboard('check', file('invalid.pipeboard.json'), '--json');
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('nodes[0].params.shards');
    const missing = await pipeboard('check', file('nope.pipeboard.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});

describe('pipeboard cost', () => {
  it('prices the 8-shard stream at $381.94 with its formulas', async () => {
    const result = await pipeboard('cost', file('shards.pipeboard.json'), '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    const stream = json.cost.lines.filter((line: { node: string }) => line.node === 'kds');
    expect(stream.map((line: { amount: number }) => line.amount)).toEqual([87.6, 294.34]);
    expect(stream[1].formula).toContain('21,024 M units');
  });

  it('writes CSV with one row per line item and a totals row', async () => {
    const result = await pipeboard('cost', file('q1.pipeboard.json'), '--csv');
    const rows = result.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('node,label,service,item,quantity,unit,unit_price_usd,formula,amount_usd');
    expect(rows).toHaveLength(1 + 6 + 1);
    expect(rows.at(-1)).toMatch(/,112\.05$/);
  });

  it('writes a Markdown table', async () => {
    const result = await pipeboard('cost', file('q1.pipeboard.json'), '--md');
    expect(result.stdout).toContain('| Hospital feed | Data ingested | 1,460 GB × $0.029/GB | $42.34 |');
    expect(result.stdout).toContain('**$112.05**');
  });

  it('refuses two output formats at once', async () => {
    const result = await pipeboard('cost', file('q1.pipeboard.json'), '--csv', '--md');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Choose one');
  });
});

describe('pipeboard diff', () => {
  it('prints the cost difference and resolved issues as JSON', async () => {
    const q1 = (await import('../../shared/scenarios/index')).scenarioById('seed-q1')!;
    await writeFile(file('q1-b.pipeboard.json'), serializeDocument(q1.options.find((o) => o.key === 'B')!.document));
    await writeFile(file('q1-c.pipeboard.json'), serializeDocument(q1.options.find((o) => o.key === 'C')!.document));
    const result = await pipeboard('diff', file('q1-b.pipeboard.json'), file('q1-c.pipeboard.json'), '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.cost).toMatchObject({ totalBefore: 105.97, totalAfter: 112.05, delta: 6.08 });
    expect(json.added).toEqual([{ id: 'fh', service: 'firehose', label: 'Hospital feed' }]);
    expect(json.issues.resolved.map((i: { rule: string }) => i.rule)).toEqual(['kds-single-consumer']);
    const text = await pipeboard('diff', file('q1-b.pipeboard.json'), file('q1-c.pipeboard.json'));
    expect(text.stdout).toContain('+$6.08/month');
  });
});

describe('pipeboard scenario', () => {
  it('lists the scenarios as JSON', async () => {
    const result = await pipeboard('scenario', '--json');
    const list = JSON.parse(result.stdout);
    expect(list.slice(0, 3)).toMatchObject([
      { id: 'seed-q1', title: expect.any(String), answer: 'C' },
      { id: 'seed-q2', title: expect.any(String), answer: 'B' },
      { id: 'seed-q3', title: expect.any(String), answer: 'B' },
    ]);
  });

  it.each([
    ['seed-q1', 'C'],
    ['seed-q2', 'B'],
    ['seed-q3', 'B'],
  ])('ranks %s with %s first', async (id, answer) => {
    const result = await pipeboard('scenario', id, '--json');
    const json = JSON.parse(result.stdout);
    expect(json.id).toBe(id);
    expect(json.answer).toBe(answer);
    expect(json.ranking[0]).toMatchObject({ option: answer, rank: 1, tie: false, ruledOut: false });
    expect(json.ranking).toHaveLength(4);
  });

  it('ranks by operations score when the question asks for the least operational overhead', async () => {
    const json = JSON.parse((await pipeboard('scenario', 'team-least-operations', '--json')).stdout);
    expect(json.pick).toBe('A');
    expect(json.ranking.slice(0, 2).map((r: { option: string; rank: number; operations: number }) => [r.option, r.rank, r.operations])).toEqual([
      ['A', 1, 0],
      ['B', 2, 1],
    ]);
    // B is cheaper; with the need set, the lower operations score still wins.
    expect(json.ranking[1].total).toBeLessThan(json.ranking[0].total);
  });

  it('lists every scenario with its exam tags and the wording of each task statement', async () => {
    const { SCENARIOS } = await import('../../shared/scenarios/index');
    const list = JSON.parse((await pipeboard('scenario', '--json')).stdout) as Array<{ id: string; exam: string[]; taskStatements: Record<string, string> }>;
    expect(list.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    expect(list.map((s) => s.exam)).toEqual(SCENARIOS.map((s) => s.exam));
    const q1 = list[0]!;
    expect(q1.exam).toContain('MLA-C01 1.1');
    expect(q1.taskStatements['MLA-C01 1.1']).toBe('Ingest and store data.');
    expect(Object.keys(q1.taskStatements)).toEqual(q1.exam);
  });

  it('--exam lists only the scenarios that train that exam, in JSON and as text with their tags', async () => {
    const { SCENARIOS } = await import('../../shared/scenarios/index');
    const trainsMla = SCENARIOS.filter((s) => s.exam.some((tag) => tag.startsWith('MLA-C01 '))).map((s) => s.id);
    const json = JSON.parse((await pipeboard('scenario', '--exam', 'MLA-C01', '--json')).stdout) as Array<{ id: string; exam: string[] }>;
    expect(json.map((s) => s.id)).toEqual(trainsMla);
    for (const scenario of json) expect(scenario.exam.some((tag) => tag.startsWith('MLA-C01 '))).toBe(true);
    const text = (await pipeboard('scenario', '--exam', 'mla-c01')).stdout;
    expect(text).toContain('seed-q1');
    expect(text).toMatch(/^ +MLS-C01 1\.2, .*MLA-C01 1\.1/m);
  });

  it('exits 2 for an unknown exam', async () => {
    const result = await pipeboard('scenario', '--exam', 'SAA-C03');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown exam 'SAA-C03'. Use one of: MLS-C01, MLA-C01.");
  });

  it('names a scenario’s task statements above its prompt', async () => {
    const text = (await pipeboard('scenario', 'seed-q3')).stdout;
    expect(text).toContain('MLA-C01 2.2 Train and refine models.');
    const json = JSON.parse((await pipeboard('scenario', 'seed-q3', '--json')).stdout);
    expect(json.exam).toEqual(['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2']);
  });

  it('exits 2 for an unknown scenario', async () => {
    const result = await pipeboard('scenario', 'seed-q99');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown scenario 'seed-q99'");
  });
});
