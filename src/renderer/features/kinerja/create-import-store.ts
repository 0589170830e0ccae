import { create } from 'zustand';
import type { LinimasaApi, ResponseOf } from '../../../shared/api/contract';
import type { analyticsPlatformChoices } from '../../../shared/api/methods/analytics';
import type { AnalyticsUploadResult } from './upload-analytics';

export type PlatformChoice = (typeof analyticsPlatformChoices)[number];
export type ImportReply = ResponseOf<'analytics.import'>;
/** For an uncertain row: one of its candidate posts, "terbit di luar rencana", or left for later. */
export type RowChoice = { postId: string } | 'unplanned' | 'skip';

export type ImportStage = 'idle' | 'uploading' | 'checking' | 'checked' | 'importing' | 'done';

export interface ImportDeps {
  api: Pick<LinimasaApi, 'analytics'>;
  /** The browser: the file goes to the host first (upload-analytics.ts). */
  upload(file: File, signal: AbortSignal): Promise<AnalyticsUploadResult>;
  /** The desktop app's open dialog, or undefined in a browser. */
  pickPath?(): Promise<string | null>;
  /** After an import wrote something: the calendar, the counter and the report reload. */
  onImported(): void | Promise<void>;
}

interface ImportState {
  stage: ImportStage;
  /** The file as the host reads it, and the name the office knows it by. */
  source: { path: string; name: string } | null;
  platform: PlatformChoice;
  /** The dry run: what the import would do. */
  check: ImportReply | null;
  /** The import's own reply, once it ran. */
  result: ImportReply | null;
  /** Per uncertain row (its number in the file): what the office chose. */
  choices: Record<number, RowChoice>;
  /** A refusal in words (a malformed file names its row and column). */
  problem: string | null;

  chooseFile(file: File): Promise<void>;
  chooseWithDialog(): Promise<void>;
  setPlatform(platform: PlatformChoice): Promise<void>;
  choose(row: number, choice: RowChoice): void;
  runImport(): Promise<void>;
  reset(): void;
}

/** Rows still unreviewed: the import keeps them waiting ("analytics.pending") when run anyway. */
export function unresolved(check: ImportReply | null, choices: Record<number, RowChoice>): number {
  return check ? check.review.filter((row) => choices[row.row] === undefined).length : 0;
}

/**
 * Laporan › Impor data platform: choose a file (uploaded from a browser, by path on the
 * desktop), a DRY RUN first (matched / uncertain / unmatched / unchanged, with the rows), the
 * uncertain rows reviewed one by one, then the import with those choices. Nothing is written
 * before "Impor"; a repeat of the same file is said so and writes nothing.
 */
export function createImportStore(deps: ImportDeps) {
  let generation = 0;
  let uploadAbort: AbortController | null = null;
  return create<ImportState>()((set, get) => {
    const call = (dryRun: boolean) => {
      const { source, platform, choices } = get();
      return deps.api.analytics.import({
        path: source!.path,
        platform,
        dryRun,
        resolutions: Object.entries(choices).map(([row, target]) => ({
          row: Number(row),
          target,
        })),
      });
    };

    const dryRun = async (mine: number) => {
      set({ stage: 'checking', check: null, result: null, problem: null });
      const reply = await call(true);
      if (mine !== generation) return;
      if (!reply.ok) return set({ stage: 'idle', problem: reply.error.message });
      set({ stage: 'checked', check: reply.value });
    };

    const begin = (source: ImportState['source']) => {
      generation += 1;
      uploadAbort?.abort();
      uploadAbort = null;
      set({ source, check: null, result: null, choices: {}, problem: null });
      return generation;
    };

    return {
      stage: 'idle',
      source: null,
      platform: 'auto',
      check: null,
      result: null,
      choices: {},
      problem: null,

      async chooseFile(file) {
        const mine = begin(null);
        const abort = new AbortController();
        uploadAbort = abort;
        set({ stage: 'uploading' });
        let uploaded: AnalyticsUploadResult;
        try {
          uploaded = await deps.upload(file, abort.signal);
        } catch {
          return; // only a newer choice aborts; it has taken over
        }
        if (mine !== generation) return;
        uploadAbort = null;
        if (!uploaded.ok) return set({ stage: 'idle', problem: uploaded.message });
        set({ source: { path: uploaded.path, name: uploaded.name } });
        await dryRun(mine);
      },

      async chooseWithDialog() {
        if (!deps.pickPath) return;
        const path = await deps.pickPath();
        if (!path) return;
        const mine = begin({ path, name: path.split(/[\\/]/).pop() ?? path });
        await dryRun(mine);
      },

      async setPlatform(platform) {
        set({ platform });
        if (!get().source) return;
        generation += 1;
        set({ choices: {} });
        await dryRun(generation);
      },

      choose(row, choice) {
        set((state) => ({ choices: { ...state.choices, [row]: choice } }));
      },

      async runImport() {
        const { source, stage } = get();
        if (!source || stage !== 'checked') return;
        const mine = generation;
        set({ stage: 'importing', problem: null });
        const reply = await call(false);
        if (mine !== generation) return;
        if (!reply.ok) return set({ stage: 'checked', problem: reply.error.message });
        set({ stage: 'done', result: reply.value });
        if (reply.value.written) await deps.onImported();
      },

      reset() {
        begin(null);
        set({ stage: 'idle', platform: 'auto' });
      },
    };
  });
}
export type ImportStore = ReturnType<typeof createImportStore>;
