import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_METHODS } from '../../shared/ipc/channels';
import { listFilesRecursively, sampleDocument } from '../services/testSupport.testutil';
import { startHostFixture, type HostFixture } from './hostFixture.testutil';

let fixture: HostFixture;
let rendererFilesBefore: string[];
beforeAll(async () => {
  fixture = await startHostFixture();
  rendererFilesBefore = await listFilesRecursively(fixture.rendererDir);
});
afterAll(async () => {
  await fixture.close();
});

const OUTSIDE_PROBE = '/tmp/pipeboard-property-probe.pipeboard.json';

/** Paths that matter (inside, at the edge of, and outside the workspace) mixed with arbitrary text. */
function pathLike(): fc.Arbitrary<string> {
  const { workspace, base, dataDir, rendererDir } = fixture;
  return fc.oneof(
    { weight: 1, arbitrary: fc.string() },
    { weight: 3, arbitrary: fc.constantFrom(
      path.join(workspace, 'a.pipeboard.json'),
      path.join(workspace, 'sub', 'b.svg'),
      `${workspace}/../escape.pipeboard.json`,
      `${workspace}/sub/../../escape.png`,
      path.join(base, 'escape.svg'),
      path.join(dataDir, 'settings.json'),
      path.join(rendererDir, 'index.html'),
      OUTSIDE_PROBE,
      workspace,
      '',
      'relative.pipeboard.json',
      `${workspace}/\0.svg`,
    ) },
  );
}

function documentLike(): fc.Arbitrary<unknown> {
  const valid = sampleDocument(2, 'property');
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(valid) },
    fc.jsonValue(),
    fc
      .record({ key: fc.constantFrom('title', 'nodes', 'edges', 'version', 'settings'), value: fc.jsonValue() })
      .map(({ key, value }) => ({ ...valid, [key]: value })),
  );
}

function argumentLike(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue(),
    pathLike(),
    documentLike(),
    fc.record(
      {
        path: pathLike(),
        document: documentLike(),
        data: fc.oneof(fc.string(), fc.base64String()),
        encoding: fc.constantFrom('utf8', 'base64', 'latin1'),
        expectedMtimeMs: fc.oneof(fc.double(), fc.nat()),
        force: fc.boolean(),
        theme: fc.constantFrom('dark', 'light', 'neon'),
      },
      { requiredKeys: [] },
    ),
  );
}

/** Well-shaped argument lists for each method, built from the pieces above, so calls also succeed. */
function plausibleCall(): fc.Arbitrary<[string, string]> {
  const byMethod: Record<string, fc.Arbitrary<unknown[]>> = {
    saveDocument: fc.tuple(fc.record({ path: pathLike(), document: documentLike() })),
    openDocument: fc.tuple(pathLike()),
    listDirectory: fc.tuple(pathLike()),
    fileModifiedAt: fc.tuple(pathLike()),
    removeRecent: fc.tuple(pathLike()),
    autosave: fc.oneof(
      fc.tuple(documentLike()),
      fc.tuple(documentLike(), pathLike()),
      fc.tuple(documentLike(), fc.oneof(pathLike(), fc.constant(null)), fc.record({ id: fc.oneof(fc.stringMatching(/^[a-f0-9]{32}$/), fc.string()) })),
    ),
    discardRecovery: fc.tuple(fc.oneof(fc.string(), fc.constant('../settings'), fc.stringMatching(/^[a-f0-9]{32}(\.[0-9a-f]{12})?$/))),
    pendingRecovery: fc.tuple(fc.record({ session: fc.oneof(fc.stringMatching(/^[a-f0-9]{32}$/), fc.string()) })),
    setSettings: fc.tuple(fc.record({ theme: fc.constantFrom('dark', 'light', 'neon'), reopenLastDocument: fc.boolean() }, { requiredKeys: [] })),
    pickSavePath: fc.tuple(fc.string()),
  };
  return fc
    .constantFrom(...Object.keys(byMethod))
    .chain((method) => byMethod[method]!.map((args): [string, string] => [method, JSON.stringify({ args })]));
}

function bodyLike(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(argumentLike(), { maxLength: 3 }).map((args) => JSON.stringify({ args })) },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify({ args: value })) },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string() },
  );
}

describe('the bridge API under arbitrary input', () => {
  it('always answers JSON with 200 or 400, and writes nothing outside the workspace and data folder', async () => {
    const statuses = new Map<number, number>();
    const methods = fc.constantFrom<string>(...BRIDGE_METHODS, 'constructor', 'toString', 'nope');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(methods, bodyLike()), plausibleCall()), async ([method, body]) => {
        const response = await fixture.apiRaw(method, body);
        expect([200, 400]).toContain(response.status);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const reply: unknown = JSON.parse(response.body);
        expect(reply).toHaveProperty('ok');
        if (response.status === 400) expect(reply).toMatchObject({ ok: false });
      }),
      { numRuns: Number(process.env.PIPEBOARD_PROPERTY_RUNS ?? 300) },
    );

    // Both kinds of answer were exercised, not just refusals.
    expect(statuses.get(200)).toBeGreaterThan(10);
    expect(statuses.get(400)).toBeGreaterThan(10);

    const files = await listFilesRecursively(fixture.base);
    const allowed = (file: string) =>
      file.startsWith(`workspace${path.sep}`) ||
      ['settings.json', 'recent.json', 'recovery.json'].some((name) => file === path.join('data', name)) ||
      /^[A-Za-z0-9_-]{8,64}\.[0-9a-f]{12}\.json$/.test(path.relative(path.join('data', 'recovery'), file)) ||
      ['package.json', 'secret.txt'].includes(file) ||
      rendererFilesBefore.includes(path.relative('renderer', file));
    expect(files.filter((file) => !allowed(file))).toEqual([]);
    expect(await listFilesRecursively(fixture.rendererDir)).toEqual(rendererFilesBefore);
    await expect(fs.stat(OUTSIDE_PROBE)).rejects.toThrow();
    expect((await fixture.api('info', [])).status).toBe(200);
  });
});
