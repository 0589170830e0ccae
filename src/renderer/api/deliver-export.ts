import type { SaveExportResult } from '../../shared/api/desktop';

/**
 * How a finished export leaves the app. The desktop app copies it where the user picks in the
 * system's save dialog; a browser downloads it from the host (`GET /exports/<id>`, authorised by
 * the session cookie, answered as an attachment with the file's name). It lives in api/ because
 * it talks to the host and the desktop bridge as the client does: the export store calls it.
 */

export const exportUrl = (exportId: string): string => `/exports/${encodeURIComponent(exportId)}`;

export const canSaveWithDialog = (): boolean => window.linimasaDesktop !== undefined;

export type Delivery = { outcome: 'downloaded' } | SaveExportResult;

/** Starts the browser's download of a stored export, as a click on a download link would. */
export function downloadExport(exportId: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = exportUrl(exportId);
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The save dialog in the desktop app, the download otherwise. */
export async function deliverExport(exportId: string, fileName: string): Promise<Delivery> {
  const desktop = window.linimasaDesktop;
  if (!desktop) {
    downloadExport(exportId, fileName);
    return { outcome: 'downloaded' };
  }
  try {
    return await desktop.saveExport(exportId);
  } catch (error) {
    return { outcome: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
