import type { ReactNode } from 'react';
import type { Post } from '../../../shared/domain/posts';
import { draftFromPost, type PostDraft } from '../editor/draft';
import { ConflictNotice, type ConflictProps } from './ConflictNotice';
import type { QueuedSave } from './outbox';

/**
 * A kept save met another version on the host: ConflictNotice shows both texts, "Pakai versi
 * saya" / "Pakai versi kantor", and "Gabungkan per kolom…", the editor's merge view over
 * `base` (what my edit started from), `mine` (what I typed) and `theirs` (the host's post now).
 */
export interface ConflictChoice {
  keepMine(): void;
  takeTheirs(): void;
  keepMerged(merged: PostDraft): void;
}

const textFields = ['title', 'brief', 'caption'] as const;

export function renderConflict(item: QueuedSave, choice: ConflictChoice, zone: string): ReactNode {
  const base = item.original;
  const mine = item.draft;
  const theirs: Post | null = item.problem?.kind === 'conflict' ? item.problem.theirs : null;
  const theirsDraft = theirs ? draftFromPost(theirs, zone, base.time) : null;
  const fields: ConflictProps['fields'] = theirsDraft
    ? textFields
        .filter((field) => mine[field] !== theirsDraft[field])
        .map((field) => ({ field, mine: mine[field], theirs: theirsDraft[field] }))
    : [];
  return (
    <ConflictNotice
      key={item.id}
      item={item}
      fields={fields}
      merge={theirsDraft ? { base, mine, theirs: theirsDraft, theirsName: '' } : undefined}
      {...choice}
    />
  );
}
