import { create } from 'zustand';
import { isSystemFile } from '../model';
import { createEdits } from './edits';
import { createImportJob } from './import-job';
import { createList } from './list';
import { createSelection } from './selection';
import type { AssetsDeps, AssetsState, LibraryNotice, StoreContext } from './types';
import { createUploads } from './uploads';
import { createVerifyJob } from './verify-job';

/**
 * The asset library screen's state, made of its parts: the paged list (list.ts), the selection
 * (selection.ts), edits and lookups (edits.ts), uploads (uploads.ts), the import job
 * (import-job.ts) and the verify job (verify-job.ts). This file wires them and routes an import
 * to uploads or to a job. Everything that calls the API lives in the store, so a screen remount
 * (navigating away and back) keeps the import going.
 */
export function createAssetsStore(deps: AssetsDeps) {
  return create<AssetsState>()((set, get) => {
    let noticeCounter = 0;
    let batchCounter = 0;
    const notify = (tone: LibraryNotice['tone'], message: string) =>
      set({ notice: { id: ++noticeCounter, tone, message } });
    const context: StoreContext = { set, get, deps, notify };

    const list = createList(context);
    const selection = createSelection(context, list);
    const edits = createEdits(context);
    const verify = createVerifyJob(context);
    const batchHooks = {
      newBatchId: () => ++batchCounter,
      imported: list.refreshSoon,
      finished: async () => {
        await list.refreshNow();
        await get().loadLookups();
      },
    };
    const uploads = createUploads(context, batchHooks);
    const importJob = createImportJob(context, batchHooks);

    return {
      ...list.slice,
      ...selection,
      ...edits.slice,
      ...verify.slice,
      importBatch: null,
      notice: null,

      init() {
        set({ dialog: null });
        // Files the database had forgotten were re-adopted at start-up: the server tells once.
        void deps.api.assets.recovered({}).then((result) => {
          if (!result.ok) return;
          const { readopted, collection, mismatched } = result.value;
          if (readopted > 0 && collection) {
            notify(
              'info',
              deps.t('assets.notices.recovered', { count: readopted, name: collection.name }),
            );
            void edits.afterBulkChange();
          } else if (mismatched > 0) {
            notify('warning', deps.t('assets.notices.mismatched', { count: mismatched }));
          }
        });
        if (get().status === 'idle') list.restart({});
        else void get().refresh();
        void get().loadLookups();
        // A reloaded page (or a CLI import) finds its running job again.
        void deps.api.jobs.list({}).then((result) => {
          if (!result.ok) return;
          const running = result.value.filter((job) => job.state === 'running');
          const importRun = running.find((job) => job.kind === 'import');
          const verifyRun = running.find((job) => job.kind === 'verify');
          if (importRun && !get().importBatch) importJob.start(importRun.id);
          if (verifyRun && !get().verify) verify.resume(verifyRun);
        });
      },

      importFiles(files) {
        const wanted = files.filter((file) => !isSystemFile(file.name));
        const skipped = files.length - wanted.length;
        if (wanted.length === 0) {
          notify('warning', deps.t('assets.import.nothingToImport'));
          return;
        }
        // The desktop app knows where the files lie: main imports them by path, as from its own
        // open dialog (streamed from disk, one job, "Batal" cancels it); folders are walked there.
        const paths = deps.pathsOf(wanted);
        if (paths) {
          void get().importPaths(paths);
          return;
        }
        const batch = get().importBatch;
        if (batch?.state === 'running' && uploads.active) {
          uploads.add(wanted, skipped);
          return;
        }
        if (batch?.state === 'running') {
          notify('warning', deps.t('assets.import.busy'));
          return;
        }
        uploads.start(wanted, skipped);
      },

      async importPaths(paths) {
        if (get().importBatch?.state === 'running') {
          notify('warning', deps.t('assets.import.busy'));
          return { ok: false, error: { code: 'conflict', message: deps.t('assets.import.busy') } };
        }
        const result = await deps.api.assets.importStart({ paths });
        if (result.ok) importJob.start(result.value.jobId);
        else notify('error', result.error.message);
        return result;
      },

      cancelImport() {
        const batch = get().importBatch;
        if (!batch || batch.state !== 'running') return;
        if (batch.origin === 'upload') uploads.cancel();
        else if (batch.jobId) importJob.cancel(batch.jobId);
      },

      dismissImport() {
        if (get().importBatch?.state === 'running') return;
        importJob.stop();
        set({ importBatch: null });
      },

      openAsset(id) {
        set({ selection: { ids: new Set([id]), anchor: null, bulk: false } });
      },

      showNotice: notify,
      dismissNotice: () => set({ notice: null }),
    };
  });
}

export type AssetsStore = ReturnType<typeof createAssetsStore>;
