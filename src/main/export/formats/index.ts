import type { BundleAssetMode } from '../../../shared/domain/bundle';
import type { ExportFormat } from '../../../shared/domain/exports';
import { bundleFormat } from '../../bundle';
import type { Db } from '../../db/connection';
import { csvFormat } from './csv';
import { icsFormat } from './ics';
import { jsonFormat } from './json';
import { pdfFormatIn } from './pdf';
import type { FormatWriter } from './types';
import { xlsxFormat } from './xlsx';

/** What the bundle writer needs beyond the schedule: it copies asset files. */
export interface FormatContext {
  db: Db;
  dataDir: string;
  includeAssets?: BundleAssetMode;
}

/**
 * The writer for a format. The writers themselves are small; the large libraries behind them
 * (exceljs, pdfkit) are imported inside `write`, so an office that only prints PDFs never
 * loads exceljs, and the app starts without either.
 */
export function formatWriter(format: ExportFormat, context: FormatContext): FormatWriter {
  switch (format) {
    case 'csv':
      return csvFormat;
    case 'json':
      return jsonFormat;
    case 'ics':
      return icsFormat;
    case 'xlsx':
      return xlsxFormat;
    case 'pdf':
      return pdfFormatIn(context.dataDir);
    case 'bundle':
      // Sizes only: the importer re-checks every byte, and this keeps a 2 GB export near tar's
      // speed (the second core hashes the output for the history instead).
      return bundleFormat(context, context.includeAssets ?? 'attached', false);
  }
}
