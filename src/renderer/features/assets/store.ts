import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/errors';
import type {
  Asset,
  AssetSort,
  AssetSummary,
  Collection,
  ImportResult,
} from '../../../shared/domain/assets';
import type { Job } from '../../../shared/domain/jobs';
import { api } from '../../api';
import { droppedPaths } from '../../api/dropped-paths';
import { createUploader } from '../../api/upload';
import { i18n } from '../../i18n';
import { runUploadQueue, type QueueProgress } from './import-queue';
import {
  emptyFilters,
  isSystemFile,
  listRequest,
  noSelection,
  pagesFor,
  rangeIndices,
  selectAfterClick,
  type ClickInput,
  type LibraryFilters,
  type Selection,
} from './model';

/**
 * The asset library screen's state: what the filter bar asks, the rows loaded so far (in pages,
 * as the grid scrolls), the selection, the collections and tags for the side list and filters,
 * and the running import or verification. Components read slices; everything that calls the API
 * lives here so a screen remount (navigating away and back) keeps the import going.
 */

export type LibraryView = 'grid' | 'list';

/**
 * Rows per `assets.list` call: two or three screens of tiles. Small pages keep each answer's
 * parse-check-render step short while the grid scrolls.
 */
export const pageSize = 100;
/** Most assets one click (Ctrl+A, a long Shift range) may select; bulk calls go 1,000 at a time. */
export const selectionLimit = 10_000;
const bulkChunk = 1_000;
const pollMs = 500;
/** During an import the grid refreshes at most this often, so new photos appear without jank. */
const refreshEveryMs = 1_500;
const storageKey = 'linimasa.assets';

export interface ImportBatch {
  /** New per batch, so the panel's announcements restart. */
  id: number;
  origin: 'upload' | 'job';
  jobId: string | null;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  progress: QueueProgress;
  results: ImportResult[];
  /** System files (`.DS_Store`, `Thumbs.db`) passed over. */
  skipped: number;
  /** Why the whole batch failed (a job error), not per file. */
  error: string | null;
}

export type VerifyRun = Pick<Job, 'state' | 'progress' | 'summary' | 'problems' | 'error'> & {
  jobId: string;
};

export interface LibraryNotice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  message: string;
}

export type AssetTag = ResponseOf<'assets.tags'>[number];

/** The bulk action dialogs, opened from the selection bar or the keyboard (Delete). */
export type LibraryDialog = 'tag' | 'collection' | 'delete';

interface AssetsState {
  filters: LibraryFilters;
  sort: AssetSort;
  view: LibraryView;
  /** Bumps when the rows shown are void: a new filter or sort (not a refresh). */
  resultVersion: number;
  /** Every match of the filter; null until the first page of a new filter answers. */
  total: number | null;
  /** Loaded rows by page number. */
  pages: ReadonlyMap<number, AssetSummary[]>;
  /** A refresh's previous rows, shown until the fresh page replaces them (no blank flash). */
  stalePages: ReadonlyMap<number, AssetSummary[]>;
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  selection: Selection;
  /** Where keyboard focus sits in the grid (the active tile). */
  activeIndex: number;
  collections: Collection[];
  tags: AssetTag[];
  importBatch: ImportBatch | null;
  verify: VerifyRun | null;
  notice: LibraryNotice | null;
  /** Bumps when assets changed on the server (bulk tag, collection): an open detail reloads. */
  detailVersion: number;
  dialog: LibraryDialog | null;

  init(): void;
  setFilters(patch: Partial<LibraryFilters>): void;
  clearFilters(): void;
  setSort(sort: AssetSort): void;
  setView(view: LibraryView): void;
  /** The grid's visible positions: loads the pages they need. */
  ensureRange(first: number, last: number): void;
  refresh(): Promise<void>;
  assetAt(index: number): AssetSummary | undefined;
  click(input: ClickInput): Promise<void>;
  setActive(index: number): void;
  selectAll(): Promise<void>;
  clearSelection(): void;
  importFiles(files: File[]): void;
  importPaths(paths: string[]): Promise<ApiResult<unknown>>;
  cancelImport(): void;
  dismissImport(): void;
  startVerify(): Promise<void>;
  dismissVerify(): void;
  updateAsset(patch: Parameters<typeof api.assets.update>[0]): Promise<ApiResult<Asset>>;
  bulkTag(ids: string[], add: string[]): Promise<ApiResult<number>>;
  addToCollection(ids: string[], collectionId: string): Promise<ApiResult<number>>;
  removeFromCollection(ids: string[], collectionId: string): Promise<ApiResult<number>>;
  deleteAssets(ids: string[], force: boolean): Promise<ApiResult<number>>;
  createCollection(name: string): Promise<ApiResult<Collection>>;
  renameCollection(id: string, name: string): Promise<ApiResult<Collection>>;
  deleteCollection(id: string): Promise<ApiResult<unknown>>;
  loadLookups(): Promise<void>;
  showNotice(tone: LibraryNotice['tone'], message: string): void;
  dismissNotice(): void;
  openDialog(dialog: LibraryDialog): void;
  closeDialog(): void;
}

function readStored(): { view?: LibraryView; sort?: AssetSort } {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, unknown>;
    const sorts: readonly string[] = ['newest', 'oldest', 'recentlyImported', 'name', 'largest'];
    return {
      view: value.view === 'list' || value.view === 'grid' ? value.view : undefined,
      sort:
        typeof value.sort === 'string' && sorts.includes(value.sort)
          ? (value.sort as AssetSort)
          : undefined,
    };
  } catch {
    return {};
  }
}

function remember(view: LibraryView, sort: AssetSort): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ view, sort }));
  } catch {
    // Storage switched off: the library opens in the default view next time.
  }
}

const upload = createUploader({
  messages: () => ({
    network: i18n.t('assets.import.networkFailed'),
    refused: (status) => i18n.t('assets.import.refused', { status }),
    badResponse: i18n.t('errors.badResponse'),
  }),
});

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );

let noticeCounter = 0;
let batchCounter = 0;
/** The rows' generation: answers to an older one are dropped. */
let generation = 0;
/** The generation whose total was asked for already. */
let totalAskedFor = -1;
const inflight = new Map<number, { generation: number; promise: Promise<void> }>();
/** Page number → the cursor that fetches it (the previous page's nextCursor), this generation. */
const cursors = new Map<number, string>();
let visible = { first: 0, last: 0 };
let uploadAbort: AbortController | null = null;
let uploadFiles: File[] = [];
let uploadRunning = false;
let pollTimer: ReturnType<typeof setTimeout> | undefined;
let verifyTimer: ReturnType<typeof setTimeout> | undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let lastRefresh = 0;

export const useAssets = create<AssetsState>()((set, get) => {
  const stored = readStored();

  const notify = (tone: LibraryNotice['tone'], message: string) =>
    set({ notice: { id: ++noticeCounter, tone, message } });

  /** One page of the current generation; a page already on its way returns that request. */
  function loadPage(page: number): Promise<void> {
    const mine = generation;
    const pending = inflight.get(page);
    if (pending && pending.generation === mine) return pending.promise;
    const promise = fetchPage(page, mine).finally(() => {
      if (inflight.get(page)?.promise === promise) inflight.delete(page);
    });
    inflight.set(page, { generation: mine, promise });
    return promise;
  }

  async function fetchPage(page: number, mine: number): Promise<void> {
    const withTotal = totalAskedFor !== mine;
    totalAskedFor = mine;
    const { filters, sort } = get();
    const result = await api.assets.list(
      listRequest(filters, sort, {
        pageIndex: page,
        pageSize,
        cursor: cursors.get(page),
        withTotal,
      }),
    );
    if (mine !== generation) return;
    if (!result.ok) {
      if (withTotal) totalAskedFor = -1;
      // A cursor from before a change (an asset deleted meanwhile) is refused: page by offset.
      if (result.error.field === 'cursor' && cursors.has(page)) {
        cursors.delete(page);
        return fetchPage(page, mine);
      }
      set({ status: 'error', loadError: result.error });
      return;
    }
    const { items, nextCursor, total } = result.value;
    if (nextCursor) cursors.set(page + 1, nextCursor);
    set((state) => {
      const pages = new Map(state.pages);
      pages.set(page, items);
      return { pages, total: total ?? state.total, status: 'ready', loadError: null };
    });
  }

  /** Loads every page of positions first…last, resolving when they are in. */
  async function loadPositions(first: number, last: number): Promise<void> {
    const total = get().total ?? 0;
    // One after another, so each page can use the cursor the previous one left.
    for (const page of pagesFor(first, last, pageSize, total)) {
      if (!get().pages.has(page)) await loadPage(page);
    }
  }

  /** A new filter or sort: forget the rows, the cursors and the selection. */
  function restart(patch: Partial<AssetsState>): void {
    generation += 1;
    inflight.clear();
    cursors.clear();
    set((state) => ({
      ...patch,
      resultVersion: state.resultVersion + 1,
      total: null,
      pages: new Map(),
      stalePages: new Map(),
      status: 'loading',
      loadError: null,
      selection: noSelection,
      activeIndex: 0,
    }));
    visible = { first: 0, last: 0 };
    void loadPage(0);
  }

  function scheduleRefresh(): void {
    if (refreshTimer) return;
    const wait = Math.max(0, lastRefresh + refreshEveryMs - Date.now());
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      void get().refresh();
    }, wait);
  }

  async function finishBatch(): Promise<void> {
    clearTimeout(refreshTimer);
    refreshTimer = undefined;
    await get().refresh();
    await get().loadLookups();
  }

  // ---------- Uploads ----------

  async function runUploads(signal: AbortSignal): Promise<void> {
    uploadRunning = true;
    const outcome = await runUploadQueue({
      files: uploadFiles,
      upload,
      signal,
      onProgress: (progress) =>
        set((state) =>
          state.importBatch ? { importBatch: { ...state.importBatch, progress } } : {},
        ),
      onResult: (result) => {
        set((state) =>
          state.importBatch
            ? {
                importBatch: {
                  ...state.importBatch,
                  results: [...state.importBatch.results, result],
                },
              }
            : {},
        );
        if (result.status === 'imported') scheduleRefresh();
      },
    });
    uploadRunning = false;
    // Files dropped while the last worker was finishing: run again for them.
    if (outcome === 'done' && (get().importBatch?.progress.filesTotal ?? 0) < uploadFiles.length) {
      return runUploads(signal);
    }
    set((state) =>
      state.importBatch
        ? {
            importBatch: {
              ...state.importBatch,
              state: outcome,
              progress: { ...state.importBatch.progress, current: [] },
            },
          }
        : {},
    );
    uploadAbort = null;
    await finishBatch();
  }

  // ---------- Jobs ----------

  function applyImportJob(job: Job, fresh: ImportResult[]): void {
    set((state) => {
      const batch = state.importBatch;
      if (!batch || batch.jobId !== job.id) return {};
      return {
        importBatch: {
          ...batch,
          state: job.state,
          error: job.error,
          skipped: job.summary.skipped,
          results: fresh.length ? [...batch.results, ...fresh] : batch.results,
          progress: {
            filesDone: job.progress.filesDone,
            filesTotal: job.progress.filesTotal,
            bytesDone: job.progress.bytesDone,
            bytesTotal: job.progress.bytesTotal,
            current: job.progress.current ? [job.progress.current] : [],
          },
        },
      };
    });
  }

  async function pollImport(jobId: string): Promise<void> {
    clearTimeout(pollTimer);
    const batch = get().importBatch;
    if (!batch || batch.jobId !== jobId) return;
    const result = await api.jobs.get({ id: jobId, resultsFrom: batch.results.length });
    if (get().importBatch?.jobId !== jobId) return;
    if (!result.ok) {
      set((state) => ({
        importBatch: state.importBatch && {
          ...state.importBatch,
          state: 'failed',
          error: result.error.message,
        },
      }));
      return;
    }
    const job = result.value;
    applyImportJob(job, job.results);
    if (job.results.some((r) => r.status === 'imported')) scheduleRefresh();
    if (job.state === 'running') pollTimer = setTimeout(() => void pollImport(jobId), pollMs);
    else await finishBatch();
  }

  function startImportJob(jobId: string): void {
    set({
      importBatch: {
        id: ++batchCounter,
        origin: 'job',
        jobId,
        state: 'running',
        progress: { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: [] },
        results: [],
        skipped: 0,
        error: null,
      },
    });
    void pollImport(jobId);
  }

  async function pollVerify(jobId: string): Promise<void> {
    clearTimeout(verifyTimer);
    if (get().verify?.jobId !== jobId) return;
    const result = await api.jobs.get({ id: jobId, resultsFrom: 0 });
    if (get().verify?.jobId !== jobId) return;
    if (!result.ok) {
      set((state) => ({
        verify: state.verify && { ...state.verify, state: 'failed', error: result.error.message },
      }));
      return;
    }
    const { state, progress, summary, problems, error } = result.value;
    set({ verify: { jobId, state, progress, summary, problems, error } });
    if (state === 'running') verifyTimer = setTimeout(() => void pollVerify(jobId), pollMs);
    // Statuses changed (missing, corrupt): the tiles and the "Hilang" filter follow.
    else await get().refresh();
  }

  function watchVerify(job: Job): void {
    const { state, progress, summary, problems, error } = job;
    set({ verify: { jobId: job.id, state, progress, summary, problems, error } });
    void pollVerify(job.id);
  }

  /** One bulk call per 1,000 ids; stops at the first refusal. */
  async function inChunks(
    ids: string[],
    call: (chunk: string[]) => Promise<ApiResult<number>>,
  ): Promise<ApiResult<number>> {
    let count = 0;
    for (const chunk of chunks(ids, bulkChunk)) {
      const result = await call(chunk);
      if (!result.ok) return result;
      count += result.value;
    }
    return { ok: true, value: count };
  }

  async function afterBulkChange(): Promise<void> {
    set((state) => ({ detailVersion: state.detailVersion + 1 }));
    await Promise.all([get().refresh(), get().loadLookups()]);
  }

  return {
    filters: emptyFilters,
    sort: stored.sort ?? 'recentlyImported',
    view: stored.view ?? 'grid',
    resultVersion: 0,
    total: null,
    pages: new Map(),
    stalePages: new Map(),
    status: 'idle',
    loadError: null,
    selection: noSelection,
    activeIndex: 0,
    collections: [],
    tags: [],
    importBatch: null,
    verify: null,
    notice: null,
    detailVersion: 0,
    dialog: null,

    init() {
      set({ dialog: null });
      // Files the database had forgotten were re-adopted at start-up: the server tells once.
      void api.assets.recovered({}).then((result) => {
        if (!result.ok) return;
        const { readopted, collection, mismatched } = result.value;
        if (readopted > 0 && collection) {
          notify(
            'info',
            i18n.t('assets.notices.recovered', { count: readopted, name: collection.name }),
          );
          void afterBulkChange();
        } else if (mismatched > 0) {
          notify('warning', i18n.t('assets.notices.mismatched', { count: mismatched }));
        }
      });
      if (get().status === 'idle') restart({});
      else void get().refresh();
      void get().loadLookups();
      // A reloaded page (or a CLI import) finds its running job again.
      void api.jobs.list({}).then((result) => {
        if (!result.ok) return;
        const running = result.value.filter((job) => job.state === 'running');
        const importJob = running.find((job) => job.kind === 'import');
        const verifyJob = running.find((job) => job.kind === 'verify');
        if (importJob && !get().importBatch) startImportJob(importJob.id);
        if (verifyJob && !get().verify) watchVerify(verifyJob);
      });
    },

    setFilters(patch) {
      restart({ filters: { ...get().filters, ...patch } });
    },

    clearFilters() {
      restart({ filters: { ...emptyFilters, query: get().filters.query } });
    },

    setSort(sort) {
      remember(get().view, sort);
      restart({ sort });
    },

    setView(view) {
      remember(view, get().sort);
      set({ view });
    },

    ensureRange(first, last) {
      visible = { first, last };
      const { total, pages } = get();
      if (total === null) return;
      for (const page of pagesFor(first, last, pageSize, total)) {
        if (!pages.has(page)) void loadPage(page);
      }
    },

    async refresh() {
      lastRefresh = Date.now();
      generation += 1;
      inflight.clear();
      cursors.clear();
      set((state) => ({
        stalePages: new Map([...state.stalePages, ...state.pages]),
        pages: new Map(),
      }));
      const total = get().total ?? 0;
      const wanted = pagesFor(visible.first, visible.last, pageSize, Math.max(total, 1));
      await Promise.all((wanted.length ? wanted : [0]).map((page) => loadPage(page)));
      set({ stalePages: new Map() });
    },

    assetAt(index) {
      const page = Math.floor(index / pageSize);
      const { pages, stalePages } = get();
      return (pages.get(page) ?? stalePages.get(page))?.[index % pageSize];
    },

    async click(input) {
      const { selection } = get();
      if (input.range && selection.anchor !== null) {
        const [low, high] = [
          Math.min(selection.anchor, input.index),
          Math.max(selection.anchor, input.index),
        ];
        if (high - low + 1 > selectionLimit) {
          notify('warning', i18n.t('assets.selection.tooMany', { count: selectionLimit }));
          return;
        }
        await loadPositions(low, high);
      }
      set((state) => ({
        selection: selectAfterClick(state.selection, input, (index) => get().assetAt(index)?.id),
        activeIndex: input.index,
      }));
    },

    setActive(index) {
      set({ activeIndex: index });
    },

    async selectAll() {
      const total = get().total ?? 0;
      if (total === 0) return;
      const last = Math.min(total, selectionLimit) - 1;
      await loadPositions(0, last);
      const ids = new Set<string>();
      for (const index of rangeIndices(0, last)) {
        const id = get().assetAt(index)?.id;
        if (id) ids.add(id);
      }
      set({ selection: { ids, anchor: 0 } });
      if (total > selectionLimit) {
        notify('warning', i18n.t('assets.selection.capped', { count: selectionLimit }));
      }
    },

    clearSelection() {
      set({ selection: noSelection });
    },

    importFiles(files) {
      const wanted = files.filter((file) => !isSystemFile(file.name));
      const skipped = files.length - wanted.length;
      if (wanted.length === 0) {
        notify('warning', i18n.t('assets.import.nothingToImport'));
        return;
      }
      // The desktop app knows where the files lie: main imports them by path, as from its own
      // open dialog (streamed from disk, one job, "Batal" cancels it); folders are walked there.
      const paths = droppedPaths(wanted);
      if (paths) {
        void get().importPaths(paths);
        return;
      }
      const batch = get().importBatch;
      if (batch?.origin === 'upload' && batch.state === 'running' && uploadAbort) {
        // Dropped during an import: the same batch takes them.
        uploadFiles.push(...wanted);
        set({ importBatch: { ...batch, skipped: batch.skipped + skipped } });
        if (!uploadRunning) void runUploads(uploadAbort.signal);
        return;
      }
      if (batch?.state === 'running') {
        notify('warning', i18n.t('assets.import.busy'));
        return;
      }
      uploadFiles = [...wanted];
      uploadAbort = new AbortController();
      set({
        importBatch: {
          id: ++batchCounter,
          origin: 'upload',
          jobId: null,
          state: 'running',
          progress: {
            filesDone: 0,
            filesTotal: wanted.length,
            bytesDone: 0,
            bytesTotal: wanted.reduce((sum, file) => sum + file.size, 0),
            current: [],
          },
          results: [],
          skipped,
          error: null,
        },
      });
      void runUploads(uploadAbort.signal);
    },

    async importPaths(paths) {
      if (get().importBatch?.state === 'running') {
        notify('warning', i18n.t('assets.import.busy'));
        return { ok: false, error: { code: 'conflict', message: i18n.t('assets.import.busy') } };
      }
      const result = await api.assets.importStart({ paths });
      if (result.ok) startImportJob(result.value.jobId);
      else notify('error', result.error.message);
      return result;
    },

    cancelImport() {
      const batch = get().importBatch;
      if (!batch || batch.state !== 'running') return;
      if (batch.origin === 'upload') {
        uploadAbort?.abort();
        return;
      }
      if (batch.jobId) {
        void api.jobs.cancel({ id: batch.jobId }).then((result) => {
          if (result.ok) applyImportJob(result.value, []);
        });
      }
    },

    dismissImport() {
      if (get().importBatch?.state === 'running') return;
      clearTimeout(pollTimer);
      set({ importBatch: null });
    },

    async startVerify() {
      if (get().verify?.state === 'running') return;
      const result = await api.assets.verify({});
      if (!result.ok) {
        notify('error', result.error.message);
        return;
      }
      set({
        verify: {
          jobId: result.value.jobId,
          state: 'running',
          progress: { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: null },
          summary: {
            imported: 0,
            duplicate: 0,
            failed: 0,
            skipped: 0,
            ok: 0,
            missing: 0,
            corrupt: 0,
            thumbsMissing: 0,
            thumbsRebuilt: 0,
          },
          problems: [],
          error: null,
        },
      });
      void pollVerify(result.value.jobId);
    },

    dismissVerify() {
      const run = get().verify;
      if (run?.state === 'running') void api.jobs.cancel({ id: run.jobId });
      clearTimeout(verifyTimer);
      set({ verify: null });
    },

    async updateAsset(patch) {
      const result = await api.assets.update(patch);
      if (result.ok) {
        const asset = result.value;
        // The tile and row show the title and rights; patch them in place (no reload, no jump).
        const patchPages = (pages: ReadonlyMap<number, AssetSummary[]>) => {
          let changed = false;
          const next = new Map(pages);
          for (const [page, items] of pages) {
            const at = items.findIndex((item) => item.id === asset.id);
            if (at < 0) continue;
            const copy = items.slice();
            copy[at] = { ...copy[at]!, title: asset.title, rightsExpiresOn: asset.rightsExpiresOn };
            next.set(page, copy);
            changed = true;
          }
          return changed ? next : pages;
        };
        set((state) => ({
          pages: patchPages(state.pages),
          stalePages: patchPages(state.stalePages),
        }));
        if (patch.tags) void get().loadLookups();
      }
      return result;
    },

    async bulkTag(ids, add) {
      const result = await inChunks(ids, async (chunk) => {
        const reply = await api.assets.bulkTag({ ids: chunk, add });
        return reply.ok ? { ok: true, value: reply.value.updated } : reply;
      });
      if (result.ok) await afterBulkChange();
      return result;
    },

    async addToCollection(ids, collectionId) {
      const result = await inChunks(ids, async (chunk) => {
        const reply = await api.assets.addToCollection({ ids: chunk, collectionId });
        return reply.ok ? { ok: true, value: reply.value.added } : reply;
      });
      if (result.ok) await afterBulkChange();
      return result;
    },

    async removeFromCollection(ids, collectionId) {
      const result = await inChunks(ids, async (chunk) => {
        const reply = await api.assets.removeFromCollection({ ids: chunk, collectionId });
        return reply.ok ? { ok: true, value: reply.value.removed } : reply;
      });
      if (result.ok) {
        if (get().filters.collectionId === collectionId) set({ selection: noSelection });
        await afterBulkChange();
      }
      return result;
    },

    async deleteAssets(ids, force) {
      const result = await inChunks(ids, async (chunk) => {
        const reply = await api.assets.delete({ ids: chunk, force });
        return reply.ok ? { ok: true, value: reply.value.deleted } : reply;
      });
      if (result.ok || result.error.code !== 'conflict') {
        const gone = new Set(ids);
        set((state) => ({
          selection: {
            ids: new Set([...state.selection.ids].filter((id) => !gone.has(id))),
            anchor: null,
          },
        }));
        await afterBulkChange();
      }
      return result;
    },

    async createCollection(name) {
      const result = await api.collections.create({ name });
      if (result.ok) await get().loadLookups();
      return result;
    },

    async renameCollection(id, name) {
      const result = await api.collections.rename({ id, name });
      if (result.ok) await get().loadLookups();
      return result;
    },

    async deleteCollection(id) {
      const result = await api.collections.delete({ id });
      if (result.ok) {
        if (get().filters.collectionId === id) get().setFilters({ collectionId: null });
        await get().loadLookups();
        set((state) => ({ detailVersion: state.detailVersion + 1 }));
      }
      return result;
    },

    async loadLookups() {
      const [collections, tags] = await Promise.all([
        api.collections.list({}),
        api.assets.tags({}),
      ]);
      set({
        ...(collections.ok ? { collections: collections.value } : {}),
        ...(tags.ok ? { tags: tags.value } : {}),
      });
    },

    showNotice: notify,
    dismissNotice: () => set({ notice: null }),
    openDialog: (dialog) => {
      if (get().selection.ids.size > 0) set({ dialog });
    },
    closeDialog: () => set({ dialog: null }),
  };
});
