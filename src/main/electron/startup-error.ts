import { app, dialog } from 'electron';
import { AppError } from '../../shared/api/errors';
import type { BackupFile } from '../backup/backups';
import { newestBackup, restoreBackup } from '../backup/restore';
import { backupTime, MissingDatabaseError, startNewDatabase } from '../startup/missing-database';
import { desktopError, desktopText } from './words';

/** 'restored' and 'created' mean the caller should relaunch. */
export type StartupOutcome = 'restored' | 'created' | 'quit';

/**
 * What to tell the officer when the data cannot be opened. Errors the app raises on purpose
 * (a database from a newer Linimasa) already carry a readable message; anything else gets the
 * folder and the technical reason, for whoever they call.
 */
export function startupErrorMessage(
  error: unknown,
  dataDir: string,
): { title: string; content: string } {
  const title = desktopText('startup.cannotOpen');
  if (error instanceof AppError) {
    return {
      title,
      content: desktopText('startup.knownReason', { reason: desktopError(error), dir: dataDir }),
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { title, content: desktopText('startup.unknownReason', { dir: dataDir, reason }) };
}

/**
 * Whether to offer the newest backup: only for a database that fails to open for its own
 * reasons (damaged, not SQLite), never for one that is merely from a newer Linimasa — that
 * one is fine and needs an update, not a step back in time.
 */
export function recoveryOffer(
  error: unknown,
  newest: BackupFile | undefined,
): { backup: BackupFile; detail: string } | null {
  if (error instanceof AppError || !newest) return null;
  const when = new Date(newest.createdAt).toLocaleString('id-ID', { timeZone: 'UTC' });
  return {
    backup: newest,
    detail: desktopText('startup.backupOffer', { name: newest.name, when }),
  };
}

/**
 * A native box rather than a blank window: it works before any window or renderer exists.
 * When a backup can help, it is offered; 'restored' means the caller should relaunch.
 */
export async function showStartupError(error: unknown, dataDir: string): Promise<StartupOutcome> {
  if (error instanceof MissingDatabaseError) return missingDatabaseChoice(error);
  const { title, content } = startupErrorMessage(error, dataDir);
  const offer = recoveryOffer(error, newestBackup(dataDir));
  if (!offer) {
    dialog.showErrorBox(title, content);
    return 'quit';
  }
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title,
    message: content,
    detail: offer.detail,
    buttons: [desktopText('startup.restoreNewest'), desktopText('startup.quit')],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (choice !== 0) return 'quit';
  try {
    const result = await restoreBackup(dataDir, offer.backup.path);
    dialog.showMessageBoxSync({
      type: 'info',
      title: desktopText('startup.restoredTitle'),
      message: desktopText('startup.restored', { name: offer.backup.name }),
      detail: result.setAside
        ? desktopText('startup.setAside', { path: result.setAside })
        : undefined,
    });
    return 'restored';
  } catch (restoreError) {
    dialog.showErrorBox(
      desktopText('startup.restoreFailed'),
      desktopText('startup.knownReason', { reason: String(restoreError), dir: dataDir }),
    );
    return 'quit';
  }
}

/**
 * The database is missing from a folder that holds the office's library or backups: the
 * officer chooses between the newest backup, a new database (whose first start re-adopts
 * every photo into "Dipulihkan …") and quitting. Nothing happens without a choice.
 */
async function missingDatabaseChoice(error: MissingDatabaseError): Promise<StartupOutcome> {
  const newest = error.newestBackup;
  const choices = [...(newest ? (['restore'] as const) : []), 'new' as const, 'quit' as const];
  const labels = {
    restore: desktopText('startup.restoreNewest'),
    new: desktopText('startup.startNew'),
    quit: desktopText('startup.quit'),
  };
  const index = dialog.showMessageBoxSync({
    type: 'warning',
    title: desktopText('startup.missingTitle'),
    message: desktopError(error),
    detail: [
      newest
        ? desktopText('startup.missingRestore', { name: newest.name, when: backupTime(newest) })
        : null,
      desktopText('startup.missingNew'),
    ]
      .filter(Boolean)
      .join('\n\n'),
    buttons: choices.map((choice) => labels[choice]),
    defaultId: 0,
    cancelId: choices.length - 1,
    noLink: true,
  });
  const choice = choices[index] ?? 'quit';
  try {
    if (choice === 'restore' && newest) {
      await restoreBackup(error.dataDir, newest.path);
      return 'restored';
    }
    if (choice === 'new') {
      startNewDatabase(error.dataDir);
      return 'created';
    }
  } catch (failure) {
    dialog.showErrorBox(
      desktopText('startup.cannotOpen'),
      desktopText('startup.knownReason', {
        reason: failure instanceof Error ? failure.message : String(failure),
        dir: error.dataDir,
      }),
    );
  }
  return 'quit';
}

/** Relaunches after a recovery or a new database, or quits with an error status. */
export function finishStartupFailure(outcome: StartupOutcome): void {
  if (outcome !== 'quit') app.relaunch();
  app.exit(outcome === 'quit' ? 1 : 0);
}
