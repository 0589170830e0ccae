import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { app, dialog, ipcMain, protocol, type IpcMainInvokeEvent } from 'electron';
import { desktopChannels, firstRunParam, type FirstRunResult } from '../../shared/api/desktop';
import { appScheme } from '../../shared/security/origins';
import { readDataConfig, writeDataConfig } from '../data-location/config';
import { existingFolderProblem } from '../data-location/existing-folder';
import { plainResponse } from '../media/file-response';
import { createStaticHandler } from '../media/static';
import { ownerOf } from './dialogs';
import { isFromAppPage } from './ipc';
import { registerOfficeConnect } from './office-connect';
import { routeAppProtocol } from './protocol';
import { desktopText } from './words';

/**
 * The very first start (no data folder chosen, no office remembered): before anything is
 * opened, the window shows the choice (renderer features/setup/FirstRunChoiceView.tsx) —
 * "Mulai kantor baru di komputer ini" (the default folder), "Buka folder data yang ada" (picked
 * here in the open dialog and checked by data-location/existing-folder.ts) or "Hubungkan ke
 * komputer kantor" (the office-connect form, office-connect.ts). Each choice is remembered in
 * userData and the app restarts into it, so the ordinary start-up opens it as on any later day.
 */
export function startFirstRun(options: {
  appOrigin: string;
  /** The renderer's address (`linimasa://app/index.html`, or the dev server's). */
  url: string;
  rendererDir: string;
  csp: string;
  userData: string;
  defaultDir: string;
  openWindow(url: string): void;
  relaunch?: () => void;
  platform?: NodeJS.Platform;
}): void {
  const relaunch =
    options.relaunch ??
    (() => {
      app.relaunch();
      app.quit();
    });
  // Only the page itself: no library exists yet to serve media from.
  protocol.handle(
    appScheme,
    routeAppProtocol({
      app: createStaticHandler(options.rendererDir, { csp: options.csp }),
      media: async () => plainResponse(404),
    }),
  );
  registerOfficeConnect({ appOrigin: options.appOrigin, userData: options.userData, relaunch });

  const remember = (dir: string): FirstRunResult => {
    writeDataConfig(options.userData, { ...readDataConfig(options.userData), dataDir: dir });
    setImmediate(relaunch);
    return { outcome: 'restarting', dir };
  };

  ipcMain.handle(
    desktopChannels.firstRun,
    async (event: IpcMainInvokeEvent, choice: unknown): Promise<FirstRunResult> => {
      if (!isFromAppPage(event, options.appOrigin)) return { outcome: 'cancelled' };
      if (choice === 'new') return remember(options.defaultDir);
      if (choice !== 'existing') return { outcome: 'cancelled' };
      const pickOptions = {
        title: desktopText('dataLocation.pickExisting'),
        properties: ['openDirectory'] as 'openDirectory'[],
      };
      const owner = ownerOf(event);
      const picked = owner
        ? await dialog.showOpenDialog(owner, pickOptions)
        : await dialog.showOpenDialog(pickOptions);
      const chosen = picked.canceled ? undefined : picked.filePaths[0];
      if (!chosen) return { outcome: 'cancelled' };
      const dir = resolve(chosen);
      const problem = existingFolderProblem({
        path: dir,
        entries: namesIn(dir),
        platform: options.platform ?? process.platform,
      });
      return problem ? { outcome: 'refused', problem, dir } : remember(dir);
    },
  );

  const url = new URL(options.url);
  url.searchParams.set(firstRunParam, '1');
  options.openWindow(url.href);
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
