import type {
  Locale,
  ObservanceSources,
  Settings,
  SettingsUpdate,
  WeekStart,
} from '../../../shared/domain/settings';
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
  allow_self_approval: number;
  default_post_time: string;
  observance_sources: string;
  backup_keep: number;
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
  allowSelfApproval: row.allow_self_approval === 1,
  defaultPostTime: row.default_post_time,
  observanceSources: JSON.parse(row.observance_sources) as ObservanceSources,
  backupKeep: row.backup_keep,
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
        allow_self_approval:
          patch.allowSelfApproval === undefined ? undefined : patch.allowSelfApproval ? 1 : 0,
        default_post_time: patch.defaultPostTime,
        observance_sources: patch.observanceSources && JSON.stringify(patch.observanceSources),
        backup_keep: patch.backupKeep,
        updated_at: nowIso(),
      });
    },
  };
}
export type SettingsRepository = ReturnType<typeof settingsRepository>;
