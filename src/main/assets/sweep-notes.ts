import type { SweepReport } from './sweep';

/**
 * What the start-up sweep did that the office should hear about, in Indonesian, for the CLI
 * and the browser host's console (the app shows the same as a notice in Pustaka Aset).
 */
export function sweepNotes(report: SweepReport | null): string[] {
  if (!report) return [];
  const notes: string[] = [];
  if (report.readopted > 0 && report.recoveredCollection) {
    notes.push(
      `${report.readopted} berkas pustaka yang tidak tercatat di basis data dimasukkan kembali ke ` +
        `pustaka, dalam koleksi "${report.recoveredCollection.name}".`,
    );
  }
  if (report.mismatched.length > 0) {
    notes.push(
      `${report.mismatched.length} berkas di folder assets isinya tidak cocok dengan namanya ` +
        '(mungkin rusak); dibiarkan di tempatnya, tidak dihapus:',
      ...report.mismatched.map((path) => `  ${path}`),
    );
  }
  return notes;
}
