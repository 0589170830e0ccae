import { isNavigationAllowed } from './navigation';

/**
 * May this frame call the API? Only the app's own top-level page. A subframe (an embedded
 * video player, an ad in a pasted preview) or a page that somehow navigated elsewhere gets
 * nothing, even if it manages to reach `ipcRenderer`.
 */
export function isTrustedSender(
  frameUrl: string | undefined,
  isMainFrame: boolean,
  appOrigin: string,
): boolean {
  if (!isMainFrame || !frameUrl) return false;
  return isNavigationAllowed(frameUrl, appOrigin);
}
