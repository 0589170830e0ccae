import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { notFound } from '../../shared/api/errors';
import type {
  customObservanceSchema,
  observanceMethods,
} from '../../shared/api/methods/observances';
import { observancesInRange } from '../../shared/domain/observances';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { observancesRepository, type ObservanceRow } from '../db/repositories/observances';
import { readIcsObservances } from '../observances/ics-import';
import { observanceSources } from '../observances/sources';

type Request<M extends keyof typeof observanceMethods> = z.output<
  (typeof observanceMethods)[M]['request']
>;
type CustomObservance = z.infer<typeof customObservanceSchema>;

const toCustom = (row: ObservanceRow): CustomObservance => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  month: row.month,
  day: row.day,
  date: row.date,
  sourceLabel: row.source_label,
});

/** Day badges: national days shipped in resources/, office-local days, and imported .ics days. */
export function observancesService(db: Db) {
  const store = observancesRepository(db);

  return {
    list: ({ from, to }: Request<'observances.list'>) =>
      observancesInRange(from, to, observanceSources(db)).map(
        ({ date, name, kind, publicHoliday, source }) => ({
          date,
          name,
          kind,
          publicHoliday,
          source,
        }),
      ),
    custom: (): CustomObservance[] => store.all().map(toCustom),
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
      store.insert(row);
      return toCustom(row);
    },
    delete(id: string) {
      if (!store.delete(id)) throw notFound('observance', id);
      return { deleted: true as const };
    },
    /** Re-importing under the same label replaces that calendar's days, so a corrected file just works. */
    importIcs({ label, text }: Request<'observances.importIcs'>) {
      const { observances, skipped } = readIcsObservances(text);
      const createdAt = nowIso();
      db.transaction(() => {
        store.deleteImported(label);
        for (const day of observances) {
          store.insert({
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
