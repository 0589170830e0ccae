import type { Db } from '../connection';

/** Enough history to recognise any version that crossed in the last months of weekly swaps. */
export const seenLimit = 64;

/**
 * The bundle history of one data directory (migration 6, tables `exchange_identity` and
 * `exchange_posts`): its install id, and per post the content hashes it had at each bundle
 * export or import, oldest first. The last one is the "base" of the design notes: the version
 * both sides last had in common, as far as this side knows.
 */
export function bundleHistoryRepository(db: Db) {
  const selectInstall = db.prepare<[], { install_id: string }>(
    'SELECT install_id FROM exchange_identity WHERE id = 1',
  );
  const selectSeen = db.prepare<[string], { post_id: string; seen: string }>(
    'SELECT post_id, seen FROM exchange_posts WHERE post_id IN (SELECT value FROM json_each(?))',
  );
  const selectOne = db.prepare<[string], { seen: string }>(
    'SELECT seen FROM exchange_posts WHERE post_id = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO exchange_posts (post_id, seen, exchanged_at) VALUES (?, ?, ?)
     ON CONFLICT (post_id) DO UPDATE SET seen = excluded.seen, exchanged_at = excluded.exchanged_at`,
  );

  function seenOf(postIds: readonly string[]): Map<string, string[]> {
    const found = new Map<string, string[]>();
    // json_each keeps one statement for any number of ids (no 999-parameter limit).
    for (const row of selectSeen.all(JSON.stringify(postIds))) {
      found.set(row.post_id, JSON.parse(row.seen) as string[]);
    }
    return found;
  }

  return {
    installId(): string {
      const row = selectInstall.get();
      if (!row) throw new Error('exchange_identity row missing: migration 6 inserts it');
      return row.install_id;
    },
    seenOf,
    /**
     * Adds what this side now knows about a post: `learned` (hashes the other side had seen, or
     * their version we chose not to take) and `base`, the version both sides now share, which
     * becomes the last entry. Call inside the transaction that wrote the post.
     */
    remember(postId: string, base: string, learned: readonly string[], at: string): void {
      // A primary-key lookup per post: imports and exports call this for every post they write.
      const row = selectOne.get(postId);
      const before = row ? (JSON.parse(row.seen) as string[]) : [];
      upsert.run(postId, JSON.stringify(mergeSeen(before, learned, base)), at);
    },
  };
}
export type BundleHistoryRepository = ReturnType<typeof bundleHistoryRepository>;

/** Old history, then what was learned, then the base; each hash once, at its latest place. */
export function mergeSeen(
  before: readonly string[],
  learned: readonly string[],
  base: string,
): string[] {
  const order = [...before, ...learned, base];
  const last = new Map<string, number>();
  order.forEach((hash, index) => last.set(hash, index));
  return order.filter((hash, index) => last.get(hash) === index).slice(-seenLimit);
}
