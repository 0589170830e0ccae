/**
 * What only the desktop app can do: native dialogs that return absolute paths, which a
 * sandboxed page never sees otherwise, and the path of a dropped file. The preload exposes it as
 * `window.linimasaDesktop`; in a browser it is absent and the page falls back to file inputs,
 * uploads and downloads.
 */
export interface DesktopApi {
  /**
   * Where a `File` the person dropped on the page lies on disk (Electron's
   * `webUtils.getPathForFile`), so main imports it by path — streamed from disk, cancellable —
   * instead of the page sending its bytes. '' for a file that is not on disk (dragged out of
   * another application's memory): the page then uploads it. Synchronous, no IPC.
   */
  pathForFile(file: File): string;
  /** Files chosen in the system's open dialog; empty when cancelled. */
  pickAssetFiles(): Promise<string[]>;
  /** Folders chosen in the system's open dialog (imported recursively); empty when cancelled. */
  pickAssetFolders(): Promise<string[]>;
  /**
   * Copies a finished export (exports.history id) to where the user picks in the save dialog.
   * The copy is written beside its target and renamed, so a full flash drive never leaves half
   * a file under the chosen name.
   */
  saveExport(exportId: string): Promise<SaveExportResult>;
  /** A .linimasa bundle chosen in the open dialog; null when cancelled. */
  pickBundle(): Promise<string | null>;
  /** A platform's analytics export (CSV or XLSX) chosen in the open dialog; null when cancelled. */
  pickAnalyticsFile(): Promise<string | null>;
  /** Settings › Lokasi data: where the data lives now and where it would by default. */
  dataLocation(): Promise<DataLocationInfo>;
  /**
   * Picks an empty folder, confirms, then restarts the app, which copies the data there before
   * it opens it (the old folder is kept until the person deletes it).
   */
  moveData(): Promise<MoveDataResult>;
  /**
   * "Hubungkan ke kantor": checks the office host's address (and, for https, the certificate
   * fingerprint the host shows), remembers both in userData and restarts the app, which then
   * opens the host's page with its certificate pinned instead of the local data.
   */
  connectOffice(request: OfficeConnectRequest): Promise<OfficeConnectResult>;
  /**
   * The live feed of the desktop window (the browser's `GET /events` over IPC): main sends each
   * change its signed-in person may see (`ChangeEvent`, validated again by the page). Returns the
   * function that stops listening.
   */
  onLive(listener: (change: unknown) => void): () => void;
  /**
   * The first run's choice (the window shows it before any data is open): a new office in the
   * default folder, an existing data folder picked in the open dialog, each remembered before the
   * app restarts into it. "Hubungkan ke komputer kantor" uses `connectOffice`.
   */
  firstRun(choice: FirstRunChoice): Promise<FirstRunResult>;
}

export type FirstRunChoice = 'new' | 'existing';

/** Why a picked folder cannot be opened; the page words it (`firstRunChoice.problems.*`). */
export type FirstRunProblem = 'empty' | 'notLinimasa' | 'network';

export type FirstRunResult =
  | { outcome: 'restarting'; dir: string }
  | { outcome: 'refused'; problem: FirstRunProblem; dir: string }
  | { outcome: 'cancelled' };

export interface OfficeConnectRequest {
  address: string;
  fingerprint: string;
}

/** Why an address or fingerprint was refused; the page words it (`officeConnect.problems.*`). */
export type OfficeConnectProblem =
  | 'empty'
  | 'scheme'
  | 'credentials'
  | 'path'
  | 'invalid'
  | 'fingerprintMissing'
  | 'fingerprintInvalid';

export type OfficeConnectResult =
  | { outcome: 'restarting'; origin: string }
  | { outcome: 'refused'; problem: OfficeConnectProblem; field: 'address' | 'fingerprint' }
  | { outcome: 'cancelled' };

export interface DataLocationInfo {
  dir: string;
  defaultDir: string;
  /** Set by --data-dir or LINIMASA_DATA_DIR: the app does not move it. */
  fixedBy: 'flag' | 'env' | null;
}

export type MoveDataResult =
  | { outcome: 'restarting'; to: string }
  | { outcome: 'cancelled' }
  | { outcome: 'refused'; message: string };

export type SaveExportResult =
  | { outcome: 'saved'; path: string }
  | { outcome: 'cancelled' }
  | { outcome: 'failed'; message: string };

export const desktopChannels = {
  pickAssetFiles: 'linimasa-desktop:pick-asset-files',
  pickAssetFolders: 'linimasa-desktop:pick-asset-folders',
  saveExport: 'linimasa-desktop:save-export',
  pickBundle: 'linimasa-desktop:pick-bundle',
  pickAnalyticsFile: 'linimasa-desktop:pick-analytics-file',
  dataLocation: 'linimasa-desktop:data-location',
  moveData: 'linimasa-desktop:move-data',
  connectOffice: 'linimasa-desktop:connect-office',
  onLive: 'linimasa-desktop:live',
  firstRun: 'linimasa-desktop:first-run',
} as const satisfies Record<Exclude<keyof DesktopApi, 'pathForFile'>, string>;

/** The query parameter of the window's address while it shows the first run's choice. */
export const firstRunParam = 'pertama-kali';
