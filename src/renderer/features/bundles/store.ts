import { create } from 'zustand';
import type { RequestOf } from '../../../shared/api/contract';
import type {
  ConflictResolution,
  ImportKind,
  ImportPlan,
  ImportResolutions,
  ImportSummary,
} from '../../../shared/domain/bundle';
import type { Job } from '../../../shared/domain/jobs';
import { api } from '../../api';
import { watchJob, type JobWatch } from '../../api/jobs';
import { droppedPaths } from '../../api/dropped-paths';
import { i18n } from '../../i18n';
import { isBundleFileName, resolutionsFor, resolveAll, unresolvedConflicts } from './model';
import { uploadBundle } from './upload-bundle';
import { useCalendar } from '../calendar/store';
import { useCampaigns, useChannels, usePeople } from '../../stores/collections';

/**
 * Importing a `.linimasa` bundle: the file is uploaded (browser) or named by the desktop open
 * dialog, checked in a dry run the person reviews (settling each conflict), then imported. It
 * lives outside the view, like the export store, so looking at the calendar meanwhile neither
 * loses the review nor a running import.
 */

export type BundleSource = RequestOf<'bundles.inspect'>['source'];

export type BundleStage =
  'idle' | 'uploading' | 'checking' | 'review' | 'importing' | 'done' | 'failed';

export interface BundleProgress {
  done: number;
  /** 0 while unknown. */
  total: number;
  /** Bytes while uploading, checking and copying; posts while saving. */
  unit: 'bytes' | 'posts';
  /** The host's name for the current phase of a job, if it gave one. */
  phase: string | null;
}

export interface BundleFailure {
  step: 'upload' | 'check' | 'import';
  message: string;
  /**
   * The host said so: refusals and failed jobs leave the office as it was. False when the
   * answer was lost (the job may have finished after all).
   */
  nothingChanged: boolean;
}

interface BundleImportState {
  stage: BundleStage;
  /** What the person picked, as they know it (file name). */
  fileName: string | null;
  source: BundleSource | null;
  jobId: string | null;
  progress: BundleProgress;
  plan: ImportPlan | null;
  resolutions: ImportResolutions;
  summary: ImportSummary | null;
  failure: BundleFailure | null;
  /** A short word after a step that changed nothing (cancelled), shown with the current stage. */
  note: string | null;
  /** Which posts the table lists. */
  filter: ImportKind | 'all';

  /** On opening the screen: finds an import a reloaded page left running. */
  init(): void;
  /** A chosen or dropped file: checked where it lies in the desktop app, uploaded first in a browser. */
  chooseFile(file: File): Promise<void>;
  /** Desktop: the open dialog, then the check. */
  chooseWithDialog(): Promise<void>;
  cancel(): Promise<void>;
  resolve(postId: string, resolution: ConflictResolution): void;
  resolveAll(resolution: ConflictResolution): void;
  setFilter(filter: ImportKind | 'all'): void;
  startImport(actorId: string | null): Promise<void>;
  /** After a failed import: the dry run again (the office may have changed meanwhile). */
  checkAgain(): Promise<void>;
  /** "Batal" / "Pilih berkas lain" / "Impor paket lain": forget the bundle (an upload is removed). */
  reset(): Promise<void>;
}

const emptyProgress: BundleProgress = { done: 0, total: 0, unit: 'bytes', phase: null };

/** The job on screen (`api/jobs.ts`): stopped whenever the bundle on screen changes. */
let jobWatch: JobWatch | undefined;
let uploadAbort: AbortController | null = null;
/** Bumped whenever the bundle on screen changes, so late answers about an older one are dropped. */
let generation = 0;

const uploadMessages = () => ({
  network: i18n.t('bundleImport.failed.network'),
  refused: (status: number) => i18n.t('bundleImport.failed.refused', { status }),
  badResponse: i18n.t('errors.badResponse'),
});

const uploadIdOf = (source: BundleSource | null): string | null =>
  source && 'uploadId' in source ? source.uploadId : null;

function progressOf(job: Job): BundleProgress {
  const { progress } = job;
  if (progress.filesTotal > 0) {
    return {
      done: progress.filesDone,
      total: progress.filesTotal,
      unit: 'posts',
      phase: progress.current,
    };
  }
  return {
    done: progress.bytesDone,
    total: progress.bytesTotal,
    unit: 'bytes',
    phase: progress.current,
  };
}

/** Imported channels, pillars, people and posts show at once wherever the app cached them. */
function refreshAfterImport(): void {
  void usePeople.getState().load();
  void useChannels.getState().load();
  void useCampaigns.getState().load();
  if (useCalendar.getState().anchor !== null) void useCalendar.getState().refresh();
}

const discardUpload = (source: BundleSource | null): void => {
  const uploadId = uploadIdOf(source);
  // Best effort: an upload left behind is removed at the next start anyway.
  if (uploadId) void api.bundles.discard({ uploadId });
};

export const useBundleImport = create<BundleImportState>()((set, get) => {
  const fail = (step: BundleFailure['step'], message: string, nothingChanged = true) =>
    set({
      stage: 'failed',
      failure: {
        step,
        message: message || i18n.t('bundleImport.failed.unknown'),
        nothingChanged,
      },
      jobId: null,
      progress: emptyProgress,
    });

  /** Follows the bundle's job with the renderer's one watcher until it ends or the bundle is let go. */
  function follow(jobId: string): void {
    jobWatch?.stop();
    jobWatch = watchJob(jobId, {
      get: (request) => api.jobs.get(request),
      onUpdate: (job) => {
        if (job.state === 'running') set({ progress: progressOf(job) });
        else finish(job);
      },
      onError: (error) => {
        const importing = get().stage === 'importing';
        fail(importing ? 'import' : 'check', error.message, !importing);
      },
    });
  }

  function finish(job: Job): void {
    const { source } = get();
    if (job.kind === 'bundle-check') {
      if (job.state === 'done' && job.bundlePlan) {
        set({
          stage: 'review',
          plan: job.bundlePlan,
          resolutions: {},
          jobId: null,
          progress: emptyProgress,
          filter: 'all',
          note: null,
        });
        return;
      }
      // The bundle cannot be used: nothing keeps its upload.
      discardUpload(source);
      if (job.state === 'cancelled') return void clear(i18n.t('bundleImport.cancelled'));
      return fail('check', job.error ?? '');
    }
    if (job.state === 'done' && job.bundleSummary) {
      // The host removed the upload along with the import.
      set({
        stage: 'done',
        summary: job.bundleSummary,
        jobId: null,
        progress: emptyProgress,
        note: null,
      });
      refreshAfterImport();
      return;
    }
    if (job.state === 'cancelled') {
      // An import followed after a reload has no review to go back to.
      if (!get().plan) return void clear(i18n.t('bundleImport.cancelled'));
      // Nothing was written; the review and its choices are still good.
      set({
        stage: 'review',
        jobId: null,
        progress: emptyProgress,
        note: i18n.t('bundleImport.importCancelled'),
      });
      return;
    }
    fail('import', job.error ?? '');
  }

  function clear(note: string | null = null): void {
    jobWatch?.stop();
    generation += 1;
    set({
      stage: 'idle',
      fileName: null,
      source: null,
      jobId: null,
      progress: emptyProgress,
      plan: null,
      resolutions: {},
      summary: null,
      failure: null,
      note,
      filter: 'all',
    });
  }

  async function inspect(source: BundleSource, fileName: string, mine: number): Promise<void> {
    set({
      stage: 'checking',
      source,
      fileName,
      jobId: null,
      progress: emptyProgress,
      plan: null,
      failure: null,
      note: null,
    });
    const result = await api.bundles.inspect({ source });
    if (mine !== generation) {
      // Another bundle took its place before the job had an id to cancel: cancel it now.
      if (result.ok) void api.jobs.cancel({ id: result.value.jobId });
      return;
    }
    if (!result.ok) {
      discardUpload(source);
      return fail('check', result.error.message);
    }
    set({ jobId: result.value.jobId });
    follow(result.value.jobId);
  }

  /**
   * Lets go of the bundle on screen: its upload stopped or removed, its dry run cancelled. An
   * import is never abandoned (it is cancelled with "Batalkan" or runs to its end); a finished
   * import's upload is gone already.
   */
  function abandon(): void {
    const { stage, source, jobId } = get();
    uploadAbort?.abort();
    uploadAbort = null;
    if (stage === 'checking' && jobId) void api.jobs.cancel({ id: jobId });
    if (stage !== 'done') discardUpload(source);
  }

  /** A new bundle replaces whatever was on screen; -1 while an import runs. */
  function begin(): number {
    if (get().stage === 'importing') return -1;
    abandon();
    clear();
    return generation;
  }

  return {
    stage: 'idle',
    fileName: null,
    source: null,
    jobId: null,
    progress: emptyProgress,
    plan: null,
    resolutions: {},
    summary: null,
    failure: null,
    note: null,
    filter: 'all',

    init() {
      if (get().stage !== 'idle') return;
      void api.jobs.list({}).then((result) => {
        if (!result.ok || get().stage !== 'idle') return;
        const running = result.value.find(
          (job) => job.kind === 'bundle-import' && job.state === 'running',
        );
        if (!running) return;
        // A reload lost the review, not the import: follow it to its summary.
        generation += 1;
        set({ stage: 'importing', jobId: running.id, progress: progressOf(running) });
        follow(running.id);
      });
    },

    async chooseFile(file) {
      if (get().stage === 'importing') return;
      if (!isBundleFileName(file.name)) {
        // Only a note: a stray photo dropped on the card must not throw away a review.
        set({ note: i18n.t('bundleImport.notBundle', { name: file.name }) });
        return;
      }
      const mine = begin();
      if (mine < 0) return;
      // Desktop app: main reads the bundle where it lies (as after the open dialog), so a
      // bundle of many gigabytes never passes through the page or main's memory.
      const path = droppedPaths([file])?.[0];
      if (path) return inspect({ path }, file.name, mine);
      const abort = new AbortController();
      uploadAbort = abort;
      set({
        stage: 'uploading',
        fileName: file.name,
        progress: { done: 0, total: file.size, unit: 'bytes', phase: null },
      });
      let result;
      try {
        result = await uploadBundle(file, {
          signal: abort.signal,
          messages: uploadMessages,
          onProgress: (sent, total) => {
            if (mine === generation) {
              set({ progress: { done: sent, total, unit: 'bytes', phase: null } });
            }
          },
        });
      } catch {
        // Only a cancel rejects; clear() already said so.
        return;
      } finally {
        if (uploadAbort === abort) uploadAbort = null;
      }
      if (mine !== generation) {
        if (result.ok) discardUpload({ uploadId: result.uploadId });
        return;
      }
      if (!result.ok) return fail('upload', result.message);
      await inspect({ uploadId: result.uploadId }, file.name, mine);
    },

    async chooseWithDialog() {
      const desktop = window.linimasaDesktop;
      if (!desktop || get().stage === 'importing') return;
      let path: string | null;
      try {
        path = await desktop.pickBundle();
      } catch (error) {
        return fail('check', error instanceof Error ? error.message : String(error));
      }
      if (!path) return;
      const mine = begin();
      if (mine < 0) return;
      await inspect({ path }, path.split(/[\\/]/).pop() ?? path, mine);
    },

    async cancel() {
      const { stage, jobId } = get();
      if (stage === 'uploading') {
        uploadAbort?.abort();
        uploadAbort = null;
        clear(i18n.t('bundleImport.cancelled'));
        return;
      }
      if ((stage === 'checking' || stage === 'importing') && jobId) {
        const result = await api.jobs.cancel({ id: jobId });
        // The watcher sees the job stop and says so; a refusal is shown at once.
        if (!result.ok) set({ note: result.error.message });
      }
    },

    resolve(postId, resolution) {
      set((state) => ({ resolutions: { ...state.resolutions, [postId]: resolution } }));
    },

    resolveAll(resolution) {
      const plan = get().plan;
      if (plan) set({ resolutions: resolveAll(plan, resolution) });
    },

    setFilter: (filter) => set({ filter }),

    async startImport(_actorId) {
      const { stage, plan, source, resolutions } = get();
      if (stage !== 'review' || !plan || !source) return;
      if (unresolvedConflicts(plan, resolutions).length > 0) return;
      const mine = generation;
      set({ stage: 'importing', progress: emptyProgress, note: null, jobId: null });
      const result = await api.bundles.import({
        source,
        resolutions: resolutionsFor(plan, resolutions),
      });
      if (mine !== generation) return;
      if (!result.ok) return fail('import', result.error.message);
      set({ jobId: result.value.jobId });
      follow(result.value.jobId);
    },

    async checkAgain() {
      const { source, fileName } = get();
      if (!source) return;
      jobWatch?.stop();
      const mine = ++generation;
      set({ resolutions: {}, summary: null });
      await inspect(source, fileName ?? '', mine);
    },

    async reset() {
      if (get().stage === 'importing') return;
      abandon();
      clear();
    },
  };
});
