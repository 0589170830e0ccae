import { api } from '../../api';
import { wordKeyed } from '../../api/error-words';
import { refreshOnLiveChange } from '../../api/live-refresh';
import { i18n } from '../../i18n';
import { useNeedsAction } from '../actions/store';
import { useCalendar } from '../calendar/store';
import { useReport } from '../report/store';
import { createPendingStore } from './create-pending-store';

export * from './create-pending-store';

/** Laporan › Perlu dicocokkan as the app uses it: the real API, the report and calendar after. */
export const usePendingMatches = createPendingStore(
  {
    api,
    word: (error) => wordKeyed(error, i18n),
    async onSettled() {
      void useNeedsAction.getState().load();
      void useReport.getState().reload();
      await useCalendar.getState().refresh();
    },
  },
  {
    matched: (title) => i18n.t('kinerja.pending.matchedDone', { title }),
    unplanned: (count) => i18n.t('kinerja.pending.unplannedDone', { count }),
    skipped: (count) => i18n.t('kinerja.pending.skippedDone', { count }),
  },
);

// An import or a colleague's choice elsewhere changes the list (both announce a post change).
refreshOnLiveChange({
  kinds: ['post'],
  refresh: () => {
    if (usePendingMatches.getState().status !== 'idle') void usePendingMatches.getState().load();
  },
});
