import type { ExportFormat } from '../../../shared/domain/exports';
import type { Db } from '../../db/connection';
import type { FormatWriter } from './types';

/** What the bundle writer needs beyond the schedule: it copies asset files. */
export interface FormatContext {
  db: Db;
  dataDir: string;
}

/**
 * The writer for a format, loaded on first use: exceljs, pdfkit and the zip writer are large,
 * and an office that only ever prints PDFs should not pay for the rest at start-up.
 */
export async function formatWriter(
  format: ExportFormat,
  context: FormatContext,
): Promise<FormatWriter> {
  switch (format) {
    case 'csv':
      return (await import('./csv')).csvFormat;
    case 'json':
      return (await import('./json')).jsonFormat;
    case 'ics':
      return (await import('./ics')).icsFormat;
    case 'xlsx':
      return (await import('./xlsx')).xlsxFormat;
    case 'pdf':
      return (await import('./pdf')).pdfFormat;
    case 'bundle':
      return (await import('../../bundle')).bundleFormat(context);
  }
}
