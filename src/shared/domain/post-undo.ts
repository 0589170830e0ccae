import type { Activity } from './posts';
import type { PostStatus } from './post-status';

/**
 * Undoing a move, read from the post's own activity log (the server's evidence, never the
 * client's word).
 *
 * A move that sends an approved or in-review post back to draft logs `returned_to_draft` with
 * what it took away (`approval`: the status, who submitted and approved it, and a fingerprint
 * of the approved content and schedule). The undo of that move may give the approval back only
 * when the post is again exactly what was approved: the fingerprint of the post with its old
 * schedule must equal the one taken, and no approval step (submit, request for changes, …)
 * may have happened in between. Otherwise the schedule goes back and the approval stays lost,
 * and the reply says so in words.
 */

/** What a return to draft took away; stored under `approval` in its activity entry. */
export interface TakenApproval {
  status: Extract<PostStatus, 'approved' | 'in_review'>;
  submittedBy: string | null;
  /** Two-step offices: the check of that round (absent in entries from before checks existed). */
  checkedBy: string | null;
  checkedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  /** Fingerprint of the approved fields, schedule included (see the posts service). */
  content: string;
}

/** How an undo treated the approval the move had taken away. */
export const undoApprovalOutcomes = ['restored', 'not_restored', 'none'] as const;
export type UndoApprovalOutcome = (typeof undoApprovalOutcomes)[number];

type Entry = Pick<Activity, 'id' | 'action' | 'changes' | 'at'>;

export interface UndoableMove {
  /** The move's log entry. */
  moveId: number;
  /** Where the move took the post from and to (instants; null for the ideas tray). */
  from: string | null;
  to: string | null;
  /** The approval the move took away, if it took one. */
  taken: TakenApproval | null;
  /** An approval step (or another return to draft) was logged after the move. */
  statusChangedSince: boolean;
}

const instantOrNull = (value: unknown): string | null | undefined =>
  value === null ? null : typeof value === 'string' ? value : undefined;

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function readTaken(value: unknown): TakenApproval | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.status !== 'approved' && record.status !== 'in_review') return null;
  if (typeof record.content !== 'string' || record.content === '') return null;
  return {
    status: record.status,
    submittedBy: stringOrNull(record.submittedBy),
    checkedBy: stringOrNull(record.checkedBy),
    checkedAt: stringOrNull(record.checkedAt),
    approvedBy: stringOrNull(record.approvedBy),
    approvedAt: stringOrNull(record.approvedAt),
    content: record.content,
  };
}

/** An undo's own entry names the move it took back, so that move is not undone twice. */
export const undoesKey = 'undoes';

/**
 * The most recent move of this log that has not been undone yet (undo entries themselves are
 * moves too, and are skipped), or null when there is none. `entries` are oldest first, as
 * `posts.activity` returns them.
 */
export function undoableMove(entries: readonly Entry[]): UndoableMove | null {
  const undone = new Set(
    entries
      .map((entry) => entry.changes[undoesKey])
      .filter((id): id is number => typeof id === 'number'),
  );
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!;
    if (entry.action !== 'move' || undoesKey in entry.changes || undone.has(entry.id)) continue;
    const schedule = entry.changes.scheduledAt;
    if (!Array.isArray(schedule) || schedule.length !== 2) return null;
    const from = instantOrNull(schedule[0]);
    const to = instantOrNull(schedule[1]);
    if (from === undefined || to === undefined) return null;
    // The move's own return to draft is logged right after it, in the same transaction.
    const next = entries[index + 1];
    const returned =
      next?.action === 'returned_to_draft' && next.at === entry.at ? next : undefined;
    const later = entries.slice(index + (returned ? 2 : 1));
    return {
      moveId: entry.id,
      from,
      to,
      taken: returned ? readTaken(returned.changes.approval) : null,
      statusChangedSince: later.some((step) => 'status' in step.changes),
    };
  }
  return null;
}

/** Two instants name the same moment (or both are "no schedule"). */
export function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Date.parse(a) === Date.parse(b);
}
