import { api } from '../../api';
import { i18n } from '../../i18n';
import { useNeedsAction } from '../actions/store';
import { useCalendar } from '../calendar/store';
import { createImportStore } from './create-import-store';
import { uploadAnalytics } from './upload-analytics';

export * from './create-import-store';

/** The import screen's store as the app uses it: the real API, upload and open dialog. */
export const useAnalyticsImport = createImportStore({
  api,
  upload: (file, signal) =>
    uploadAnalytics(file, {
      signal,
      messages: () => ({
        network: i18n.t('attachments.drop.network'),
        refused: (status) => i18n.t('attachments.drop.refused', { status }),
        badResponse: i18n.t('errors.badResponse'),
      }),
    }),
  pickPath: window.linimasaDesktop ? () => window.linimasaDesktop!.pickAnalyticsFile() : undefined,
  async onImported() {
    void useNeedsAction.getState().load();
    await useCalendar.getState().refresh();
  },
});
