import type { StoreApi } from 'zustand';
import type { LinimasaApi, ResponseOf } from '../../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import type {
  Asset,
  AssetSort,
  AssetSummary,
  Collection,
  ImportResult,
} from '../../../../shared/domain/assets';
import type { Job } from '../../../../shared/domain/jobs';
import type { UploadFile } from '../../../api/upload';
import type { QueueProgress } from '../import-queue';
import type { ClickInput, LibraryFilters, Selection } from '../model';

/** The library's state and actions, shared by the store's parts (list, selection, jobs …). */

export type LibraryView = 'grid' | 'list';

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

export interface AssetsState {
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
  /** Opens one asset's details whatever was selected (an import result's "Buka"). */
  openAsset(id: string): void;
  startVerify(): Promise<void>;
  dismissVerify(): void;
  updateAsset(patch: Parameters<LinimasaApi['assets']['update']>[0]): Promise<ApiResult<Asset>>;
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

/** What the store needs from outside: the API client and the uploader (tests pass fakes). */
export interface AssetsDeps {
  api: Pick<LinimasaApi, 'assets' | 'collections' | 'jobs'>;
  upload: UploadFile;
  /** Where dropped files lie on disk (desktop app); null uploads them. */
  pathsOf(files: readonly File[]): string[] | null;
  /** Words in the chosen language (the app's i18n.t; tests pass their own). */
  t(key: string, options?: Record<string, unknown>): string;
  /** The job watcher's interval; the app keeps the watcher's default. */
  jobPollMs?: number;
}

/** Handed to each part of the store. */
export interface StoreContext {
  set: StoreApi<AssetsState>['setState'];
  get: () => AssetsState;
  deps: AssetsDeps;
  notify(tone: LibraryNotice['tone'], message: string): void;
}
