import type { CsvPresetId, ExportFilter, ExportFormat } from '../../shared/domain/exports';
import { exportExtensions } from '../../shared/domain/exports';
import { daysInMonth, parseLocalDate } from '../../shared/time';

/** `2026-12` for a whole month, `2026-12-01_2026-12-15` otherwise. */
export function exportPeriod(filter: Pick<ExportFilter, 'from' | 'to'>): string {
  const from = parseLocalDate(filter.from);
  const wholeMonth =
    from.day === 1 &&
    filter.to ===
      `${filter.from.slice(0, 8)}${String(daysInMonth(from.year, from.month)).padStart(2, '0')}`;
  return wholeMonth ? filter.from.slice(0, 7) : `${filter.from}_${filter.to}`;
}

/**
 * The name a saved export gets: `jadwal-2026-12.pdf` for a whole month,
 * `jadwal-2026-12-01_2026-12-15.xlsx` otherwise, with the tool's name for CSV presets
 * (`jadwal-2026-12-buffer.csv`; a bulk layout's real name comes from csvOutputName). Only ASCII letters, digits, `-` and `_`: safe on FAT32 flash
 * drives and in every mail client.
 */
export function exportFileName(
  filter: Pick<ExportFilter, 'from' | 'to'>,
  format: ExportFormat,
  preset?: CsvPresetId,
): string {
  const period = exportPeriod(filter);
  const tool = format === 'csv' && preset && preset !== 'standard' ? `-${preset}` : '';
  return `jadwal-${period}${tool}.${exportExtensions[format]}`;
}
