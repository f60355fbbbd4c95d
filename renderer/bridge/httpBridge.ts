import type { PlatformBridge } from '../../shared/ipc/contract';

type Method = keyof PlatformBridge;

interface HostAnswer {
  ok: boolean;
  value?: unknown;
  error?: string;
}

/** Drops trailing `undefined` arguments: JSON would turn them into `null`, which means something else. */
function trimArgs(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end);
}

/**
 * Calls one bridge method on the browser-mode host: `POST api/<method>` with `{"args": [...]}`, relative
 * to the page, which lives under the launch path the token cookie is scoped to.
 */
async function callHost(method: Method, args: unknown[], base = 'api/'): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${base}${method}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: trimArgs(args) }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot reach the Pipeboard host (${reason}).`, { cause: error });
  }
  let answer: HostAnswer | undefined;
  try {
    answer = (await response.json()) as HostAnswer;
  } catch {
    answer = undefined;
  }
  if (answer && answer.ok === true) return answer.value;
  if (answer && typeof answer.error === 'string' && answer.error) throw new Error(answer.error);
  throw new Error(`The Pipeboard host refused ${method} (HTTP ${response.status} ${response.statusText}).`.replace(' )', ')'));
}

/** A PlatformBridge over the local host's HTTP API, for browser mode. */
export function createHttpBridge(base = 'api/'): PlatformBridge {
  const call = <T>(method: Method, ...args: unknown[]): Promise<T> => callHost(method, args, base) as Promise<T>;
  return {
    info: () => call('info'),
    pickOpenPath: () => call('pickOpenPath'),
    pickSavePath: (suggestedName) => call('pickSavePath', suggestedName),
    listDirectory: (path) => call('listDirectory', path),
    openDocument: (path) => call('openDocument', path),
    saveDocument: (request) => call('saveDocument', request),
    fileModifiedAt: (path) => call('fileModifiedAt', path),
    recentFiles: () => call('recentFiles'),
    removeRecent: (path) => call('removeRecent', path),
    exportDesign: (request) => call('exportDesign', request),
    getSettings: () => call('getSettings'),
    setSettings: (patch) => call('setSettings', patch),
    autosave: async (design, path, session) => {
      await call('autosave', design, path, session);
    },
    pendingRecovery: (query) => call('pendingRecovery', query),
    discardRecovery: async (key) => {
      await call('discardRecovery', key);
    },
  };
}
