import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import type { reportNotesMethods } from '../../shared/api/methods/report';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { reportNotesRepository, type ReportNoteRow } from '../db/repositories/report-notes';
import { actorCheck } from './actor';

type Request<M extends keyof typeof reportNotesMethods> = z.output<
  (typeof reportNotesMethods)[M]['request']
>;
type Response<M extends keyof typeof reportNotesMethods> = z.output<
  (typeof reportNotesMethods)[M]['response']
>;
export type ReportNotes = Response<'reportNotes.get'>;

/**
 * The planner's notes of a report period (Laporan › Catatan), kept in the office's database so
 * colleagues, the export and the CLI's report all print the same words. A save names the note it
 * started from (`baseUpdatedAt`): a colleague's save in between is refused with their name, so
 * nobody's text is overwritten unseen.
 */
export function reportNotesService(db: Db) {
  const repo = reportNotesRepository(db);
  const actor = actorCheck(db);

  const toNotes = (period: string, row: ReportNoteRow | undefined): ReportNotes =>
    row
      ? {
          period,
          text: row.text,
          updatedAt: row.updated_at,
          updatedBy: row.updated_by
            ? { id: row.updated_by, name: row.updated_by_name ?? '' }
            : null,
        }
      : { period, text: '', updatedAt: null, updatedBy: null };

  return {
    get: ({ period }: Request<'reportNotes.get'>): ReportNotes => toNotes(period, repo.get(period)),
    /** The text the export prints when its request brings none. */
    text: (period: string): string => repo.get(period)?.text ?? '',
    set(request: Request<'reportNotes.set'> & { actorId: string }): ReportNotes {
      const person = actor(request.actorId);
      return db
        .transaction(() => {
          const before = repo.get(request.period);
          if ((before?.updated_at ?? null) !== request.baseUpdatedAt) {
            throw new AppError('conflict', {
              key: 'reportNotes.changed',
              params: { name: before?.updated_by_name ?? '' },
              field: 'text',
            });
          }
          // Two saves within one millisecond would carry the same stamp; the base check
          // needs each save to leave a new one.
          let updatedAt = nowIso();
          if (before && updatedAt <= before.updated_at) {
            updatedAt = new Date(Date.parse(before.updated_at) + 1).toISOString();
          }
          repo.save({
            period: request.period,
            text: request.text,
            updatedBy: person.id,
            updatedAt,
          });
          return toNotes(request.period, repo.get(request.period));
        })
        .immediate();
    },
  };
}
export type ReportNotesService = ReturnType<typeof reportNotesService>;
