import { z } from 'zod';
import type { ExportFormat } from '../../shared/domain/exports';
import { fileResponse, methodNotAllowed, plainResponse, readMethods } from '../media/file-response';

export type ExportLookup = (
  id: string,
) => { path: string; fileName: string; format: ExportFormat } | undefined;

const mimeTypes: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  json: 'application/json; charset=utf-8',
  bundle: 'application/zip',
};

const idSchema = z.uuid();

/**
 * `GET /exports/<id>`: a finished export as a download, for the browser (the desktop app copies
 * through the save dialog instead). Only ids in the history resolve, and only to the file the
 * exports service names, so no request can reach another path. The transport checks the token.
 */
export function createExportDownloadHandler(lookup: ExportLookup) {
  return async (request: Request): Promise<Response> => {
    if (!readMethods.has(request.method)) return methodNotAllowed();
    const id = new URL(request.url).pathname.replace(/^\/exports\//, '');
    if (!idSchema.safeParse(id).success) return plainResponse(404);
    const file = lookup(id);
    if (!file) return plainResponse(404);
    return fileResponse(request, file.path, {
      headers: {
        // A bulk CSV export of several channels is a zip of one CSV per channel.
        'Content-Type': file.fileName.endsWith('.zip') ? 'application/zip' : mimeTypes[file.format],
        // The ASCII name is all a safe file name needs (exportFileName makes only those).
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
      },
    });
  };
}
