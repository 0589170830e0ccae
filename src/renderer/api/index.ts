import { i18n } from '../i18n';
import { unreachableWordsKey, useConnection } from '../stores/connection';
import { useSession } from '../stores/session';
import { createApi } from './client';
import { wordApiError } from './error-words';

/** The one API object of the renderer: the preload's in Electron, HTTP to our own origin in a browser. */
export const api = createApi({
  preload: window.linimasa,
  messages: () => ({
    network: i18n.t(unreachableWordsKey(useConnection.getState())),
    notJson: i18n.t('errors.notJson'),
    badResponse: i18n.t('errors.badResponse'),
    error: (error) => wordApiError(error, i18n),
  }),
  onUnauthorized: (error) =>
    error.key?.startsWith('auth.')
      ? useSession.getState().sessionRefused(error.key)
      : useSession.getState().markUnauthorized(),
  onReachability: (reachable) => useConnection.getState().report(reachable),
});

// While the office host is missed, `app.info` is the cheap call that checks whether it is back.
useConnection.getState().setProbe(() => api.app.info({}));
// Whether this window is a colleague's on the office network: it words a missing host so.
void api.network
  .info({})
  .then((reply) => reply.ok && useConnection.getState().setOverNetwork(reply.value.network));
