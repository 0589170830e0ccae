import { formatBytes } from '../../shared/domain/media-fit';
import { i18n } from '../i18n';
import { useSession } from '../stores/session';
import { createApi } from './client';

/** The one API object of the renderer: the preload's in Electron, HTTP to our own origin in a browser. */
export const api = createApi({
  preload: window.linimasa,
  messages: () => ({
    network: i18n.t('errors.network'),
    notJson: i18n.t('errors.notJson'),
    badResponse: i18n.t('errors.badResponse'),
    diskFull: ({ neededBytes, freeBytes }) => {
      const bytes = (value: number) => formatBytes(value, i18n.language);
      if (freeBytes === undefined) return i18n.t('errors.diskFull');
      if (neededBytes === undefined)
        return i18n.t('errors.diskFullFree', { free: bytes(freeBytes) });
      return i18n.t('errors.diskFullNeeded', {
        needed: bytes(neededBytes),
        free: bytes(freeBytes),
      });
    },
  }),
  onUnauthorized: () => useSession.getState().markUnauthorized(),
});
