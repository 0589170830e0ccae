import { postContentFields, type PostContentField } from '../../../shared/domain/post-fields';
import type { PostDraft } from './draft';

/**
 * Merging two people's edits of one post, field by field, from the version both started from
 * (base). A field only one of them changed is taken from that one; a field both changed the
 * same way is kept; a field both changed differently is a conflict the person decides. Pure:
 * the editor after a colleague's save and the offline client after a reconnect both use it.
 */
// A post's editable fields are listed once (shared/domain/post-fields.ts); the merge goes by them.
export const mergeFields = postContentFields;
export type MergeField = PostContentField;
export type MergeSide = 'mine' | 'theirs';

export interface FieldMerge {
  field: MergeField;
  /** mine / theirs: only that side changed it; conflict: both did, differently; same: both alike. */
  take: MergeSide | 'conflict' | 'same';
}

function valueOf(draft: PostDraft, field: MergeField): unknown {
  if (field === 'schedule') return draft.date ? { date: draft.date, time: draft.time } : null;
  return draft[field];
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between two drafts, in form order. */
export function changedFields(a: PostDraft, b: PostDraft): MergeField[] {
  return mergeFields.filter((field) => !same(valueOf(a, field), valueOf(b, field)));
}

/** Every field either side changed, with what the merge does with it. */
export function planMerge(base: PostDraft, mine: PostDraft, theirs: PostDraft): FieldMerge[] {
  return mergeFields.flatMap((field): FieldMerge[] => {
    const b = valueOf(base, field);
    const m = valueOf(mine, field);
    const t = valueOf(theirs, field);
    const mineChanged = !same(b, m);
    const theirsChanged = !same(b, t);
    if (!mineChanged && !theirsChanged) return [];
    if (mineChanged && theirsChanged) return [{ field, take: same(m, t) ? 'same' : 'conflict' }];
    return [{ field, take: mineChanged ? 'mine' : 'theirs' }];
  });
}

/** The conflicts still without a choice. */
export function undecided(
  plan: readonly FieldMerge[],
  choices: Partial<Record<MergeField, MergeSide>>,
): MergeField[] {
  return plan
    .filter((item) => item.take === 'conflict' && !choices[item.field])
    .map((i) => i.field);
}

/**
 * The merged draft: their version (the one stored now), with every field taken from mine where
 * the plan or the person's choice says so.
 */
export function applyMerge(
  mine: PostDraft,
  theirs: PostDraft,
  plan: readonly FieldMerge[],
  choices: Partial<Record<MergeField, MergeSide>>,
): PostDraft {
  const merged: PostDraft = { ...theirs };
  for (const { field, take } of plan) {
    const side = take === 'conflict' ? (choices[field] ?? 'theirs') : take;
    if (side !== 'mine') continue;
    if (field === 'schedule') {
      merged.date = mine.date;
      merged.time = mine.time;
    } else {
      (merged as unknown as Record<string, unknown>)[field] = mine[field];
    }
  }
  return merged;
}
