import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, notFound } from '../../shared/api/errors';
import type { calendarMethods } from '../../shared/api/methods/calendar';
import { expandRecurrence } from '../../shared/domain/recurrence';
import { toInstant } from '../../shared/time';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { settingsRepository } from '../db/repositories/settings';
import { postsRepository } from '../db/repositories/posts';
import { seriesRepository } from '../db/repositories/series';
import type { PostsService } from './posts';

/** The request as parsed, plus the signed-in person's id that the handler adds (never the client). */
type Request<M extends keyof typeof calendarMethods> = z.output<
  (typeof calendarMethods)[M]['request']
> & { actorId: string };

/** A recurring series is a rule plus one ordinary post per occurrence; approval stays per post. */
export function seriesService(db: Db, postsService: PostsService) {
  const settings = settingsRepository(db);
  const posts = postsRepository(db);
  const series = seriesRepository(db);

  function occurrencesOf(seriesId: string, fromDate: string | undefined): string[] {
    if (!series.exists(seriesId)) throw notFound('series', seriesId);
    const from = fromDate ? toInstant(fromDate, '00:00', settings.get().timeZone) : '';
    return posts.seriesOccurrences(seriesId, from);
  }

  return {
    create({ actorId, post, rule }: Request<'series.create'>) {
      const zone = settings.get().timeZone;
      const occurrences = expandRecurrence(rule, zone);
      if (occurrences.length === 0) {
        throw new AppError('invalid_request', { key: 'series.noDates', field: 'rule' });
      }
      return db.transaction(() => {
        const seriesId = randomUUID();
        series.insert(seriesId, rule, nowIso());
        const ids = occurrences.map(
          (occurrence) =>
            postsService.createInSeries(
              { ...post, actorId, schedule: { date: occurrence.date, time: occurrence.time } },
              seriesId,
            ).id,
        );
        return { seriesId, posts: postsService.summaries(ids) };
      })();
    },
    update({ seriesId, actorId, fromDate, patch }: Request<'series.update'>) {
      return db.transaction(() => {
        let returnedToDraft = 0;
        const ids = occurrencesOf(seriesId, fromDate);
        for (const id of ids) {
          const current = posts.get(id)!;
          const result = postsService.editOne(id, current.version, actorId, patch, 'edit');
          if (result.returnedToDraft) returnedToDraft += 1;
        }
        return { updated: ids.length, returnedToDraft };
      })();
    },
    delete({ seriesId, actorId, fromDate }: Request<'series.delete'>) {
      return db.transaction(() => {
        const ids = occurrencesOf(seriesId, fromDate);
        for (const id of ids) {
          const current = posts.get(id)!;
          postsService.delete({ id, version: current.version, actorId });
        }
        return { deleted: ids.length };
      })();
    },
  };
}
