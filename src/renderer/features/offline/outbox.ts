import type { LinimasaApi } from '../../../shared/api/contract';
import type { Post } from '../../../shared/domain/posts';
import { changedContent, draftContent, type PostDraft } from '../editor/draft';
import type { KeptStorage, Owner } from './drafts';

/**
 * Saves made while the office host could not be reached, kept in order on this device
 * (localStorage) and sent when it answers again. Only what can wait is queued: the fields of an
 * existing post (sent as the fields that changed, on the version they were typed on) and new
 * posts. A later save of the same post replaces its queued one, keeping the first base version,
 * so one post never waits twice. Pure functions over a `Storage` and the API: Node-tested.
 */
export interface QueuedSave {
  id: string;
  /** `edit:<postId>`, or `new:<id>` for a post created while away. */
  key: string;
  postId: string | null;
  /** The kept draft's name (drafts.ts), forgotten once this save went through. */
  draftKey: string;
  baseVersion: number | null;
  title: string;
  original: PostDraft;
  draft: PostDraft;
  queuedAt: number;
  /** Set when sending did not go through: the host has another version, or refused it. */
  problem?: { kind: 'conflict'; theirs: Post } | { kind: 'refused'; message: string };
}

export const outboxStorageKey = (owner: Owner): string =>
  `linimasa.outbox.v1|${owner.origin}|${owner.personId}`;

export function readOutbox(storage: KeptStorage, owner: Owner): QueuedSave[] {
  const raw = storage.getItem(outboxStorageKey(owner));
  if (!raw) return [];
  try {
    const items = JSON.parse(raw) as unknown;
    return Array.isArray(items) ? (items as QueuedSave[]) : [];
  } catch {
    return [];
  }
}

export function writeOutbox(storage: KeptStorage, owner: Owner, items: readonly QueuedSave[]) {
  if (items.length === 0) storage.removeItem(outboxStorageKey(owner));
  else storage.setItem(outboxStorageKey(owner), JSON.stringify(items));
}

/** Adds a save at the end, or replaces the queued save of the same post where it stands. */
export function enqueue(items: readonly QueuedSave[], save: QueuedSave): QueuedSave[] {
  const at = items.findIndex((item) => item.key === save.key);
  if (at < 0) return [...items, save];
  const first = items[at]!;
  const merged: QueuedSave = {
    ...save,
    id: first.id,
    baseVersion: first.baseVersion,
    original: first.original,
  };
  return items.map((item, index) => (index === at ? merged : item));
}

export type SendApi = Pick<LinimasaApi, 'posts'>;

export type SendResult =
  | { kind: 'sent'; post: Post }
  | { kind: 'unreachable' }
  | { kind: 'conflict'; theirs: Post }
  | { kind: 'refused'; message: string };

/** One queued save to the host; `version` overrides the base (for "Pakai versi saya"). */
export async function sendOne(
  api: SendApi,
  item: QueuedSave,
  unreachable: () => boolean,
  version?: number,
): Promise<SendResult> {
  if (item.postId === null) {
    const created = await api.posts.create({ ...draftContent(item.draft) });
    if (created.ok) return { kind: 'sent', post: created.value };
    return unreachable()
      ? { kind: 'unreachable' }
      : { kind: 'refused', message: created.error.message };
  }
  const patch = changedContent(item.original, item.draft);
  const result = await api.posts.update({
    id: item.postId,
    version: version ?? item.baseVersion ?? 0,
    ...patch,
  });
  if (result.ok) return { kind: 'sent', post: result.value.post };
  if (unreachable()) return { kind: 'unreachable' };
  if (result.error.code === 'conflict') {
    const theirs = await api.posts.get({ id: item.postId });
    if (theirs.ok) return { kind: 'conflict', theirs: theirs.value };
    if (unreachable()) return { kind: 'unreachable' };
  }
  return { kind: 'refused', message: result.error.message };
}

export interface FlushOutcome {
  /** What is still queued (with its problem when sending did not go through). */
  remaining: QueuedSave[];
  sent: { item: QueuedSave; post: Post }[];
}

/**
 * Sends the queue in order. A save with a problem stays (and later saves of the same post wait
 * behind it); losing the host again stops the run, the rest waits for the next return.
 */
export async function flushOutbox(
  api: SendApi,
  items: readonly QueuedSave[],
  unreachable: () => boolean,
): Promise<FlushOutcome> {
  const remaining: QueuedSave[] = [];
  const sent: FlushOutcome['sent'] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    if (item.problem || remaining.some((kept) => kept.key === item.key)) {
      remaining.push(item);
      continue;
    }
    const result = await sendOne(api, item, unreachable);
    if (result.kind === 'unreachable') {
      remaining.push(...items.slice(index));
      break;
    }
    if (result.kind === 'sent') sent.push({ item, post: result.post });
    else if (result.kind === 'conflict')
      remaining.push({ ...item, problem: { kind: 'conflict', theirs: result.theirs } });
    else remaining.push({ ...item, problem: { kind: 'refused', message: result.message } });
  }
  return { remaining, sent };
}
