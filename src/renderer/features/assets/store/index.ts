import { api } from '../../../api';
import { droppedPaths } from '../../../api/dropped-paths';
import { refreshOnLiveChange } from '../../../api/live-refresh';
import { createUploader } from '../../../api/upload';
import { i18n } from '../../../i18n';
import { createAssetsStore } from './create';

/** The app's one asset library store (see create.ts for its parts). */

export { pageSize } from './list';
export { selectionLimit } from './selection';
export type {
  AssetTag,
  AssetsState,
  ImportBatch,
  LibraryDialog,
  LibraryNotice,
  LibraryView,
  VerifyRun,
} from './types';

export const useAssets = createAssetsStore({
  api,
  upload: createUploader({
    messages: () => ({
      network: i18n.t('assets.import.networkFailed'),
      refused: (status) => i18n.t('assets.import.refused', { status }),
      badResponse: i18n.t('errors.badResponse'),
    }),
  }),
  pathsOf: (files) => droppedPaths(files),
  // The store's parts pass literal catalogue keys; the app's t is typed for those literals only
  // and the store's deps take any string (so tests need no catalogue), hence the cast.
  t: (key, options) => i18n.t(key as 'assets.import.busy', options),
});

/** A colleague's import, edit or deletion: the open library rereads what it shows. */
refreshOnLiveChange({
  kinds: ['asset'],
  refresh: () => {
    if (useAssets.getState().status !== 'idle') void useAssets.getState().refresh();
  },
});
