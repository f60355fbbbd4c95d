import { allowedExternalUrl } from './externalUrls';

/**
 * What happens when the page tries to leave (a link, `location = …`) or open a window
 * (`target="_blank"`, `window.open`): it never does, in the app's window or a new one. An
 * allow-listed https URL (AWS docs and pricing) is handed to the system browser instead.
 */
export interface NavigationDecision {
  allowInApp: false;
  /** The URL to open in the system browser, or null to drop the request. */
  openExternally: string | null;
}

export function decideNavigation(url: string): NavigationDecision {
  return { allowInApp: false, openExternally: allowedExternalUrl(url) };
}
