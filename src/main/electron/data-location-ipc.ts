import { resolve } from 'node:path';
import { app, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  desktopChannels,
  type DataLocationInfo,
  type MoveDataResult,
} from '../../shared/api/desktop';
import { readDataConfig, writeDataConfig } from '../data-location/config';
import { checkSettingsTarget, type StartLocation } from './data-location';
import { ownerOf } from './dialogs';
import { isFromAppPage } from './ipc';
import { desktopText } from './words';

/**
 * Settings › Lokasi data. Moving needs the database closed, so the handler only checks the
 * chosen folder, records the wish in config.json and restarts; the next start copies and
 * verifies before it opens anything (see data-location.ts).
 */
export function registerDataLocation(options: {
  appOrigin: string;
  location: StartLocation;
  defaultDir: string;
  userData: string;
  /** Closes the data before the relaunch (the app's own quit path). */
  relaunch?: () => void;
}): void {
  const fixedBy =
    options.location.source === 'flag' || options.location.source === 'env'
      ? options.location.source
      : null;

  ipcMain.handle(
    desktopChannels.dataLocation,
    (event: IpcMainInvokeEvent): DataLocationInfo | null =>
      isFromAppPage(event, options.appOrigin)
        ? { dir: options.location.dir, defaultDir: options.defaultDir, fixedBy }
        : null,
  );

  ipcMain.handle(
    desktopChannels.moveData,
    async (event: IpcMainInvokeEvent): Promise<MoveDataResult> => {
      if (!isFromAppPage(event, options.appOrigin)) return { outcome: 'cancelled' };
      if (fixedBy) {
        return {
          outcome: 'refused',
          message: desktopText('dataLocation.fixedByFlag'),
        };
      }
      const owner = ownerOf(event);
      const pickOptions = {
        title: desktopText('dataLocation.pickTitle'),
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'] as (
          'openDirectory' | 'createDirectory' | 'promptToCreate'
        )[],
      };
      const picked = owner
        ? await dialog.showOpenDialog(owner, pickOptions)
        : await dialog.showOpenDialog(pickOptions);
      const chosen = picked.canceled ? undefined : picked.filePaths[0];
      if (!chosen) return { outcome: 'cancelled' };
      const to = resolve(chosen);
      // macOS's default lies inside the old userData folder: the one move into it allowed.
      const intoDefault = options.location.dir === options.userData && to === options.defaultDir;
      const problem = await checkSettingsTarget(options.location.dir, to, intoDefault);
      if (problem) return { outcome: 'refused', message: problem };
      const confirmOptions = {
        type: 'question' as const,
        title: desktopText('dataLocation.confirmTitle'),
        message: desktopText('dataLocation.confirmQuestion'),
        detail: desktopText('dataLocation.confirmDetail', { to }),
        buttons: [desktopText('dataLocation.confirmMove'), desktopText('dataLocation.cancel')],
        defaultId: 0,
        cancelId: 1,
      };
      const { response } = owner
        ? await dialog.showMessageBox(owner, confirmOptions)
        : await dialog.showMessageBox(confirmOptions);
      if (response !== 0) return { outcome: 'cancelled' };
      writeDataConfig(options.userData, {
        ...readDataConfig(options.userData),
        pendingMove: { to },
      });
      setImmediate(
        options.relaunch ??
          (() => {
            app.relaunch();
            app.quit();
          }),
      );
      return { outcome: 'restarting', to };
    },
  );
}
