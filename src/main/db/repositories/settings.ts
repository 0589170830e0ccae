import type { Settings, SettingsUpdate, WeekStart, Locale } from '../../../shared/domain/settings';
import type { Db } from '../connection';
import { nowIso } from '../clock';
import { updateRow } from './update-row';

interface SettingsRow {
  office_name: string;
  unit_name: string;
  signer_name: string;
  signer_position: string;
  signer_nip: string;
  time_zone: string;
  locale: string;
  week_start: number;
  updated_at: string;
}

const toSettings = (row: SettingsRow): Settings => ({
  officeName: row.office_name,
  unitName: row.unit_name,
  signerName: row.signer_name,
  signerPosition: row.signer_position,
  signerNip: row.signer_nip,
  timeZone: row.time_zone,
  locale: row.locale as Locale,
  weekStart: row.week_start as WeekStart,
  updatedAt: row.updated_at,
});

export function settingsRepository(db: Db) {
  const select = db.prepare<[], SettingsRow>('SELECT * FROM settings WHERE id = 1');
  return {
    get(): Settings {
      const row = select.get();
      if (!row) throw new Error('settings row missing: the initial migration inserts it');
      return toSettings(row);
    },
    update(patch: SettingsUpdate): void {
      updateRow(db, 'settings', 1, {
        office_name: patch.officeName,
        unit_name: patch.unitName,
        signer_name: patch.signerName,
        signer_position: patch.signerPosition,
        signer_nip: patch.signerNip,
        time_zone: patch.timeZone,
        locale: patch.locale,
        week_start: patch.weekStart,
        updated_at: nowIso(),
      });
    },
  };
}
export type SettingsRepository = ReturnType<typeof settingsRepository>;
