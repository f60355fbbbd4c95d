import path from 'node:path';
import fc from 'fast-check';
import { documentArbitrary } from '../../shared/format/documentArbitrary.testutil';
import { BRIDGE_METHODS, type BridgeMethod } from '../../shared/ipc/channels';
import { EXPORT_FORMAT_VALUES } from '../../shared/ipc/schemas';
import { emptyDocument } from '../../shared/model/document';
import type { PlatformServices } from '../services/platformServices';
import { Violation, type FuzzTarget, type Outcome } from './target';

/** Every bridge method through `services.call`, the way IPC and the local host reach it. */

export interface FuzzLayout {
  /** The workspace's parent: holds the workspace, the data folder and a sibling that must stay untouched. */
  base: string;
  workspace: string;
  sibling: string;
  dataDir: string;
}

const EXTENSIONS = ['.pipeboard.json', '.json', '.svg', '.png', '.pdf', '.md', '.csv', '.sh', '', '.bak', '.pipeboard.json.bak'];

/** A plain name in the workspace (or its `sub` folder) with one of `extensions`: mostly allowed targets. */
function workspaceFile(layout: FuzzLayout, extensions: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(layout.workspace, path.join(layout.workspace, 'sub')), fc.constantFrom('design', 'sheet', 'note', 'a b', 'ünï'), fc.constantFrom(...extensions))
    .map(([folder, stem, extension]) => path.join(folder, `${stem}${extension}`));
}

function pathArbitrary(layout: FuzzLayout): fc.Arbitrary<string> {
  const segment = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('..', '.', '.git', '.ssh', 'sub', 'design', 'a b', '', '%2e%2e', '\\..') },
    { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  );
  const joined = fc
    .tuple(fc.constantFrom(layout.workspace, layout.sibling, layout.base, layout.dataDir, '/'), fc.array(segment, { maxLength: 3 }), fc.string({ maxLength: 6 }), fc.constantFrom(...EXTENSIONS))
    .map(([root, segments, stem, extension]) => [root, ...segments, `${stem}${extension}`].join('/'));
  return fc.oneof(
    { weight: 3, arbitrary: workspaceFile(layout, ['.pipeboard.json', '.svg', '.png']) },
    { weight: 4, arbitrary: joined },
    { weight: 1, arbitrary: fc.constantFrom(path.join(layout.workspace, 'design.pipeboard.json'), path.join(layout.sibling, 'secret.pipeboard.json'), '/etc/passwd', path.join(layout.workspace, '..', 'sibling', 'x.svg'), layout.workspace, `${layout.workspace}\0.png`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  );
}

function documentLike(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: documentArbitrary({ maxNodes: 5 }) },
    { weight: 1, arbitrary: documentArbitrary({ maxNodes: 3 }).chain((document) => fc.tuple(fc.constantFrom(...Object.keys(document)), fc.anything()).map(([key, value]) => ({ ...document, [key]: value }))) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  );
}

/** Arguments shaped like each method's, with hostile parts. */
function structuredArgs(method: BridgeMethod, layout: FuzzLayout): fc.Arbitrary<unknown[]> {
  const filePath = pathArbitrary(layout);
  switch (method) {
    case 'pickSavePath':
      return fc.tuple(fc.string({ maxLength: 300 }));
    case 'listDirectory':
    case 'openDocument':
    case 'fileModifiedAt':
    case 'removeRecent':
      return fc.tuple(filePath);
    case 'saveDocument':
      return fc.tuple(fc.record({ path: fc.oneof({ weight: 2, arbitrary: workspaceFile(layout, ['.pipeboard.json']) }, { weight: 1, arbitrary: filePath }), document: documentLike(), expectedMtimeMs: fc.option(fc.double(), { nil: undefined }), force: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['path', 'document'] }));
    case 'exportDesign':
      return fc.tuple(
        fc.constantFrom<string>(...EXPORT_FORMAT_VALUES, 'gif').chain((format) =>
          fc.record(
            {
              path: fc.oneof({ weight: 3, arbitrary: workspaceFile(layout, [`.${format}`]) }, { weight: 1, arbitrary: filePath }),
              format: fc.constant(format),
              document: documentLike(),
              theme: fc.constantFrom('light', 'dark', 'light', 'system'),
              scale: fc.constantFrom(1, 1, 2, 0.5),
              paper: fc.constantFrom('a4', 'letter'),
              include: fc.record({ cost: fc.boolean(), issues: fc.boolean(), notes: fc.boolean() }),
            },
            { requiredKeys: ['path', 'format', 'document', 'theme', 'include'] },
          ),
        ),
      );
    case 'setSettings':
      return fc.tuple(
        fc.record(
          {
            reopenLastDocument: fc.oneof(fc.boolean(), fc.anything()),
            theme: fc.constantFrom('system', 'light', 'dark', '__proto__'),
            exportChoices: fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string({ maxLength: 20 }), fc.double(), fc.boolean())),
            practice: fc.dictionary(fc.constantFrom('seed-q1', '__proto__', 'constructor', 'x'), fc.anything({ maxDepth: 1 })),
          },
          { requiredKeys: [] },
        ),
      );
    case 'autosave':
      return fc.oneof(fc.tuple(documentLike()), fc.tuple(documentLike(), filePath));
    default:
      return fc.constant([]);
  }
}

/** Checks that the reply is a well-formed BridgeReply; a refusal or a result with ok: false counts as refused. */
function checkReply(method: string, reply: unknown): Outcome {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new Violation(`${method} answered ${String(reply)}`);
  if (reply.ok === false) {
    if (!('error' in reply) || typeof reply.error !== 'string' || !('code' in reply)) throw new Violation(`${method} refused without an error and a code`);
    if (reply.code === 'internal') throw new Violation(`${method} failed internally: ${reply.error}`);
    return 'refused';
  }
  if (!('value' in reply)) throw new Violation(`${method} answered ok without a value`);
  const value: unknown = reply.value;
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false ? 'refused' : 'accepted';
}

/** Inputs each method gets in the default run (exports start worker threads, so they get fewer). */
const RUNS: Partial<Record<BridgeMethod, number>> = { exportDesign: 100, saveDocument: 800, autosave: 800, openDocument: 400 };
const DEFAULT_RUNS = 1000;

export function bridgeTargets(services: PlatformServices, layout: FuzzLayout): FuzzTarget<unknown[]>[] {
  const call = async (method: string, args: unknown[]): Promise<Outcome> => checkReply(method, await services.call(method, args));
  const structured = BRIDGE_METHODS.map(
    (method): FuzzTarget<unknown[]> => ({
      name: `bridge: ${method} (shaped arguments)`,
      arbitrary: structuredArgs(method, layout),
      runs: RUNS[method] ?? DEFAULT_RUNS,
      run: (args) => call(method, args),
    }),
  );
  const anything: FuzzTarget<unknown[]> = {
    name: 'bridge: any method, any arguments',
    arbitrary: fc.tuple(fc.constantFrom(...BRIDGE_METHODS, 'toString', '__proto__', 'constructor', 'nope'), fc.array(fc.anything({ withNullPrototype: true, withSparseArray: true, withTypedArray: true }), { maxLength: 3 })),
    runs: 30_000,
    run: ([method, args]) => call(String(method), args as unknown[]),
  };
  const giants: FuzzTarget<unknown[]> = {
    name: 'bridge: huge and deep payloads',
    arbitrary: fc.tuple(fc.constantFrom(...BRIDGE_METHODS), fc.constantFrom(...giantPayloadKinds)),
    runs: 48,
    run: ([method, kind]) => call(String(method), giantPayload(String(kind), layout)),
  };
  return [...structured, anything, giants];
}

const giantPayloadKinds = ['invalid-nodes', 'deep', 'wide', 'long-string'] as const;

/** Built on demand (not held by fast-check) so only one giant lives at a time. */
function giantPayload(kind: string, layout: FuzzLayout): unknown[] {
  const target = path.join(layout.workspace, 'giant.pipeboard.json');
  switch (kind) {
    case 'invalid-nodes':
      return [{ path: target, document: { ...emptyDocument('giant'), nodes: Array.from({ length: 50_000 }, (_, index) => ({ id: index })) } }];
    case 'deep': {
      let value: unknown = [];
      for (let level = 0; level < 100_000; level += 1) value = [value];
      return [value];
    }
    case 'wide':
      return [Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, index]))];
    default:
      return [{ path: target, document: { ...emptyDocument('x'.repeat(5_000_000)) } }];
  }
}
