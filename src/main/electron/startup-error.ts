import { dialog } from 'electron';
import { AppError } from '../../shared/api/errors';

/**
 * What to tell the officer when the data cannot be opened. Errors the app raises on purpose
 * (a database from a newer Linimasa) already carry a readable message; anything else gets the
 * folder and the technical reason, for whoever they call.
 */
export function startupErrorMessage(
  error: unknown,
  dataDir: string,
): { title: string; content: string } {
  const title = 'Linimasa tidak dapat dibuka';
  if (error instanceof AppError)
    return { title, content: `${error.message}\n\nFolder data: ${dataDir}` };
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title,
    content:
      `Data di folder berikut tidak dapat dibuka:\n${dataDir}\n\n` +
      'Tidak ada data yang diubah. Tutup aplikasi lain yang mungkin memakai folder ini, lalu coba lagi; ' +
      `bila berulang, kirim pesan ini ke admin.\n\nRincian: ${reason}`,
  };
}

/** A native box rather than a blank window: it works before any window or renderer exists. */
export function showStartupError(error: unknown, dataDir: string): void {
  const { title, content } = startupErrorMessage(error, dataDir);
  dialog.showErrorBox(title, content);
}
