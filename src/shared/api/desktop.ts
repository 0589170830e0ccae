/**
 * What only the desktop app can do: native dialogs that return absolute paths, which a
 * sandboxed page never sees otherwise. The preload exposes it as `window.linimasaDesktop`; in a
 * browser it is absent and the page falls back to file inputs and uploads.
 */
export interface DesktopApi {
  /** Files chosen in the system's open dialog; empty when cancelled. */
  pickAssetFiles(): Promise<string[]>;
  /** Folders chosen in the system's open dialog (imported recursively); empty when cancelled. */
  pickAssetFolders(): Promise<string[]>;
}

export const desktopChannels = {
  pickAssetFiles: 'linimasa-desktop:pick-asset-files',
  pickAssetFolders: 'linimasa-desktop:pick-asset-folders',
} as const satisfies Record<keyof DesktopApi, string>;
