import type { CsvPresetId, ExportFilter, ExportFormat } from '../../../shared/domain/exports';
import type { Db } from '../connection';

interface ExportRow {
  id: string;
  format: ExportFormat;
  preset: CsvPresetId | null;
  filter: string;
  file_name: string;
  bytes: number;
  sha256: string;
  posts: number;
  rows: number;
  actor_id: string | null;
  actor_name: string | null;
  created_at: string;
}

export interface ExportHistoryEntry {
  id: string;
  format: ExportFormat;
  preset: CsvPresetId | null;
  filter: ExportFilter;
  fileName: string;
  bytes: number;
  sha256: string;
  posts: number;
  rows: number;
  actorId: string | null;
  actorName: string | null;
  createdAt: string;
  /** The period of a Laporan kinerja export (kept in the filter's JSON); absent for schedules. */
  report?: string;
  /** The month of a Rekap provinsi export (kept in the filter's JSON like `report`). */
  rekap?: string;
}

function toEntry(row: ExportRow): ExportHistoryEntry {
  const { report, rekap, ...filter } = JSON.parse(row.filter) as ExportFilter & {
    report?: string;
    rekap?: string;
  };
  return {
    id: row.id,
    format: row.format,
    preset: row.preset,
    filter,
    fileName: row.file_name,
    bytes: row.bytes,
    sha256: row.sha256,
    posts: row.posts,
    rows: row.rows,
    actorId: row.actor_id,
    actorName: row.actor_name,
    createdAt: row.created_at,
    ...(report !== undefined && { report }),
    ...(rekap !== undefined && { rekap }),
  };
}

const selectColumns = `
  SELECT e.id, e.format, e.preset, e.filter, e.file_name, e.bytes, e.sha256, e.posts, e.rows,
         e.actor_id, p.name AS actor_name, e.created_at
  FROM export_history e LEFT JOIN people p ON p.id = e.actor_id`;

export function exportsRepository(db: Db) {
  const insert = db.prepare(`
    INSERT INTO export_history (id, format, preset, filter, file_name, bytes, sha256, posts, rows,
                                actor_id, created_at)
    VALUES (@id, @format, @preset, @filter, @fileName, @bytes, @sha256, @posts, @rows,
            @actorId, @createdAt)`);
  const list = db.prepare<[number], ExportRow>(`${selectColumns} ORDER BY e.num DESC LIMIT ?`);
  const get = db.prepare<[string], ExportRow>(`${selectColumns} WHERE e.id = ?`);
  return {
    insert(entry: Omit<ExportHistoryEntry, 'actorName'>): void {
      const { report, rekap, ...row } = entry;
      insert.run({
        ...row,
        filter: JSON.stringify({
          ...entry.filter,
          ...(report !== undefined && { report }),
          ...(rekap !== undefined && { rekap }),
        }),
      });
    },
    list: (limit: number): ExportHistoryEntry[] => list.all(limit).map(toEntry),
    get(id: string): ExportHistoryEntry | undefined {
      const row = get.get(id);
      return row ? toEntry(row) : undefined;
    },
  };
}
