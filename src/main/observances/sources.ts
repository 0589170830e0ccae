import holidays2026 from '../../../resources/observances/holidays-2026.json';
import holidays2027 from '../../../resources/observances/holidays-2027.json';
import nationalFixed from '../../../resources/observances/national-fixed.json';
import { holidaySources } from '../../shared/domain/holidays';
import {
  nationalObservanceSource,
  type ObservanceEntry,
  type ObservanceSource,
} from '../../shared/domain/observances';
import type { Db } from '../db/connection';
import { observancesRepository, type ObservanceRow } from '../db/repositories/observances';
import { settingsRepository } from '../db/repositories/settings';

/** The years of public holidays and cuti bersama that ship (static imports: see formats/index.ts). */
export const holidayYears: readonly unknown[] = [holidays2026, holidays2027];

const toEntry = (row: ObservanceRow): ObservanceEntry =>
  row.date !== null
    ? {
        date: row.date,
        name: row.name,
        publicHoliday: false,
        source: row.source_label || undefined,
      }
    : {
        month: row.month!,
        day: row.day!,
        name: row.name,
        publicHoliday: false,
        source: row.source_label || undefined,
      };

/**
 * The day badges' sources as the settings enable them: national days shipped in resources/,
 * the shipped years' public holidays and cuti bersama, office-local days, and imported .ics
 * days. The observances service and the export read them.
 */
export function observanceSources(db: Db): ObservanceSource[] {
  const enabled = settingsRepository(db).get().observanceSources;
  const rows = observancesRepository(db).all();
  return [
    nationalObservanceSource(nationalFixed, enabled.national),
    ...holidaySources(holidayYears, enabled),
    {
      id: 'local',
      kind: 'local',
      label: 'Hari lokal kantor',
      enabled: enabled.local,
      entries: rows.filter((row) => row.kind === 'local').map(toEntry),
    },
    {
      id: 'imported',
      kind: 'imported',
      label: 'Kalender impor',
      enabled: enabled.imported,
      entries: rows.filter((row) => row.kind === 'imported').map(toEntry),
    },
  ];
}
