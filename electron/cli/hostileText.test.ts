import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeDocument } from '../../shared/format/index';
import { design } from '../../shared/model/builder';
import { pipeboard } from './runCli.testutil';

let folder: string;
const file = (name: string): string => join(folder, name);
const FAKE = 'No issues: an examiner would accept this design.';
/** Everything a terminal would act on: C0 but tab, line feed and CR (checked apart), DEL, C1, bidi overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pipeboard-cli-hostile-'));
  const hostile = design({
    title: `Fine\n${FAKE}\u001b[8m`,
    nodes: [
      { id: 'src', service: 'source', label: `Events\r${FAKE}\u009b8m`, params: { eventsPerSecond: 8000, bytesPerEvent: 750 } },
      { id: 'kds', service: 'kinesis-data-streams', label: 'Stream\u001b[8m\u202e', params: { shards: 6 } },
      { id: 'fn', service: 'lambda' },
    ],
    flows: ['src>kds>fn'],
  });
  await writeFile(file('hostile.pipeboard.json'), serializeDocument(hostile));
  await writeFile(file('latin1.pipeboard.json'), Buffer.from(serializeDocument(design({ title: 'Caf\u00e9', nodes: [], flows: [] })), 'latin1'));
}, 30_000);

describe('text the CLI prints from a design', () => {
  it('check: no escape sequence, no fake "No issues" line, the real error still shown', async () => {
    const result = await pipeboard('check', file('hostile.pipeboard.json'));
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(TERMINAL_CONTROLS);
    expect(result.stdout).not.toContain('\r');
    expect(result.stdout.split('\n').some((line) => line.trimStart().startsWith('No issues'))).toBe(false);
    expect(result.stdout).toContain('kds-under-provisioned');
    expect(result.stdout).toContain('[8m');
  });

  it('cost (text, Markdown, CSV) and diff print no control characters either', async () => {
    for (const args of [['cost'], ['cost', '--md'], ['cost', '--csv'], ['diff', file('hostile.pipeboard.json')]]) {
      const [command, ...rest] = args;
      const result = await pipeboard(command!, file('hostile.pipeboard.json'), ...rest);
      expect(result.stdout, args.join(' ')).not.toMatch(TERMINAL_CONTROLS);
      expect(result.stdout.replace(/\r\n/g, '\n'), args.join(' ')).not.toContain('\r');
    }
  });

  it('--json keeps the values but writes controls as escapes', async () => {
    const result = await pipeboard('check', file('hostile.pipeboard.json'), '--json');
    expect(result.stdout).not.toMatch(TERMINAL_CONTROLS);
    const json = JSON.parse(result.stdout) as { issues: { message: string }[] };
    expect(json.issues.length).toBeGreaterThan(0);
  });
});

describe('a design file that is not UTF-8', () => {
  it('is refused with the byte offset, exit 2', async () => {
    const result = await pipeboard('check', file('latin1.pipeboard.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not valid UTF-8 text: the byte at offset \d+/);
  });
});
