import { app, session, shell, type Session, type WebContents } from 'electron';
import { safeExternalUrl } from '../../shared/security/external-links';
import { isNavigationAllowed } from '../../shared/security/navigation';
import { isPermissionAllowed } from '../../shared/security/permissions';

/**
 * The web-contents policy in one place (see docs/ARCHITECTURE.md, "Security baseline"). Each
 * decision is a pure predicate from src/shared/security; this file only attaches them.
 */
export function installWebSecurity(options: { appOrigin: string; devCsp?: string }): void {
  const { appOrigin } = options;
  hardenSession(session.defaultSession, appOrigin, options.devCsp);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin));
}

/** Every window, including ones Chromium creates on its own, is held to the same rules. */
export function hardenWebContents(contents: WebContents, appOrigin: string): void {
  const refuseForeignNavigation = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeignNavigation);
  // A redirect can turn an allowed navigation into a foreign one after it started.
  contents.on('will-redirect', refuseForeignNavigation);

  // The app never opens a second window of its own. A link with target="_blank" (a post's
  // Instagram link, a ministry press page) goes to the officer's browser instead, if it is a
  // plain web address.
  contents.setWindowOpenHandler(({ url }) => {
    const external = safeExternalUrl(url);
    if (external) {
      shell
        .openExternal(external)
        .catch((error: unknown) => console.error('[web-security] openExternal', error));
    }
    return { action: 'deny' };
  });

  // <webview> would be a browser inside the app with its own preferences; never allowed.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(target: Session, appOrigin: string, devCsp?: string): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(
      isPermissionAllowed(permission) && isNavigationAllowed(details.requestingUrl, appOrigin),
    );
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return isPermissionAllowed(permission) && isNavigationAllowed(requestingOrigin, appOrigin);
  });

  // The Vite dev server sends no CSP; in production the linimasa:// handler sets it on every
  // response, so this is only needed, and only installed, for development.
  if (devCsp) {
    target.webRequest.onHeadersReceived((details, callback) => {
      if (!isNavigationAllowed(details.url, appOrigin)) {
        callback({ responseHeaders: details.responseHeaders });
        return;
      }
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [devCsp] },
      });
    });
  }
}
