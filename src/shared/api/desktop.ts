/**
 * What only the desktop app can do: native dialogs that return absolute paths, which a
 * sandboxed page never sees otherwise. The preload exposes it as `window.linimasaDesktop`; in a
 * browser it is absent and the page falls back to file inputs, uploads and downloads.
 */
export interface DesktopApi {
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
}

export type SaveExportResult =
  | { outcome: 'saved'; path: string }
  | { outcome: 'cancelled' }
  | { outcome: 'failed'; message: string };

export const desktopChannels = {
  pickAssetFiles: 'linimasa-desktop:pick-asset-files',
  pickAssetFolders: 'linimasa-desktop:pick-asset-folders',
  saveExport: 'linimasa-desktop:save-export',
  pickBundle: 'linimasa-desktop:pick-bundle',
} as const satisfies Record<keyof DesktopApi, string>;
