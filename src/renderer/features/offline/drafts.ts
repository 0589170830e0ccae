import type { PostDraft } from '../editor/draft';

/**
 * Typed text kept on this device (issue 14: "never lose typed text"). Every change in the
 * editor is written to localStorage, keyed by the host's origin, the person and the post, with
 * the version it was typed on; a save clears it. Reopening the post, or the app after a crash,
 * offers it back. Plain functions over a `Storage`, so Node tests use a real in-memory one.
 */
export interface KeptDraft {
  /** The post's id, or `new:<date>` for a post not stored yet. */
  postKey: string;
  /** The version the text was typed on; null for a new post. */
  baseVersion: number | null;
  /** The post as it was loaded: what the typed draft differs from. */
  original: PostDraft;
  draft: PostDraft;
  /** When it was last typed, ms since epoch. */
  typedAt: number;
}

/** The part of `Storage` used here (localStorage in the app). */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Owner {
  origin: string;
  personId: string;
}

export const draftStorageKey = (owner: Owner, postKey: string): string =>
  `linimasa.draft.v1|${owner.origin}|${owner.personId}|${postKey}`;

export function keepDraft(storage: KeptStorage, owner: Owner, kept: KeptDraft): void {
  try {
    storage.setItem(draftStorageKey(owner, kept.postKey), JSON.stringify(kept));
  } catch {
    // A full or refused localStorage: the editor still holds the text; nothing else to do.
  }
}

export function readKeptDraft(
  storage: KeptStorage,
  owner: Owner,
  postKey: string,
): KeptDraft | null {
  const raw = storage.getItem(draftStorageKey(owner, postKey));
  if (!raw) return null;
  try {
    const kept = JSON.parse(raw) as KeptDraft;
    return kept && typeof kept === 'object' && kept.draft && kept.original ? kept : null;
  } catch {
    return null;
  }
}

export function forgetDraft(storage: KeptStorage, owner: Owner, postKey: string): void {
  storage.removeItem(draftStorageKey(owner, postKey));
}

/** Calls `run` once the calls stop for `ms`; `flush` runs a pending one now. */
export function debounce<T>(run: (value: T) => void, ms: number) {
  let handle: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const flush = () => {
    if (handle !== null) clearTimeout(handle);
    handle = null;
    if (pending) {
      const { value } = pending;
      pending = null;
      run(value);
    }
  };
  return {
    call(value: T) {
      pending = { value };
      if (handle !== null) clearTimeout(handle);
      handle = setTimeout(flush, ms);
    },
    flush,
    cancel() {
      if (handle !== null) clearTimeout(handle);
      handle = null;
      pending = null;
    },
  };
}
