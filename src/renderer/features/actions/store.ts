import { api } from '../../api';
import { wordApiError } from '../../api/error-words';
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
