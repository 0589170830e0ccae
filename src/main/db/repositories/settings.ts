import {
  defaultObservanceSources,
  defaultPrintDocument,
  printDocumentSchema,
  type PrintDocument,
} from '../../../shared/domain/settings';
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
  approval_steps: number;
  default_post_time: string;
  observance_sources: string;
  backup_keep: number;
  print_document: string;
  updated_at: string;
}

/** The stored JSON, checked; a damaged value prints as an empty letterhead, never a crash. */
function readPrintDocument(json: string): PrintDocument {
  try {
    const parsed = printDocumentSchema.safeParse({ ...defaultPrintDocument, ...JSON.parse(json) });
    return parsed.success ? parsed.data : defaultPrintDocument;
  } catch {
    return defaultPrintDocument;
  }
}

/** Switches missing from an older value (or a damaged one) read as on, the default. */
function readObservanceSources(json: string): ObservanceSources {
  try {
    const stored = JSON.parse(json) as Partial<Record<keyof ObservanceSources, unknown>>;
    const read = { ...defaultObservanceSources };
    for (const key of Object.keys(read) as (keyof ObservanceSources)[])
      if (typeof stored[key] === 'boolean') read[key] = stored[key];
    return read;
  } catch {
    return { ...defaultObservanceSources };
  }
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
  approvalSteps: row.approval_steps === 2 ? 2 : 1,
  defaultPostTime: row.default_post_time,
  observanceSources: readObservanceSources(row.observance_sources),
  backupKeep: row.backup_keep,
  printDocument: readPrintDocument(row.print_document),
  updatedAt: row.updated_at,
});

export function settingsRepository(db: Db) {
  const select = db.prepare<[], SettingsRow>('SELECT * FROM settings WHERE id = 1');
  const get = (): Settings => {
    const row = select.get();
    if (!row) throw new Error('settings row missing: the initial migration inserts it');
    return toSettings(row);
  };
  return {
    get,
    update(patch: SettingsUpdate): void {
      // The logo is kept: it changes only through setLogo.
      const printDocument = patch.printDocument && {
        ...patch.printDocument,
        logo: get().printDocument.logo,
      };
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
        approval_steps: patch.approvalSteps,
        default_post_time: patch.defaultPostTime,
        observance_sources:
          patch.observanceSources &&
          JSON.stringify({ ...get().observanceSources, ...patch.observanceSources }),
        backup_keep: patch.backupKeep,
        print_document: printDocument && JSON.stringify(printDocument),
        updated_at: nowIso(),
      });
    },
    /** The letterhead logo's file name in branding/, or null to print without one. */
    setLogo(logo: string | null): void {
      const printDocument = { ...get().printDocument, logo };
      updateRow(db, 'settings', 1, {
        print_document: JSON.stringify(printDocument),
        updated_at: nowIso(),
      });
    },
  };
}
export type SettingsRepository = ReturnType<typeof settingsRepository>;
