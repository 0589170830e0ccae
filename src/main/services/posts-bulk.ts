import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import type { actionMethods } from '../../shared/api/methods/actions';
import {
  groupsForRole,
  stepsForRole,
  type BulkResponse,
  type BulkResult,
  type NeedsAction,
  type NeedsActionItem,
  type PostWarningList,
} from '../../shared/domain/needs-action';
import type { Post } from '../../shared/domain/posts';
import { addDaysLocal, localParts, startOfLocalDay, todayIn } from '../../shared/time';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { needsActionRepository, type NeedsActionRow } from '../db/repositories/needs-action';
import { postsRepository } from '../db/repositories/posts';
import { settingsRepository } from '../db/repositories/settings';
import { actorCheck } from './actor';
import { postWarnings } from './post-warnings';
import type { PostsService } from './posts';

/** The request as parsed, plus the signed-in person's id that the handler adds (never the client). */
type Request<M extends keyof typeof actionMethods> = z.output<
  (typeof actionMethods)[M]['request']
> & { actorId: string };
type Unacted<M extends keyof typeof actionMethods> = z.output<(typeof actionMethods)[M]['request']>;

/** What one post's step left: the post as it is now, and what the results need to say. */
interface Done {
  post: Post;
  returnedToDraft?: boolean;
  previous?: { date: string; time: string } | null;
}

/**
 * "Perlu tindakan" and the bulk actions. Every bulk call is ONE write transaction in which each
 * post runs through the very single-post verb of `posts.ts` (`transition`, `move`, `delete`,
 * `restore`): the same state machine (src/shared/domain/post-status.ts), the same version check,
 * the same warnings rule, the same activity entries. better-sqlite3 turns a transaction opened
 * inside another into a SAVEPOINT, so a post whose verb throws rolls back alone and the loop goes
 * on: all-or-nothing per post, one commit (and one fsync) for the whole selection. Only a refusal
 * (`AppError`) is a per-post result; anything else (a full disk, a broken database) aborts the
 * whole call and nothing is written.
 */
export function postsBulkService(db: Db, posts: PostsService) {
  const repository = postsRepository(db);
  const lists = needsActionRepository(db);
  const settings = settingsRepository(db);
  const actor = actorCheck(db);

  function refusal(id: string, error: AppError): BulkResult {
    return {
      id,
      ok: false,
      title: repository.get(id)?.title ?? null,
      error: {
        code: error.code,
        message: error.message,
        key: error.key,
        ...(error.params && { params: error.params }),
      },
    };
  }

  function each<T extends { id: string }>(
    actorId: string,
    items: readonly T[],
    step: (item: T) => Done,
  ): BulkResponse {
    actor(actorId);
    const response = db.transaction(() => {
      const outcomes: ({ id: string; done: Done } | BulkResult)[] = [];
      for (const item of items) {
        try {
          outcomes.push({ id: item.id, done: step(item) });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          outcomes.push(refusal(item.id, error));
        }
      }
      // One read for every changed post's summary, rather than one per post.
      const summaries = new Map(
        repository
          .summariesOf(outcomes.flatMap((o) => ('done' in o ? [o.id] : [])))
          .map((summary) => [summary.id, summary]),
      );
      return {
        results: outcomes.map((outcome): BulkResult => {
          if (!('done' in outcome)) return outcome;
          const { done } = outcome;
          return {
            id: outcome.id,
            ok: true,
            post: summaries.get(outcome.id)!,
            returnedToDraft: done.returnedToDraft ?? false,
            ...(done.previous !== undefined && { previous: done.previous }),
          };
        }),
      };
    })();
    posts.committed();
    return response;
  }

  function placeOf(post: Post, zone: string) {
    return post.scheduledAt ? localParts(post.scheduledAt, zone) : null;
  }

  return {
    needsAction({ actorId, dueWithinDays }: Request<'posts.needsAction'>): NeedsAction {
      const person = actor(actorId);
      const office = settings.get();
      const groups = new Set(groupsForRole(person.role, office.approvalSteps));
      const until = startOfLocalDay(
        addDaysLocal(todayIn(office.timeZone), dueWithinDays + 1),
        office.timeZone,
      );
      const now = nowIso();
      return db.transaction(() => {
        const rows = {
          approvals: groups.has('approvals')
            ? lists.approvals(
                person.id,
                office.allowSelfApproval,
                office.approvalSteps === 2,
                stepsForRole(person.role, office.approvalSteps),
              )
            : [],
          changesRequested: lists.changesRequested(person.id),
          dueDrafts: lists.dueDrafts(person.id, until),
          unpublished: lists.unpublished(person.id, now),
        };
        const all = Object.values(rows).flat();
        const summaries = new Map(
          repository.summariesOf(all.map((row) => row.id)).map((s) => [s.id, s]),
        );
        const items = (list: NeedsActionRow[]): NeedsActionItem[] =>
          list.flatMap((row) => {
            const post = summaries.get(row.id);
            return post ? [{ post, reason: row.reason, since: row.since }] : [];
          });
        return {
          dueWithinDays,
          groups: {
            approvals: items(rows.approvals),
            changesRequested: items(rows.changesRequested),
            dueDrafts: items(rows.dueDrafts),
            unpublished: items(rows.unpublished),
          },
          count: new Set(all.map((row) => row.id)).size,
        };
      })();
    },

    bulkWarnings({ ids }: Unacted<'posts.bulkWarnings'>): PostWarningList[] {
      return db.transaction(() =>
        ids.flatMap((id) => {
          const post = repository.get(id);
          if (!post || post.deletedAt) return [];
          const warnings = postWarnings(db, post).map((w) => ({
            channelId: w.channelId,
            message: w.message,
          }));
          return warnings.length > 0 ? [{ id, title: post.title, warnings }] : [];
        }),
      )();
    },

    bulkTransition(request: Request<'posts.bulkTransition'>): BulkResponse {
      const { actorId, action, comment, acknowledgeWarnings } = request;
      return each(actorId, request.items, ({ id, version }) => ({
        post: posts.transition({ id, version, actorId, action, comment, acknowledgeWarnings }),
      }));
    },

    bulkMove({ actorId, items, shiftDays }: Request<'posts.bulkMove'>): BulkResponse {
      const zone = settings.get().timeZone;
      return each(actorId, items, (item) => {
        const previous = placeOf(posts.get(item.id), zone);
        let date = item.date;
        let time = item.time;
        if (date === undefined) {
          if (!previous) {
            throw new AppError('invalid_request', { key: 'bulk.notScheduled' });
          }
          date = addDaysLocal(previous.date, shiftDays ?? 0);
          time = previous.time;
        }
        const moved = posts.move({
          id: item.id,
          version: item.version,
          actorId,
          date,
          ...(time !== undefined && { time }),
        });
        return { post: moved.post, returnedToDraft: moved.returnedToDraft, previous };
      });
    },

    bulkDelete({ actorId, items }: Request<'posts.bulkDelete'>): BulkResponse {
      return each(actorId, items, ({ id, version }) => ({
        post: posts.delete({ id, version, actorId }),
      }));
    },

    bulkRestore({ actorId, ids }: Request<'posts.bulkRestore'>): BulkResponse {
      return each(
        actorId,
        ids.map((id) => ({ id })),
        ({ id }) => ({ post: posts.restore({ id, actorId }) }),
      );
    },
  };
}
export type PostsBulkService = ReturnType<typeof postsBulkService>;
