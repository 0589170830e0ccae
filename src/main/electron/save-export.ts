import { createReadStream } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { app, dialog, ipcMain, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import { desktopChannels, type SaveExportResult } from '../../shared/api/desktop';
import { AppError } from '../../shared/api/errors';
import { namingDiskFull } from '../disk/full';
import { writeFileAtomically } from '../export/output-file';
import { refuseInsideDataDir } from '../export/output-target';
import { ownerOf } from './dialogs';
import { isFromAppPage } from './ipc';
import { desktopError, desktopText } from './words';

/**
 * A finished export in the data directory's exports/, as the exports service finds it, and that
 * data directory (a copy is never saved inside it).
 */
export type ExportFileLookup = (
  id: string,
) => { path: string; fileName: string; dataDir: string } | undefined;

const formatNames: Record<string, string> = {
  '.pdf': 'PDF',
  '.xlsx': 'Excel',
  '.csv': 'CSV',
  '.ics': 'Kalender (iCalendar)',
  '.json': 'JSON',
  '.linimasa': 'Paket Linimasa',
};

/**
 * "Simpan sebagai…" for an export: the save dialog, then a copy written beside the chosen name
 * and renamed, so a full or pulled flash drive never leaves half a file under that name.
 */
export function registerSaveExport(appOrigin: string, lookup: ExportFileLookup): void {
  ipcMain.handle(
    desktopChannels.saveExport,
    async (event: IpcMainInvokeEvent, exportId: unknown): Promise<SaveExportResult> => {
      if (!isFromAppPage(event, appOrigin)) return { outcome: 'cancelled' };
      const file = typeof exportId === 'string' ? lookup(exportId) : undefined;
      if (!file) {
        return { outcome: 'failed', message: desktopText('saveExport.missing') };
      }
      const extension = extname(file.fileName);
      const options: SaveDialogOptions = {
        title: desktopText('saveExport.title'),
        defaultPath: join(app.getPath('documents'), basename(file.fileName)),
        filters: [{ name: formatNames[extension] ?? extension, extensions: [extension.slice(1)] }],
      };
      const owner = ownerOf(event);
      const chosen = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return { outcome: 'cancelled' };
      try {
        await refuseInsideDataDir(file.dataDir, chosen.filePath);
        // Recorded in the data directory's exports/ (where the stored copy is), so a kill's
        // hidden temp file in the user's folder is swept at the next start.
        await writeFileAtomically(
          chosen.filePath,
          (out) => pipeline(createReadStream(file.path), out),
          undefined,
          { journal: dirname(file.path) },
        );
        return { outcome: 'saved', path: chosen.filePath };
      } catch (error) {
        const named = namingDiskFull(error, dirname(chosen.filePath));
        if (named instanceof AppError) return { outcome: 'failed', message: desktopError(named) };
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        return {
          outcome: 'failed',
          message: desktopText('saveExport.failed', { path: chosen.filePath, reason }),
        };
      }
    },
  );
}
