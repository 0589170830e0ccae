import { api } from '../../api';
import { wordApiError } from '../../api/error-words';
import { i18n } from '../../i18n';
import { createBulkStore } from '../actions/bulk-store';
import { useNeedsAction } from '../actions/store';
import { currentActorId, useCalendar } from './store';

/**
 * The calendar's select-many, ONE store for its three views: the agenda's checkboxes, the
 * month's and the week's chips (Ctrl/Cmd+click, Shift+click, Ctrl+A) and the day dialog's
 * checkboxes all select into it, so a selection survives a switch of view within the same
 * month. The same bulk actions as "Perlu tindakan" (features/actions). After an action the
 * calendar and the sidebar counter reload.
 */
export const useCalendarBulk = createBulkStore({
  api,
  actorId: currentActorId,
  words: { pickProfile: () => i18n.t('actions.signInFirst') },
  wordRefusal: (error) => wordApiError({ code: 'conflict', ...error }, i18n),
  async onChanged() {
    void useNeedsAction.getState().load();
    await useCalendar.getState().refresh();
  },
});
