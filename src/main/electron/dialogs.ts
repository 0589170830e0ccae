import {
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
} from 'electron';
import { desktopChannels } from '../../shared/api/desktop';
import { isFromAppPage } from './ipc';

const pickers: Record<keyof typeof desktopChannels, OpenDialogOptions> = {
  pickAssetFiles: {
    title: 'Impor berkas ke Pustaka Aset',
    properties: ['openFile', 'multiSelections'],
  },
  // Separate from files: Windows and Linux dialogs cannot offer files and folders at once.
  pickAssetFolders: {
    title: 'Impor folder ke Pustaka Aset',
    properties: ['openDirectory', 'multiSelections'],
  },
};

/** The open dialogs behind `window.linimasaDesktop`, answering only the app's own page. */
export function registerDesktopDialogs(appOrigin: string): void {
  for (const [name, options] of Object.entries(pickers) as [
    keyof typeof pickers,
    OpenDialogOptions,
  ][]) {
    ipcMain.handle(desktopChannels[name], async (event: IpcMainInvokeEvent) => {
      if (!isFromAppPage(event, appOrigin)) return [];
      const owner = BrowserWindow.fromWebContents(event.sender);
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    });
  }
}
