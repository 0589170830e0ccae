import { api } from '../../api';
import { wordApiError } from '../../api/error-words';
import { i18n } from '../../i18n';
import { createBulkStore } from '../actions/bulk-store';
import { useNeedsAction } from '../actions/store';
import { currentActorId, useCalendar } from './store';

/**
 * The agenda's select-many: the same bulk actions as "Perlu tindakan" (features/actions), on
 * the posts of the month shown. After an action the calendar and the sidebar counter reload.
 */
export const useAgendaBulk = createBulkStore({
  api,
  actorId: currentActorId,
  words: { pickProfile: () => i18n.t('actions.pickProfile') },
  wordRefusal: (error) => wordApiError({ code: 'conflict', ...error }, i18n),
  async onChanged() {
    void useNeedsAction.getState().load();
    await useCalendar.getState().refresh();
  },
});
