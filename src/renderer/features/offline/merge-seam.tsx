import type { ReactNode } from 'react';
import type { Post } from '../../../shared/domain/posts';
import { draftFromPost } from '../editor/draft';
import { ConflictNotice, type ConflictProps } from './ConflictNotice';
import type { QueuedSave } from './outbox';

/**
 * THE seam where the field-by-field merge view (branch `live`, taking base, mine and theirs)
 * plugs in: a kept save met another version on the host. Today it shows both texts and two
 * buttons (ConflictNotice); the merge view replaces the body of `renderConflict` and nothing
 * else has to change. `base` is what my edit started from, `mine` what I typed, `theirs` the
 * host's post now.
 */
export interface ConflictChoice {
  keepMine(): void;
  takeTheirs(): void;
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
  return <ConflictNotice key={item.id} item={item} fields={fields} {...choice} />;
}
