import { api } from '../../api';
import { wordApiError } from '../../api/error-words';
import { refreshOnLiveChange } from '../../api/live-refresh';
import { i18n } from '../../i18n';
import { useSession } from '../../stores/session';
import { createBulkStore } from './bulk-store';
import { createNeedsActionStore } from './create-store';

/** The stores as the app uses them: the real API, the chosen profile, localStorage. */
export * from './create-store';

const dueKey = 'linimasa.needsAction.dueWithinDays';

export const useNeedsAction = createNeedsActionStore({
  api,
  actorId: () => useSession.getState().currentPersonId,
  remembered() {
    try {
      const value = Number(localStorage.getItem(dueKey));
      return value > 0 ? value : undefined;
    } catch {
      return undefined;
    }
  },
  remember(days) {
    try {
      localStorage.setItem(dueKey, String(days));
    } catch {
      // Storage switched off: the default comes back next time.
    }
  },
});

/** The bulk actions of the "Perlu tindakan" screen. */
export const useActionsBulk = createBulkStore({
  api,
  actorId: () => useSession.getState().currentPersonId,
  words: { pickProfile: () => i18n.t('actions.signInFirst') },
  wordRefusal: (error) => wordApiError({ code: 'conflict', ...error }, i18n),
  onChanged: () => useNeedsAction.getState().load(),
});

/** "Perlu tindakan" follows the office live: a submission, an approval, a move elsewhere. */
refreshOnLiveChange({
  kinds: ['post', 'series'],
  refresh: () => {
    if (useNeedsAction.getState().status !== 'idle') void useNeedsAction.getState().load();
  },
});
