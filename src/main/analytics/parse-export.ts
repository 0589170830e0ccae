import { AppError } from '../../shared/api/errors';
import {
  analyticsColumns,
  detectPlatform,
  figureFields,
  mapColumns,
  type AnalyticsPlatform,
  type FigureField,
} from './columns';
import type { Table } from './read-table';
import { dateReader, parseCount } from './values';

/** One row of an export, read: who it is, when it went out, and its figures. */
export interface ExportRow {
  line: number;
  platformPostId: string | null;
  permalink: string;
  caption: string;
  day: string;
  instant: string | null;
  figures: Record<FigureField, number | null>;
}

/** Every export may hold ISO dates once Excel has touched it. */
const isoFormats = ['YYYY-MM-DD HH:mm:ss', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD'];

/**
 * The rows of a platform export. Columns are found by their aliases; the "Total" row (YouTube's
 * first data row) is skipped; a cell that is not a count or a date this platform writes is an
 * error naming the row and the column, and nothing of the file is used.
 */
export function parseExport(
  table: Table,
  wanted: AnalyticsPlatform | 'auto',
  zone: string,
): { platform: AnalyticsPlatform; rows: ExportRow[]; columns: Record<string, string> } {
  const platform = wanted === 'auto' ? detectPlatform(table.headers) : wanted;
  if (!platform) {
    throw new AppError('invalid_request', {
      key: 'analytics.unknownPlatform',
      params: { columns: table.headers.slice(0, 6).join(', ') },
    });
  }
  const spec = analyticsColumns[platform];
  const columns = mapColumns(spec, table.headers);
  const missing = ['publishedAt', ...(columns.has('permalink') ? [] : ['postId'])].filter(
    (field) => !columns.has(field),
  );
  if (missing.length > 0) {
    const field = missing[0]!;
    throw new AppError('invalid_request', {
      key: 'analytics.missingColumn',
      params: { column: spec.fields[field]![0]!.name, platform: spec.label },
    });
  }
  const readDate = dateReader([...spec.dateFormats, ...isoFormats], zone);
  const at = (field: string) => columns.get(field)?.index;
  const idAt = at('postId');
  const linkAt = at('permalink');
  const captionAt = at('caption');
  const dateAt = at('publishedAt')!;
  const figureAt = figureFields.map((field) => [field, at(field)] as const);
  const idPattern = spec.permalinkId ? new RegExp(spec.permalinkId) : null;
  const column = (field: string) => columns.get(field)!.header;

  const rows: ExportRow[] = [];
  for (const { line, cells } of table.rows) {
    const first = (cells.find((cell) => cell.trim() !== '') ?? '').trim().toLowerCase();
    const id = idAt === undefined ? '' : (cells[idAt] ?? '').trim();
    // `first` is '' exactly when every cell is blank: such a row is skipped.
    if (first === '' || first === 'total' || id.toLowerCase() === 'total') continue;
    const whenText = cells[dateAt] ?? '';
    const when = readDate(whenText);
    if (!when) {
      throw new AppError('invalid_request', {
        key: 'analytics.badDate',
        params: { row: line, column: column('publishedAt'), value: whenText.slice(0, 40) },
      });
    }
    const figures = {} as Record<FigureField, number | null>;
    for (const [field, index] of figureAt) {
      if (index === undefined) {
        figures[field] = null;
        continue;
      }
      const count = parseCount(cells[index] ?? '');
      if (count === undefined) {
        throw new AppError('invalid_request', {
          key: 'analytics.badNumber',
          params: { row: line, column: column(field), value: (cells[index] ?? '').slice(0, 40) },
        });
      }
      figures[field] = count;
    }
    const permalink = linkAt === undefined ? '' : (cells[linkAt] ?? '').trim();
    // The link's post id only when the row has none of its own.
    const fromLink =
      id === '' && idPattern && permalink ? (idPattern.exec(permalink)?.[1] ?? null) : null;
    rows.push({
      line,
      platformPostId: id !== '' ? id : fromLink,
      permalink,
      caption: captionAt === undefined ? '' : (cells[captionAt] ?? '').trim(),
      day: when.day,
      instant: when.instant,
      figures,
    });
  }
  return {
    platform,
    rows,
    columns: Object.fromEntries([...columns].map(([field, c]) => [field, c.header])),
  };
}
