import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dialog } from 'electron';
import { defaultDataDir } from '../data-dir';
import { readDataConfig, writeDataConfig } from '../data-location/config';
import { decideDataLocation, type DataLocation } from '../data-location/decide';
import { checkMoveTarget, moveDataDir, MoveRefused } from '../data-location/move';
import { dataDirFlag } from './launch-options';
import { desktopError, desktopText } from './words';

/*
 * Where the desktop app's data lives, decided once before the data is opened: --data-dir and
 * LINIMASA_DATA_DIR win; then config.json in userData (the first-run choice or Settings ›
 * Lokasi data); then an old install's data in userData itself, which keeps working and is
 * offered the move; else, at the very first run, the person confirms or changes the default.
 * A move asked for in Settings runs here too, before anything holds the database open.
 */

export interface StartLocation {
  dir: string;
  source: DataLocation['source'];
}

interface Facts {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  userData: string;
  platform?: NodeJS.Platform;
  /**
   * The window asks the first run's question (electron/first-run.ts: new office, existing
   * folder, or the office host): a first run returns `source: 'first-run'` without asking here.
   */
  firstRunInWindow?: boolean;
}

const title = () => desktopText('dataLocation.title');

/** The data directory to open, or null when the person chose to quit at the first run. */
export async function chooseDataLocation(facts: Facts): Promise<StartLocation | null> {
  const flag = dataDirFlag(facts.argv);
  const defaultDir = defaultDataDir(facts.platform ?? process.platform, facts.env);
  const decide = () =>
    decideDataLocation({
      flag,
      env: facts.env,
      config: readDataConfig(facts.userData),
      defaultDir,
      legacyDir: facts.userData,
      hasDatabase: (dir) => existsSync(join(dir, 'linimasa.db')),
      resolve: (path) => resolve(path),
    });
  let location = decide();
  if (location.source === 'flag' || location.source === 'env') return location;

  const pending = readDataConfig(facts.userData)?.pendingMove;
  if (pending) {
    // Cleared first: a crash during the move must not start it again at every launch.
    writeDataConfig(facts.userData, { ...readDataConfig(facts.userData), pendingMove: undefined });
    const intoDefault = location.dir === facts.userData && pending.to === defaultDir;
    await moveWithNotice(location.dir, pending.to, facts.userData, intoDefault);
    return decide();
  }

  if (location.source === 'legacy') {
    const { response, checkboxChecked } = await dialog.showMessageBox({
      type: 'question',
      title: title(),
      message: desktopText('dataLocation.legacyQuestion'),
      detail: desktopText('dataLocation.legacyDetail', {
        dir: location.dir,
        suggested: location.suggested ?? '',
      }),
      buttons: [desktopText('dataLocation.moveNow'), desktopText('dataLocation.later')],
      defaultId: 0,
      cancelId: 1,
      checkboxLabel: desktopText('dataLocation.stayHere'),
    });
    if (response === 0 && location.suggested) {
      await moveWithNotice(location.dir, location.suggested, facts.userData, true);
      location = decide();
    } else if (checkboxChecked) {
      writeDataConfig(facts.userData, { ...readDataConfig(facts.userData), dataDir: location.dir });
    }
    return location;
  }

  if (location.source === 'first-run' && facts.firstRunInWindow) return location;
  if (location.source === 'first-run') {
    const chosen = await askFirstRun(defaultDir);
    if (!chosen) return null;
    writeDataConfig(facts.userData, { ...readDataConfig(facts.userData), dataDir: chosen });
    return { dir: chosen, source: 'config' };
  }
  if (location.source === 'config' && !existsSync(location.dir)) {
    return (await askMissingFolder(location.dir)) ? location : null;
  }
  return location;
}

/**
 * The chosen folder is gone (a drive not plugged in, a folder deleted): opening it would start
 * an empty library there, which looks like lost data. The person decides.
 */
async function askMissingFolder(dir: string): Promise<boolean> {
  for (;;) {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: title(),
      message: desktopText('dataLocation.missing'),
      detail: desktopText('dataLocation.missingDetail', { dir }),
      buttons: [
        desktopText('dataLocation.retry'),
        desktopText('dataLocation.startEmpty'),
        desktopText('dataLocation.quit'),
      ],
      defaultId: 0,
      cancelId: 2,
    });
    if (response === 2) return false;
    if (response === 1 || existsSync(dir)) return true;
  }
}

/** The first-run question: the default preselected, another empty folder, or quit. */
async function askFirstRun(defaultDir: string): Promise<string | null> {
  for (;;) {
    const { response } = await dialog.showMessageBox({
      type: 'question',
      title: title(),
      message: desktopText('dataLocation.firstRunQuestion'),
      detail: desktopText('dataLocation.firstRunDetail', { dir: defaultDir }),
      buttons: [
        desktopText('dataLocation.useThis'),
        desktopText('dataLocation.pickOther'),
        desktopText('dataLocation.quit'),
      ],
      defaultId: 0,
      cancelId: 2,
    });
    if (response === 0) return defaultDir;
    if (response === 2) return null;
    const picked = await dialog.showOpenDialog({
      title: desktopText('dataLocation.pickTitle'),
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    });
    const dir = picked.canceled ? undefined : picked.filePaths[0];
    if (!dir) continue;
    const problem = emptyFolderProblem(dir);
    if (!problem) return resolve(dir);
    await dialog.showMessageBox({
      type: 'warning',
      title: title(),
      message: problem,
      buttons: [desktopText('dataLocation.ok')],
    });
  }
}

/** A new data folder must be empty (or not exist yet) and on this computer's own disk. */
export function emptyFolderProblem(dir: string, platform = process.platform): string | null {
  if (platform === 'win32' && /^(\\\\|\/\/)/.test(dir)) {
    return desktopText('dataLocation.networkFolder');
  }
  try {
    if (readdirSync(dir).length > 0) {
      return desktopText('dataLocation.notEmpty');
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return desktopText('dataLocation.notAFolder');
    if (code !== 'ENOENT') return desktopText('dataLocation.cannotOpen');
  }
  return null;
}

/**
 * Runs a move while a box says what is happening (closed by the app when the copy ends), then
 * says how it went. A refused or failed move leaves everything as it was.
 */
export async function moveWithNotice(
  from: string,
  to: string,
  userData: string,
  allowInside: boolean,
): Promise<boolean> {
  const shown = new AbortController();
  void dialog
    .showMessageBox({
      type: 'info',
      title: title(),
      message: desktopText('dataLocation.moving'),
      detail: desktopText('dataLocation.movingDetail', { from, to }),
      buttons: [desktopText('dataLocation.ok')],
      signal: shown.signal,
    })
    .catch(() => undefined);
  try {
    const result = await moveDataDir({ from, to, configDir: userData, allowInside });
    shown.abort();
    await dialog.showMessageBox({
      type: 'info',
      title: title(),
      message: desktopText('dataLocation.moved'),
      detail: desktopText('dataLocation.movedDetail', { to: result.to, oldFiles: result.oldFiles }),
      buttons: [desktopText('dataLocation.ok')],
    });
    return true;
  } catch (error) {
    shown.abort();
    const reason =
      error instanceof MoveRefused ? desktopError(error) : desktopText('dataLocation.moveFailed');
    if (!(error instanceof MoveRefused)) console.error('[main] data move failed', error);
    await dialog.showMessageBox({
      type: 'warning',
      title: title(),
      message: desktopText('dataLocation.notMoved'),
      detail: reason,
      buttons: [desktopText('dataLocation.ok')],
    });
    return false;
  }
}

/** Checks a target chosen in Settings before the app restarts to move there. */
export async function checkSettingsTarget(
  from: string,
  to: string,
  allowInside = false,
): Promise<string | null> {
  try {
    await checkMoveTarget(from, to, { allowInside });
    return null;
  } catch (error) {
    if (error instanceof MoveRefused) return desktopError(error);
    throw error;
  }
}
