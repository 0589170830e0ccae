import type ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { reportTables, type ColumnKind, type ReportTable } from '../../shared/report/figures';
import type { ReportDocument } from './document';

/**
 * Number formats by column: the figures stay numbers (a Kabag's staff can sum them), shown
 * with the grouping and decimal sign of the reader's Excel (1.234 and 12,5% in Indonesian).
 */
const numberFormats: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  rate: '0.0%',
  hours: '0.0',
};

const sheetNames = {
  summary: 'summary',
  channels: 'channels',
  approval: 'approval',
  pillars: 'pillars',
  reach: 'reach',
  top: 'top',
  targets: 'targets',
} as const satisfies Record<ReportTable['id'], string>;

/** A4 portrait, every column on the page's width, the header row on each printed page. */
export function pageSetup(headerRow: number): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

export function addTable(
  sheet: ExcelJS.Worksheet,
  table: Pick<ReportTable, 'columns' | 'rows'>,
): void {
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const row of table.rows) sheet.addRow(row.cells.map((cell) => cell ?? null));
  table.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = column.kind === 'text' ? (i === 0 ? 34 : 28) : 16;
    const numFmt = numberFormats[column.kind];
    if (numFmt) sheetColumn.numFmt = numFmt;
  });
}

/**
 * The report as a workbook: a summary sheet (title, office, period, the headline figures with
 * the previous period, the notes and definitions) and one data sheet per table.
 */
export async function writeReportXlsx(report: ReportDocument, out: Writable): Promise<void> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Linimasa';
  workbook.lastModifiedBy = 'Linimasa';
  workbook.created = new Date(report.generatedAt);
  workbook.modified = workbook.created;
  workbook.title = report.title;
  workbook.subject = report.office.name;
  const locale = report.office.locale;
  const [summary, ...rest] = reportTables(
    report.data,
    report.names,
    locale,
    report.word,
    report.iku,
  );

  const first = workbook.addWorksheet(report.word(`sheet.${sheetNames.summary}`), {
    pageSetup: pageSetup(5),
    headerFooter: { oddFooter: '&C&P / &N' },
  });
  first.addRow([report.title]).font = { bold: true, size: 13 };
  first.addRow([[report.office.name, report.office.unit].filter(Boolean).join(' · ')]);
  first.addRow([report.periodLine]);
  first.addRow([]);
  addTable(first, summary!);
  first.addRow([]);
  first.addRow([report.word('section.notes')]).font = { bold: true };
  const notes = first.addRow([report.notes || '–']);
  notes.alignment = { wrapText: true, vertical: 'top' };
  first.addRow([]);
  first.addRow([report.word('definitions', { tolerance: report.toleranceMinutes })]).alignment = {
    wrapText: true,
    vertical: 'top',
  };

  for (const table of rest) {
    const sheet = workbook.addWorksheet(report.word(`sheet.${sheetNames[table.id]}`), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
      pageSetup: pageSetup(1),
      headerFooter: {
        oddHeader: `&L${report.office.name.replace(/&/g, '&&')}&R${report.periodName}`,
        oddFooter: '&C&P / &N',
      },
    });
    addTable(sheet, table);
  }
  await workbook.xlsx.write(out);
}
