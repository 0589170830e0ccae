import type { Db } from '../connection';

export interface ReportNoteRow {
  period: string;
  text: string;
  updated_by: string | null;
  updated_by_name: string | null;
  updated_at: string;
}

/** The planner's notes per report period (migration 18). */
export function reportNotesRepository(db: Db) {
  const get = db.prepare<[string], ReportNoteRow>(`
    SELECT n.period, n.text, n.updated_by, p.name AS updated_by_name, n.updated_at
      FROM report_notes n LEFT JOIN people p ON p.id = n.updated_by
     WHERE n.period = ?`);
  const upsert = db.prepare(`
    INSERT INTO report_notes (period, text, updated_by, updated_at)
    VALUES (@period, @text, @updatedBy, @updatedAt)
    ON CONFLICT (period) DO UPDATE SET text = excluded.text, updated_by = excluded.updated_by,
      updated_at = excluded.updated_at`);
  return {
    get: (period: string) => get.get(period),
    save(row: { period: string; text: string; updatedBy: string | null; updatedAt: string }) {
      upsert.run(row);
    },
  };
}
