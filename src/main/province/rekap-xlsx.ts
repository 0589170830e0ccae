import type { Writable } from 'node:stream';
import { addTable, pageSetup } from '../report/xlsx';
import type { RekapDocument } from './rekap-document';

/**
 * The Rekap provinsi as a workbook: a summary sheet (title, office, period, due date, the
 * summary figures, the definitions) and one data sheet per table — the ranking with a column
 * per figure and per previous month, the reports, the pack items — figures kept as numbers.
 */
export async function writeRekapXlsx(rekap: RekapDocument, out: Writable): Promise<void> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Linimasa';
  workbook.lastModifiedBy = 'Linimasa';
  workbook.created = new Date(rekap.generatedAt);
  workbook.modified = workbook.created;
  workbook.title = rekap.title;
  workbook.subject = rekap.office.name;
  const [summary, ...rest] = rekap.tables;

  const first = workbook.addWorksheet(rekap.word('sheet.summary'), {
    pageSetup: pageSetup(6),
    headerFooter: { oddFooter: '&C&P / &N' },
  });
  first.addRow([rekap.title]).font = { bold: true, size: 13 };
  first.addRow([[rekap.office.name, rekap.office.unit].filter(Boolean).join(' · ')]);
  first.addRow([rekap.periodLine]);
  first.addRow([rekap.dueLine]);
  first.addRow([]);
  addTable(first, summary!);
  first.addRow([]);
  first.addRow([rekap.word('definitions')]).alignment = { wrapText: true, vertical: 'top' };

  for (const table of rest) {
    const sheet = workbook.addWorksheet(rekap.word(`sheet.${table.id}`), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
      pageSetup: { ...pageSetup(1), orientation: 'landscape' },
      headerFooter: {
        oddHeader: `&L${rekap.office.name.replace(/&/g, '&&')}&R${rekap.monthName}`,
        oddFooter: '&C&P / &N',
      },
    });
    addTable(sheet, table);
  }
  await workbook.xlsx.write(out);
}
