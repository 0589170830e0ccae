import {
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
} from 'electron';
import { desktopChannels } from '../../shared/api/desktop';
import { isFromAppPage } from './ipc';
import { desktopText } from './words';

type PickerName = 'pickAssetFiles' | 'pickAssetFolders' | 'pickBundle' | 'pickAnalyticsFile';

/** The pickers that answer one path (or null), not a list. */
const singlePickers: ReadonlySet<PickerName> = new Set(['pickBundle', 'pickAnalyticsFile']);

/** The open dialogs, worded when shown (the office's language may have changed since start). */
const pickers: Record<PickerName, () => OpenDialogOptions> = {
  pickAssetFiles: () => ({
    title: desktopText('pickers.assetFiles'),
    properties: ['openFile', 'multiSelections'],
  }),
  // Separate from files: Windows and Linux dialogs cannot offer files and folders at once.
  pickAssetFolders: () => ({
    title: desktopText('pickers.assetFolders'),
    properties: ['openDirectory', 'multiSelections'],
  }),
  pickBundle: () => ({
    title: desktopText('pickers.bundle'),
    properties: ['openFile'],
    filters: [{ name: desktopText('pickers.bundleFilter'), extensions: ['linimasa'] }],
  }),
  pickAnalyticsFile: () => ({
    title: desktopText('pickers.analytics'),
    properties: ['openFile'],
    filters: [{ name: desktopText('pickers.analyticsFilter'), extensions: ['csv', 'xlsx'] }],
  }),
};

/** The dialog's owner window, so it opens modal over the app rather than somewhere behind it. */
export function ownerOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

/** The open dialogs behind `window.linimasaDesktop`, answering only the app's own page. */
export function registerDesktopDialogs(appOrigin: string): void {
  for (const [name, wordedOptions] of Object.entries(pickers) as [
    PickerName,
    () => OpenDialogOptions,
  ][]) {
    ipcMain.handle(desktopChannels[name], async (event: IpcMainInvokeEvent) => {
      const single = singlePickers.has(name);
      if (!isFromAppPage(event, appOrigin)) return single ? null : [];
      const owner = ownerOf(event);
      const options = wordedOptions();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      if (single) return result.canceled ? null : (result.filePaths[0] ?? null);
      return result.canceled ? [] : result.filePaths;
    });
  }
}
