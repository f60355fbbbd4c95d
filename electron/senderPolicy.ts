import { isAppUrl } from './appOrigin';

/** What the main process knows about the frame an IPC message came from. */
export interface SenderDescription {
  /** The id of the sending WebContents. */
  webContentsId: number;
  /** The sending frame; null when it is gone (navigated away or destroyed) by the time we look. */
  frame: { url: string; isMainFrame: boolean } | null;
}

/**
 * Whether an IPC message may be acted on: it comes from the main frame (not a subframe) of one of
 * the app's own windows, and that frame shows a page of the app's own `app://pipeboard` origin.
 */
export function isTrustedSender(sender: SenderDescription, trustedWebContentsIds: ReadonlySet<number>): boolean {
  if (!trustedWebContentsIds.has(sender.webContentsId)) return false;
  if (sender.frame === null || !sender.frame.isMainFrame) return false;
  return isAppUrl(sender.frame.url);
}
