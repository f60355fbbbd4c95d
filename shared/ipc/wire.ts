import type { PlatformBridge } from './contract';

/**
 * How a bridge call travels: the same envelope over Electron IPC and over the browser-mode host's HTTP.
 *
 * HTTP: `POST <launch path>api/<method>` with body `{ "args": [ ... ] }`, authenticated by the
 * `pipeboard-<port>` cookie (set for the launch path when the launch URL's `?token=` is visited) or the
 * `X-Pipeboard-Token` header.
 */

/** Why a call was refused before or instead of producing the method's own result. */
export type BridgeErrorCode =
  /** The body is not `{ "args": [...] }` JSON, or is too large. */
  | 'bad-request'
  | 'unknown-method'
  /** The arguments do not match the method's schema. */
  | 'invalid-argument'
  /** A path names something outside the folders this session may touch. */
  | 'outside-workspace'
  /** The file system refused (a missing folder, no permission) where the result has no room to say so. */
  | 'io'
  /** A bug: the service failed in a way it should have reported in its result. */
  | 'internal';

/** What a bridge method resolves to. */
export type BridgeResult<M extends keyof PlatformBridge> = Awaited<ReturnType<PlatformBridge[M]>>;

export type BridgeReply<T> = { ok: true; value: T } | { ok: false; error: string; code: BridgeErrorCode };

export const API_PATH_PREFIX = '/api/';
export const TOKEN_HEADER = 'X-Pipeboard-Token';
/** The cookie is `pipeboard-<port>`: one per host, so two hosts in one browser keep their own. */
export const TOKEN_COOKIE_PREFIX = 'pipeboard-';
export const TOKEN_QUERY = 'token';

/** A bridge failure as a value the renderer can catch and inspect. */
export class BridgeError extends Error {
  override readonly name = 'BridgeError';
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
  ) {
    super(message);
  }
}
