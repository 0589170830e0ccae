import type { BulkResult } from '../../../shared/domain/needs-action';
import type { Role } from '../../../shared/domain/people';
import {
  postTransitions,
  roleActions,
  type ApprovalSteps,
  type PostStatus,
} from '../../../shared/domain/post-status';
import type { LocalDate, LocalTime } from '../../../shared/time';

/** What a selection can be given, in the order the bar shows them. */
export const bulkActions = [
  'submit',
  'check',
  'approve',
  'request_changes',
  /** "Terbit sesuai jadwal": every channel of an approved post marked at its scheduled time. */
  'publish',
  'move',
  'delete',
] as const;
export type BulkAction = (typeof bulkActions)[number];

/** A selected post as the bulk actions need it: the version it was seen at, for the check. */
export interface BulkPost {
  id: string;
  version: number;
  title: string;
  status: PostStatus;
}

/**
 * The bar offers what the role may do at all (the state machine's `roleActions`; the check only
 * in a two-step office); each post is checked again (and by the API).
 */
export function actionsForRole(role: Role, steps: ApprovalSteps = 1): BulkAction[] {
  const allowed: readonly string[] = roleActions[role] ?? [];
  return bulkActions.filter(
    (action) =>
      action === 'move' ||
      action === 'delete' ||
      (allowed.includes(action) && (action !== 'check' || steps === 2)),
  );
}

/** Which selected posts an action can apply to, by status (the API decides the rest per post). */
export function applicable(action: BulkAction, posts: readonly BulkPost[]): BulkPost[] {
  if (action === 'move' || action === 'delete') return [...posts];
  const from: readonly PostStatus[] = postTransitions[action].from;
  return posts.filter((post) => from.includes(post.status));
}

/** Submitting and approving show the selection's platform warnings first. */
export const showsWarnings = (action: BulkAction): boolean =>
  action === 'submit' || action === 'approve';

/** Only submitting over warnings needs the tick (the API's rule); approving shows them. */
export const needsAcknowledgement = (action: BulkAction): boolean => action === 'submit';

/**
 * One post's line in the results, whatever the action: the bulk posts verbs' results and
 * "Terbit sesuai jadwal"'s (publications.mark) both fit it.
 */
export type BulkOutcomeResult =
  | { id: string; ok: true; post: { title: string }; returnedToDraft: boolean }
  | Extract<BulkResult, { ok: false }>;

export type UndoPlan =
  | { kind: 'restore'; ids: string[] }
  /** "Terbit sesuai jadwal" is undone by taking back the channels it marked. */
  | { kind: 'unpublish'; items: { postId: string; channelId: string }[] }
  | {
      kind: 'moveBack';
      items: { id: string; version: number; date: LocalDate | null; time?: LocalTime }[];
      /** Posts the move sent back to draft: moving them back does not approve them again. */
      returnedToDraft: number;
    };

/** Delete is undone by restoring from the trash, a move by moving back; approval steps are not undone. */
export function undoPlan(action: BulkAction, results: readonly BulkResult[]): UndoPlan | null {
  const done = results.filter((r) => r.ok);
  if (done.length === 0) return null;
  if (action === 'delete') return { kind: 'restore', ids: done.map((r) => r.id) };
  if (action === 'move') {
    return {
      kind: 'moveBack',
      items: done.map((r) => ({
        id: r.id,
        version: r.post.version,
        date: r.previous?.date ?? null,
        ...(r.previous ? { time: r.previous.time } : {}),
      })),
      returnedToDraft: done.filter((r) => r.returnedToDraft).length,
    };
  }
  return null;
}

/**
 * What "Terbit sesuai jadwal" marked, per post: the channels whose mark was made by this call
 * (the newest `markedAt` of the post; channels marked earlier keep theirs), to take back on undo.
 */
export function unpublishPlan(
  results: readonly {
    postId: string;
    ok: boolean;
    publication?: { channels: { channelId: string; publication: { markedAt: string } | null }[] };
  }[],
): UndoPlan | null {
  const items: { postId: string; channelId: string }[] = [];
  for (const result of results) {
    if (!result.ok || !result.publication) continue;
    const marked = result.publication.channels.filter((c) => c.publication !== null);
    const newest = marked.reduce(
      (top, c) => (c.publication!.markedAt > top ? c.publication!.markedAt : top),
      '',
    );
    for (const c of marked) {
      if (c.publication!.markedAt === newest)
        items.push({ postId: result.postId, channelId: c.channelId });
    }
  }
  return items.length > 0 ? { kind: 'unpublish', items } : null;
}

export function tally(results: readonly { ok: boolean }[]): { done: number; refused: number } {
  const done = results.filter((r) => r.ok).length;
  return { done, refused: results.length - done };
}
