import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/errors';
import { CsvError, csvRecords, type CsvRecord } from './csv-records';

/** A sheet as text: the header row and each data row with its row number in the file. */
export interface Table {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/**
 * CSV is read strictly (csv-records.ts: a row with more or fewer cells than the header, or a
 * broken quote, is an error naming the row), with a BOM or none, comma, semicolon or tab as
 * delimiter (Excel in an Indonesian locale saves with semicolons).
 */
export function readCsv(bytes: Buffer): Table {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
  );
  let records: CsvRecord[];
  try {
    records = csvRecords(text, delimiter);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new AppError('invalid_request', {
      key: 'analytics.csvBroken',
      params: { row: error.line },
    });
  }
  const [header, ...rest] = records;
  if (!header) throw new AppError('invalid_request', { key: 'analytics.empty' });
  return {
    headers: header.cells.map((cell) => cell.trim()),
    // The row a person looks for is the spreadsheet's row, as the file opens there.
    rows: rest.map((record) => ({ line: record.row, cells: record.cells })),
  };
}

/** The first worksheet of an XLSX, every cell as the text it shows. */
export async function readXlsx(bytes: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_request', { key: 'analytics.xlsxBroken' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('invalid_request', { key: 'analytics.empty' });
  const rows: Table['rows'] = [];
  let headers: string[] | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    if (headers === null) headers = cells.map((c) => c.trim());
    else rows.push({ line, cells });
  });
  if (headers === null) throw new AppError('invalid_request', { key: 'analytics.empty' });
  return { headers, rows };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs gives a date cell as a UTC Date holding the wall-clock time shown in Excel.
    const iso = value.toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === 'object') {
    const cell = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if (cell.text !== undefined) return String(cell.text);
    if (cell.result !== undefined) return cellText(cell.result);
    return '';
  }
  return String(value);
}
