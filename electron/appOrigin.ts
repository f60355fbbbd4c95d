/**
 * The app's own origin. The renderer is loaded from `app://pipeboard/`, a privileged standard scheme
 * served only from the renderer build (see appProtocol.ts), never from `file://` or the network.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pipeboard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is a page of the app's own origin: exactly `app://pipeboard/…`, with no user
 * name, password or port. Anything unparsable is not.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}
