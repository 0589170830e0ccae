import type { Activity } from '../../../shared/domain/posts';
import { postStatuses, type PostStatus } from '../../../shared/domain/post-status';

/**
 * What one activity entry says, read from its `changes` (field → [before, after], written by
 * the posts service). Pure, so the editor's log and its tests read entries the same way.
 */
export interface ActivityDescription {
  /** Fields an edit touched, in a stable order, without status (told separately). */
  fields: string[];
  /** Old and new instants when the schedule moved; null for "idea". */
  schedule: { from: string | null; to: string | null } | null;
  status: { from: PostStatus; to: PostStatus } | null;
}

/** Shown in the order the editor's form lists them. */
const fieldOrder = [
  'title',
  'brief',
  'caption',
  'channels',
  'link',
  'firstComment',
  'hashtags',
  'tags',
  'campaignId',
  'assigneeId',
  'scheduledAt',
  'assetIds',
  'permalink',
];

const isStatus = (value: unknown): value is PostStatus =>
  (postStatuses as readonly unknown[]).includes(value);

const pair = (value: unknown): [unknown, unknown] | null =>
  Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : null;

const instantOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function describeActivity(activity: Pick<Activity, 'changes'>): ActivityDescription {
  const changes = activity.changes ?? {};
  const fields = Object.keys(changes)
    .filter((field) => field !== 'status')
    .sort((a, b) => rank(a) - rank(b));
  const moved = pair(changes.scheduledAt);
  const statusPair = pair(changes.status);
  return {
    fields,
    schedule: moved ? { from: instantOrNull(moved[0]), to: instantOrNull(moved[1]) } : null,
    status:
      statusPair && isStatus(statusPair[0]) && isStatus(statusPair[1])
        ? { from: statusPair[0], to: statusPair[1] }
        : null,
  };
}

function rank(field: string): number {
  const index = fieldOrder.indexOf(field);
  return index === -1 ? fieldOrder.length : index;
}

/**
 * The last "Minta revisi" of a history (oldest first, as the API gives it): what the editor shows
 * at its top while the post is "Perlu revisi". Null when there is none.
 */
export function lastChangeRequest(
  entries: readonly Pick<Activity, 'action' | 'comment' | 'actorName' | 'at'>[],
): { comment: string; actorName: string | null; at: string } | null {
  const entry = entries.findLast((item) => item.action === 'request_changes');
  return entry ? { comment: entry.comment, actorName: entry.actorName, at: entry.at } : null;
}
