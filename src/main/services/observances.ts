import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import nationalFixed from '../../../resources/observances/national-fixed.json';
import { notFound } from '../../shared/api/errors';
import type {
  customObservanceSchema,
  observanceMethods,
} from '../../shared/api/methods/observances';
import {
  nationalObservanceSource,
  observancesInRange,
  type ObservanceEntry,
  type ObservanceSource,
} from '../../shared/domain/observances';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { settingsRepository } from '../db/repositories/settings';
import { readIcsObservances } from '../observances/ics-import';

type Request<M extends keyof typeof observanceMethods> = z.output<
  (typeof observanceMethods)[M]['request']
>;
type CustomObservance = z.infer<typeof customObservanceSchema>;

interface ObservanceRow {
  id: string;
  kind: 'local' | 'imported';
  name: string;
  month: number | null;
  day: number | null;
  date: string | null;
  source_label: string;
}

const toCustom = (row: ObservanceRow): CustomObservance => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  month: row.month,
  day: row.day,
  date: row.date,
  sourceLabel: row.source_label,
});

const toEntry = (row: ObservanceRow): ObservanceEntry =>
  row.date !== null
    ? {
        date: row.date,
        name: row.name,
        publicHoliday: false,
        source: row.source_label || undefined,
      }
    : {
        month: row.month!,
        day: row.day!,
        name: row.name,
        publicHoliday: false,
        source: row.source_label || undefined,
      };

/** Day badges: national days shipped in resources/, office-local days, and imported .ics days. */
export function observancesService(db: Db) {
  const settings = settingsRepository(db);
  const selectAll = db.prepare<[], ObservanceRow>(
    "SELECT * FROM observances ORDER BY kind, coalesce(date, printf('%02d-%02d', month, day)), name",
  );
  const insert = db.prepare(`
    INSERT INTO observances (id, kind, name, month, day, date, source_label, created_at)
    VALUES (@id, @kind, @name, @month, @day, @date, @sourceLabel, @createdAt)`);

  function sources(): ObservanceSource[] {
    const enabled = settings.get().observanceSources;
    const rows = selectAll.all();
    return [
      nationalObservanceSource(nationalFixed, enabled.national),
      {
        id: 'local',
        kind: 'local',
        label: 'Hari lokal kantor',
        enabled: enabled.local,
        entries: rows.filter((row) => row.kind === 'local').map(toEntry),
      },
      {
        id: 'imported',
        kind: 'imported',
        label: 'Kalender impor',
        enabled: enabled.imported,
        entries: rows.filter((row) => row.kind === 'imported').map(toEntry),
      },
    ];
  }

  return {
    list: ({ from, to }: Request<'observances.list'>) =>
      observancesInRange(from, to, sources()).map(
        ({ date, name, kind, publicHoliday, source }) => ({
          date,
          name,
          kind,
          publicHoliday,
          source,
        }),
      ),
    custom: (): CustomObservance[] => selectAll.all().map(toCustom),
    create(request: Request<'observances.create'>): CustomObservance {
      const row: ObservanceRow & { createdAt: string; sourceLabel: string } = {
        id: randomUUID(),
        kind: 'local',
        name: request.name,
        month: 'month' in request ? request.month : null,
        day: 'day' in request ? request.day : null,
        date: 'date' in request ? request.date : null,
        source_label: '',
        sourceLabel: '',
        createdAt: nowIso(),
      };
      insert.run(row);
      return toCustom(row);
    },
    delete(id: string) {
      if (db.prepare('DELETE FROM observances WHERE id = ?').run(id).changes !== 1)
        throw notFound('observance', id);
      return { deleted: true as const };
    },
    /** Re-importing under the same label replaces that calendar's days, so a corrected file just works. */
    importIcs({ label, text }: Request<'observances.importIcs'>) {
      const { observances, skipped } = readIcsObservances(text);
      const createdAt = nowIso();
      db.transaction(() => {
        db.prepare("DELETE FROM observances WHERE kind = 'imported' AND source_label = ?").run(
          label,
        );
        for (const day of observances) {
          insert.run({
            id: randomUUID(),
            kind: 'imported',
            name: day.name,
            month: null,
            day: null,
            date: day.date,
            sourceLabel: label,
            createdAt,
          });
        }
      })();
      return { imported: observances.length, skipped: skipped.length };
    },
  };
}
