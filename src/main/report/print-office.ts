import { readFile } from 'node:fs/promises';
import type { Schedule } from '../../shared/domain/exports';
import { brandingFile } from '../branding/logo';
import type { Db } from '../db/connection';
import { settingsRepository } from '../db/repositories/settings';

/**
 * What a printed document of the office carries besides its content: the office in the shape
 * the schedule PDF's letterhead and signature read, the print settings (Settings › Dokumen
 * cetak: kop lines, logo, signers) and the logo's bytes. The Laporan kinerja and the Rekap
 * provinsi both print with it.
 */
export interface PrintOffice {
  office: Schedule['office'];
  print: Schedule['print'];
  logo: Buffer | null;
}

export async function printOffice(db: Db, dataDir?: string): Promise<PrintOffice> {
  const settings = settingsRepository(db).get();
  let logo: Buffer | null = null;
  if (settings.printDocument.logo && dataDir) {
    logo = await readFile(brandingFile(dataDir, settings.printDocument.logo)).catch(() => null);
  }
  return {
    office: {
      name: settings.officeName,
      unit: settings.unitName,
      signerName: settings.signerName,
      signerPosition: settings.signerPosition,
      signerNip: settings.signerNip,
      timeZone: settings.timeZone,
      locale: settings.locale,
      weekStart: settings.weekStart,
    },
    print: settings.printDocument,
    logo,
  };
}
