import { protocol } from 'electron';
import { createAppRequestHandler } from './appProtocol';
import { APP_SCHEME } from './appOrigin';

/**
 * `app://` before the app is ready: a standard, secure scheme (so the page has a real origin, `'self'`
 * in the CSP means the app's files, and fetch works), never a bypass of the CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false } },
  ]);
}

/** After ready: serve `app://pipeboard/…` from the renderer build only (appProtocol.ts). */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
