import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/api/contract';
import type {
  CsvPresetId,
  ExportFilterInput,
  ExportFormat,
  ExportRecord,
} from '../../../shared/domain/exports';
import type { Job } from '../../../shared/domain/jobs';
import { api } from '../../api';
import { watchJob, type JobWatch } from '../../api/jobs';
import { deliverExport, type Delivery } from '../../api/deliver-export';
import { initialForm, type ExportForm } from './model';

/** The links the screen offers for a stored export (views read them here, not from api/). */
export { canSaveWithDialog, exportUrl, type Delivery } from '../../api/deliver-export';

/**
 * The export screen's state: the form, the preview of what it selects, the running export and
 * the history. It lives outside the view so that leaving the screen neither loses the choices
 * nor the export in progress: the download still starts when the job ends.
 */

export type ExportPreview = ResponseOf<'exports.preview'>;
export type CsvPresetInfo = ResponseOf<'exports.presets'>[number];

export interface PreviewState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The last answer; kept (dimmed) while a newer filter is being counted, so nothing jumps. */
  value: ExportPreview | null;
  error: string | null;
}

export interface ExportRun {
  jobId: string | null;
  /** Unknown for a job found again after a reload. */
  format: ExportFormat | null;
  state: 'starting' | Job['state'];
  /** Rows written and to write (post × channel); total 0 while unknown. */
  done: number;
  total: number;
  error: string | null;
  exportId: string | null;
  fileName: string | null;
  /** What became of the finished file: downloaded, saved, dialog cancelled, save failed. */
  delivery: Delivery | null;
}

export interface HistoryState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  records: ExportRecord[];
  error: string | null;
}

interface ExportsState {
  form: ExportForm | null;
  preview: PreviewState;
  presets: CsvPresetInfo[];
  run: ExportRun | null;
  history: HistoryState;

  /** On opening the screen: the form for today (first time only), presets, history, a running job. */
  init(today: string): void;
  setForm(patch: Partial<ExportForm>): void;
  /** Counts what `filter` selects, after a pause so typing a date asks once; null clears. */
  requestPreview(filter: ExportFilterInput | null, preset?: CsvPresetId): void;
  start(request: {
    filter: ExportFilterInput;
    format: ExportFormat;
    preset?: CsvPresetId;
    includeAssets?: boolean;
    actorId: string | null;
  }): Promise<void>;
  cancel(): Promise<void>;
  dismissRun(): void;
  /** Downloads (browser) or saves (desktop) a stored export again. */
  deliver(record: Pick<ExportRecord, 'id' | 'fileName'>): Promise<Delivery>;
  /** "Unduh lagi" / save again for the finished run, its outcome shown as the first was. */
  redeliver(): Promise<void>;
  loadHistory(): Promise<void>;
  removeStored(id: string): Promise<string | null>;
}

const previewDelayMs = 250;
/** Rows the preview table shows; the counts above it cover everything. */
export const previewRows = 50;

let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewGeneration = 0;
/** The one job this screen follows (`api/jobs.ts`); stopped when the run is closed or replaced. */
let jobWatch: JobWatch | undefined;

export const useExports = create<ExportsState>()((set, get) => {
  const updateRun = (patch: Partial<ExportRun>) =>
    set((state) => (state.run ? { run: { ...state.run, ...patch } } : {}));

  async function finish(job: Job): Promise<void> {
    // The history names the file; the panel switches to "ready" only once it can say which.
    await get().loadHistory();
    // Closed or replaced while the history was read: that run is no longer on screen.
    if (get().run?.jobId !== job.id) return;
    const record = get().history.records.find((entry) => entry.id === job.exportId);
    const fileName = record?.fileName ?? job.progress.current;
    updateRun({
      state: job.state,
      error: job.error,
      exportId: job.exportId,
      done: job.progress.filesDone,
      total: job.progress.filesTotal,
      fileName,
    });
    if (job.state !== 'done' || !job.exportId || !fileName) return;
    const delivery = await deliverExport(job.exportId, fileName);
    if (get().run?.jobId === job.id) updateRun({ delivery });
  }

  function watch(job: Pick<Job, 'id'>, format: ExportFormat | null): void {
    set({
      run: {
        jobId: job.id,
        format,
        state: 'running',
        done: 0,
        total: 0,
        error: null,
        exportId: null,
        fileName: null,
        delivery: null,
      },
    });
    jobWatch?.stop();
    // The watcher drops a reply that comes after stop(): a closed or replaced run stays closed.
    jobWatch = watchJob(job.id, {
      get: (request) => api.jobs.get(request),
      onUpdate: (update) => {
        if (update.state !== 'running') return finish(update);
        updateRun({
          state: 'running',
          done: update.progress.filesDone,
          total: update.progress.filesTotal,
          fileName: update.progress.current,
        });
      },
      onError: (error) => updateRun({ state: 'failed', error: error.message }),
    });
  }

  return {
    form: null,
    preview: { status: 'idle', value: null, error: null },
    presets: [],
    run: null,
    history: { status: 'idle', records: [], error: null },

    init(today) {
      if (!get().form) set({ form: initialForm(today) });
      // Labels follow the office's language, which may have changed since the last visit.
      void api.exports.presets({}).then((result) => {
        if (result.ok) set({ presets: result.value });
      });
      void get().loadHistory();
      // A reloaded page finds the export it started; the download then still happens.
      void api.jobs.list({}).then((result) => {
        if (!result.ok || get().run) return;
        const running = result.value.find(
          (job) => job.kind === 'export' && job.state === 'running',
        );
        if (running) watch(running, null);
      });
    },

    setForm(patch) {
      const form = get().form;
      if (form) set({ form: { ...form, ...patch } });
    },

    requestPreview(filter, preset) {
      clearTimeout(previewTimer);
      const mine = ++previewGeneration;
      if (!filter) {
        set((state) => ({ preview: { ...state.preview, status: 'idle', error: null } }));
        return;
      }
      set((state) => ({ preview: { ...state.preview, status: 'loading', error: null } }));
      previewTimer = setTimeout(() => {
        void api.exports.preview({ filter, limit: previewRows, preset }).then((result) => {
          if (mine !== previewGeneration) return;
          set((state) => ({
            preview: result.ok
              ? { status: 'ready', value: result.value, error: null }
              : { ...state.preview, status: 'error', error: result.error.message },
          }));
        });
      }, previewDelayMs);
    },

    async start({ filter, format, preset, includeAssets = true }) {
      const current = get().run;
      if (current && (current.state === 'running' || current.state === 'starting')) return;
      jobWatch?.stop();
      set({
        run: {
          jobId: null,
          format,
          state: 'starting',
          done: 0,
          total: 0,
          error: null,
          exportId: null,
          fileName: null,
          delivery: null,
        },
      });
      const result = await api.exports.start({
        filter,
        format,
        ...(format === 'csv' ? { preset } : {}),
        ...(format === 'bundle' ? { includeAssets: includeAssets ? 'attached' : 'none' } : {}),
      });
      if (!result.ok) {
        updateRun({ state: 'failed', error: result.error.message });
        return;
      }
      watch({ id: result.value.jobId }, format);
    },

    async cancel() {
      const jobId = get().run?.jobId;
      if (!jobId) return;
      const result = await api.jobs.cancel({ id: jobId });
      // The watcher sees the job stop and reports it; a refusal is shown at once.
      if (!result.ok) updateRun({ error: result.error.message });
    },

    dismissRun() {
      jobWatch?.stop();
      set({ run: null });
    },

    deliver: (record) => deliverExport(record.id, record.fileName),
    async redeliver() {
      const run = get().run;
      if (!run?.exportId || !run.fileName) return;
      const delivery = await deliverExport(run.exportId, run.fileName);
      if (get().run?.jobId === run.jobId) updateRun({ delivery });
    },

    async loadHistory() {
      if (get().history.status === 'idle') {
        set((state) => ({ history: { ...state.history, status: 'loading' } }));
      }
      const result = await api.exports.history({});
      set((state) => ({
        history: result.ok
          ? { status: 'ready', records: result.value, error: null }
          : { ...state.history, status: 'error', error: result.error.message },
      }));
    },

    async removeStored(id) {
      const result = await api.exports.delete({ id });
      await get().loadHistory();
      return result.ok ? null : result.error.message;
    },
  };
});
