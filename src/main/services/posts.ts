import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, notFound } from '../../shared/api/errors';
import type { calendarMethods } from '../../shared/api/methods/calendar';
import {
  approvedContentFields,
  postRowContentFields,
  storedContentFields,
} from '../../shared/domain/post-fields';
import { timeAfterMove } from '../../shared/domain/post-move';
import type { Person } from '../../shared/domain/people';
import {
  decideTransition,
  editReturnsToDraft,
  type PostAction,
} from '../../shared/domain/post-status';
import {
  sameInstant,
  undoableMove,
  undoesKey,
  type TakenApproval,
  type UndoApprovalOutcome,
} from '../../shared/domain/post-undo';
import type { Post, PostFormat, PostSummary, postContentSchema } from '../../shared/domain/posts';
import { localDaysRange, localParts, toInstant } from '../../shared/time';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { fitFormat } from '../../shared/domain/platform-limits';
import { shippedPlatformLimits } from '../../shared/domain/platform-limits-file';
import { assetsRepository } from '../db/repositories/assets';
import { channelsRepository } from '../db/repositories/channels';
import { postsRepository, type PostRecord } from '../db/repositories/posts';
import { publicationsRepository } from '../db/repositories/publications';
import { settingsRepository } from '../db/repositories/settings';
import { toFtsQuery, toFtsTitleQuery } from './fts-query';
import { checkSubmission } from './post-warnings';
import { activityDiff } from '../../shared/domain/activity-diff';
import { actorCheck } from './actor';
import { fingerprintOf } from './approval-fingerprint';
import { approvalsRepository } from '../db/repositories/approvals';

/** The comment of an undone move's log entry, by what became of the approval. */
const undoComments: Record<UndoApprovalOutcome, (taken: TakenApproval | null) => string> = {
  restored: (taken) =>
    taken?.status === 'in_review'
      ? 'Dikembalikan ke keadaan sebelum dipindah; pengajuan tetap berlaku karena isi dan jadwal sama.'
      : 'Dikembalikan ke keadaan sebelum dipindah; persetujuan tetap berlaku karena isi dan jadwal sama.',
  not_restored: (taken) =>
    taken?.status === 'in_review'
      ? 'Dikembalikan ke jadwal sebelum dipindah; pengajuan tidak dipulihkan karena unggahan berubah setelah dipindah. Ajukan ulang.'
      : 'Dikembalikan ke jadwal sebelum dipindah; persetujuan tidak dipulihkan karena unggahan berubah setelah dipindah. Ajukan ulang untuk disetujui.',
  none: () => 'Pemindahan diurungkan.',
};

type Content = Partial<z.output<typeof postContentSchema>>;
/** The request as parsed, plus the signed-in person's id that the handler adds (never the client). */
type Request<M extends keyof typeof calendarMethods> = z.output<
  (typeof calendarMethods)[M]['request']
>;
type Acted<M extends keyof typeof calendarMethods> = Request<M> & { actorId: string };

/**
 * What the posts service tells others of an approval step: `transitioned` runs inside the step's
 * transaction (notifications are written with the step, never half), `committed` after the
 * outermost commit (they are announced on the live stream).
 */
export interface PostStepListener {
  transitioned(step: { action: PostAction; before: Post; actor: Person }): void;
  committed(): void;
}

export function postsService(db: Db, steps?: PostStepListener) {
  const posts = postsRepository(db);
  const settings = settingsRepository(db);
  const assets = assetsRepository(db);
  const approvals = approvalsRepository(db);
  const fingerprint = fingerprintOf(db);
  const publications = publicationsRepository(db);

  const actor = actorCheck(db);

  /** A return to draft takes the round's sign-offs away: the check and the approval alike. */
  const noSignOffs = {
    checkedBy: null,
    checkedAt: null,
    approvedBy: null,
    approvedAt: null,
  } as const;

  function load(id: string): Post {
    const post = posts.get(id);
    if (!post) throw notFound('post', id);
    return post;
  }

  function stale(post: Post): AppError {
    return new AppError('conflict', {
      key: 'post.versionConflict',
      params: { title: post.title, version: post.version },
    });
  }

  function scheduleColumns(
    schedule: Content['schedule'],
  ): Pick<PostRecord, 'scheduledAt' | 'timeZone'> | undefined {
    if (schedule === undefined) return undefined;
    if (schedule === null) return { scheduledAt: null, timeZone: null };
    const zone = settings.get().timeZone;
    return { scheduledAt: toInstant(schedule.date, schedule.time, zone), timeZone: zone };
  }

  /** What changed, as field → [before, after], with long texts shortened for the log. */
  function diff(before: Post, after: Post): Record<string, [unknown, unknown]> {
    return activityDiff(before, after, storedContentFields);
  }

  /** Attachments must name assets in the library (post_assets has a foreign key since schema 3). */
  function ensureAssetsExist(ids: readonly string[]): void {
    const known = assets.existing(ids);
    const index = ids.findIndex((assetId) => !known.has(assetId));
    if (index >= 0) {
      throw notFound('libraryAsset', ids[index]!, `assetIds.${index}`);
    }
  }

  /**
   * The format as the channel's platform offers it: an older client or bundle sending "feed"
   * for X gets X's "post", so no post carries a format its platform does not have.
   */
  function formatOn(channelId: string, format: PostFormat): PostFormat {
    const channel = channelsRepository(db).get(channelId);
    return channel ? fitFormat(shippedPlatformLimits, channel.platform, format) : format;
  }

  /** The edited fields that live in the post's own row; an absent one stays as it is. */
  function rowContent(content: Content): Partial<PostRecord> {
    return Object.fromEntries(
      postRowContentFields
        .filter((field) => content[field] !== undefined)
        .map((field) => [field, content[field]]),
    );
  }

  function writeContent(id: string, content: Content): void {
    if (content.channels) {
      posts.replaceChannels(
        id,
        content.channels.map((c) => ({
          channelId: c.channelId,
          format: formatOn(c.channelId, c.format),
          captionOverride: c.captionOverride ?? null,
        })),
      );
    }
    if (content.tags) posts.replaceTags(id, [...new Set(content.tags)]);
    if (content.assetIds) {
      ensureAssetsExist(content.assetIds);
      posts.replaceAssets(id, content.assetIds);
    }
  }

  function create(request: Acted<'posts.create'>, seriesId: string | null = null): Post {
    const person = actor(request.actorId);
    const now = nowIso();
    const id = randomUUID();
    const record: PostRecord = {
      id,
      title: request.title,
      brief: request.brief ?? '',
      caption: request.caption ?? '',
      link: request.link ?? '',
      firstComment: request.firstComment ?? '',
      hashtags: request.hashtags ?? [],
      campaignId: request.campaignId ?? null,
      assigneeId: request.assigneeId ?? null,
      status: 'draft',
      scheduledAt: null,
      timeZone: null,
      ...scheduleColumns(request.schedule ?? null),
      submittedBy: null,
      checkedBy: null,
      checkedAt: null,
      approvedBy: null,
      approvedAt: null,
      permalink: '',
      publishedAt: null,
      seriesId,
      createdBy: person.id,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      version: 1,
    };
    return db.transaction(() => {
      posts.insert(record);
      writeContent(id, request);
      const created = posts.get(id)!;
      posts.reindex(created);
      posts.logActivity({ postId: id, actorId: person.id, at: now, action: 'create' });
      return created;
    })();
  }

  /**
   * Sends `before` (in review or approved) back to draft after `after` was written, logging
   * what it took away: the undo of a move gives it back only if the fingerprint still agrees.
   */
  function logReturnToDraft(before: Post, actorId: string, at: string): void {
    posts.logActivity({
      postId: before.id,
      actorId,
      at,
      action: 'returned_to_draft',
      changes: {
        status: [before.status, 'draft'],
        // An in-review or approved post is by construction what was submitted or approved
        // (an edit of these fields returns it to draft), so its fingerprint is the approval's.
        approval: {
          status: before.status,
          submittedBy: before.submittedBy,
          checkedBy: before.checkedBy,
          checkedAt: before.checkedAt,
          approvedBy: before.approvedBy,
          approvedAt: before.approvedAt,
          content: fingerprint(before),
        },
      },
      comment: 'Isi berubah setelah diajukan/disetujui, jadi perlu ditinjau lagi.',
    });
  }

  /** Applies an edit under the version check; returns the post and whether it fell back to draft. */
  function edit(
    id: string,
    version: number,
    actorId: string,
    content: Content,
    action: 'edit' | 'move',
  ) {
    const person = actor(actorId);
    return db.transaction(() => {
      const before = load(id);
      if (before.version !== version) throw stale(before);
      if (before.deletedAt) throw new AppError('conflict', { key: 'post.inTrashEdit' });
      const now = nowIso();
      const touchesApproval = approvedContentFields.some((field) => content[field] !== undefined);
      const returnedToDraft = touchesApproval && editReturnsToDraft(before.status);
      const record: Partial<PostRecord> = {
        ...rowContent(content),
        ...scheduleColumns(content.schedule),
        ...(returnedToDraft ? { status: 'draft' as const, ...noSignOffs } : {}),
        updatedAt: now,
        version: version + 1,
      };
      if (!posts.update(id, version, record)) throw stale(before);
      writeContent(id, content);
      const after = posts.get(id)!;
      posts.reindex(after);
      const changes = diff(before, after);
      if (Object.keys(changes).length > 0 || action === 'move') {
        posts.logActivity({ postId: id, actorId: person.id, at: now, action, changes });
      }
      if (returnedToDraft) logReturnToDraft(before, person.id, now);
      return { post: after, returnedToDraft };
    })();
  }

  /**
   * Takes back the post's last move that is not undone yet (see `shared/domain/post-undo.ts`):
   * the schedule goes back to `previous`, and an approval or submission the move took away comes
   * back only when the fingerprint of the post at its old schedule equals the one taken and no
   * approval step happened since. The log entry says which, in words.
   */
  function undoMove({ id, actorId, previous }: Acted<'posts.undoMove'>) {
    const person = actor(actorId);
    return db.transaction(() => {
      const post = load(id);
      if (post.deletedAt) throw new AppError('conflict', { key: 'post.inTrashEdit' });
      const back = scheduleColumns(previous)!;
      const move = undoableMove(posts.activity(id));
      if (
        !move ||
        !sameInstant(move.from, back.scheduledAt) ||
        !sameInstant(move.to, post.scheduledAt)
      ) {
        throw new AppError('conflict', {
          key: 'post.undoMoveOutdated',
          params: { title: post.title },
        });
      }
      const { taken } = move;
      const restorable =
        taken !== null &&
        post.status === 'draft' &&
        !move.statusChangedSince &&
        fingerprint({ ...post, scheduledAt: back.scheduledAt }) === taken.content;
      // Submitted or approved again at the new day: moving it back is a change of schedule.
      const returnedToDraft = !restorable && editReturnsToDraft(post.status);
      const now = nowIso();
      const record: Partial<PostRecord> = {
        ...back,
        ...(restorable
          ? {
              status: taken.status,
              submittedBy: taken.submittedBy,
              checkedBy: taken.checkedBy,
              checkedAt: taken.checkedAt,
              approvedBy: taken.approvedBy,
              approvedAt: taken.approvedAt,
            }
          : {}),
        ...(returnedToDraft ? { status: 'draft' as const, ...noSignOffs } : {}),
        updatedAt: now,
        version: post.version + 1,
      };
      if (!posts.update(id, post.version, record)) throw stale(post);
      const after = posts.get(id)!;
      const approval: UndoApprovalOutcome = restorable
        ? 'restored'
        : taken
          ? 'not_restored'
          : 'none';
      posts.logActivity({
        postId: id,
        actorId: person.id,
        at: now,
        action: 'move',
        changes: {
          scheduledAt: [post.scheduledAt, after.scheduledAt],
          ...(restorable ? { status: [post.status, after.status] } : {}),
          [undoesKey]: move.moveId,
        },
        comment: undoComments[approval](taken),
      });
      if (returnedToDraft) logReturnToDraft(post, person.id, now);
      return { post: after, approval, returnedToDraft };
    })();
  }

  function summaries(ids: string[]): PostSummary[] {
    return posts.summariesOf(ids);
  }

  return {
    range({ from, to, filter }: Request<'posts.range'>): PostSummary[] {
      const zone = settings.get().timeZone;
      const instants = localDaysRange(from, to, zone);
      return posts.range(instants.from, instants.to, filter);
    },
    ideas: ({ filter }: Request<'posts.ideas'>): PostSummary[] => posts.ideas(filter),
    search({ query, filter, limit }: Request<'posts.search'>): PostSummary[] {
      const match = toFtsQuery(query);
      const titleMatch = toFtsTitleQuery(query);
      return match && titleMatch ? posts.search(match, titleMatch, filter, limit) : [];
    },
    tags: () => posts.tags(),
    get: (id: string): Post => load(id),
    activity(id: string) {
      load(id);
      return posts.activity(id);
    },
    trash: (): Post[] => posts.trash(),
    create: (request: Acted<'posts.create'>): Post => create(request),
    update({ id, version, actorId, ...content }: Acted<'posts.update'>) {
      return edit(id, version, actorId, content, 'edit');
    },
    move({ id, version, actorId, date, time }: Acted<'posts.move'>) {
      if (date === null) return edit(id, version, actorId, { schedule: null }, 'move');
      const office = settings.get();
      const current = load(id);
      const before = current.scheduledAt ? localParts(current.scheduledAt, office.timeZone) : null;
      const kept = timeAfterMove(before, time, office.defaultPostTime);
      return edit(id, version, actorId, { schedule: { date, time: kept } }, 'move');
    },
    undoMove,
    transition(request: Acted<'posts.transition'>): Post {
      const person = actor(request.actorId);
      const done = db.transaction(() => {
        const post = load(request.id);
        if (post.version !== request.version) throw stale(post);
        if (post.deletedAt) throw new AppError('conflict', { key: 'post.inTrash' });
        const office = settings.get();
        const decision = decideTransition(
          { status: post.status, submittedBy: post.submittedBy, checkedBy: post.checkedBy },
          request.action,
          { id: person.id, role: person.role },
          { allowSelfApproval: office.allowSelfApproval, approvalSteps: office.approvalSteps },
          {
            comment: request.comment,
            permalink: request.permalink,
            publishedAt: request.publishedAt,
          },
        );
        if (!decision.ok) {
          const code =
            decision.code === 'forbidden'
              ? 'forbidden'
              : decision.code === 'invalid_transition'
                ? 'conflict'
                : 'invalid_request';
          throw new AppError(code, {
            // The state machine words its refusals itself (src/shared/domain/post-status.ts).
            key: 'post.transitionRefused',
            params: { reason: decision.message },
            ...(decision.code === 'comment_required' && { field: 'comment' }),
          });
        }
        if (request.action === 'submit') checkSubmission(db, post, request.acknowledgeWarnings);
        const now = nowIso();
        // A new round (submit) or a post leaving review drops the round's sign-offs; the
        // evidence rows stay, as the record of what was signed off when.
        const roundEnds =
          request.action === 'submit' ||
          !['in_review', 'approved', 'published'].includes(decision.to);
        const record: Partial<PostRecord> = {
          status: decision.to,
          updatedAt: now,
          version: post.version + 1,
          ...(roundEnds ? noSignOffs : {}),
          ...(request.action === 'submit' ? { submittedBy: person.id } : {}),
          ...(request.action === 'check' ? { checkedBy: person.id, checkedAt: now } : {}),
          ...(request.action === 'approve' ? { approvedBy: person.id, approvedAt: now } : {}),
          ...(request.action === 'publish'
            ? { permalink: request.permalink ?? '', publishedAt: request.publishedAt ?? now }
            : {}),
        };
        if (!posts.update(post.id, post.version, record)) throw stale(post);
        if (request.action === 'check' || request.action === 'approve') {
          // The evidence: who (by the name and role they have now), when, and exactly what.
          approvals.record({
            postId: post.id,
            step: request.action,
            actorId: person.id,
            actorName: person.name,
            actorRole: person.role,
            at: now,
            fingerprint: fingerprint(post),
          });
        }
        if (request.action === 'publish') {
          // Kinerja counts per channel: the whole post went out, so every channel did.
          publications.markRest(
            post.id,
            post.channels.map((c) => c.channelId),
            {
              publishedAt: record.publishedAt ?? now,
              permalink: record.permalink ?? '',
              markedBy: person.id,
              markedAt: now,
            },
          );
        }
        posts.logActivity({
          postId: post.id,
          actorId: person.id,
          at: now,
          action: request.action,
          changes: {
            status: [post.status, decision.to],
            ...(request.permalink ? { permalink: [post.permalink, request.permalink] } : {}),
          },
          comment: request.comment,
        });
        steps?.transitioned({ action: request.action, before: post, actor: person });
        return posts.get(post.id)!;
      })();
      steps?.committed();
      return done;
    },
    delete({ id, version, actorId }: Acted<'posts.delete'>): Post {
      const person = actor(actorId);
      return db.transaction(() => {
        const post = load(id);
        if (post.version !== version) throw stale(post);
        if (post.deletedAt) return post;
        const now = nowIso();
        posts.update(id, version, { deletedAt: now, updatedAt: now, version: version + 1 });
        posts.logActivity({ postId: id, actorId: person.id, at: now, action: 'delete' });
        return posts.get(id)!;
      })();
    },
    restore({ id, actorId }: Acted<'posts.restore'>): Post {
      const person = actor(actorId);
      return db.transaction(() => {
        const post = load(id);
        if (!post.deletedAt) return post;
        const now = nowIso();
        posts.update(id, post.version, {
          deletedAt: null,
          updatedAt: now,
          version: post.version + 1,
        });
        posts.logActivity({ postId: id, actorId: person.id, at: now, action: 'restore' });
        return posts.get(id)!;
      })();
    },
    /** After a bulk call's one commit: announce what its steps told people. */
    committed: () => steps?.committed(),
    /** For series: create one post per occurrence and edit them together. */
    createInSeries: create,
    editOne: edit,
    summaries,
  };
}
export type PostsService = ReturnType<typeof postsService>;
