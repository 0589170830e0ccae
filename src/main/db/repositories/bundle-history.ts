import type { ConflictDecision } from '../../../shared/domain/bundle';
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

  // Prepared on first use: the exchange history above is usable on a database at migration 6.
  const decisionStatements = once(() => ({
    select: db.prepare<
      [string],
      {
        post_id: string;
        first_hash: string;
        second_hash: string;
        kept_hash: string;
        decided_at: string;
        install_id: string;
      }
    >(
      `SELECT post_id, first_hash, second_hash, kept_hash, decided_at, install_id
         FROM exchange_decisions WHERE post_id IN (SELECT value FROM json_each(?))
        ORDER BY decided_at, first_hash, second_hash`,
    ),
    // The later decision wins a pair (then the larger install id): every office that knows
    // both decisions keeps the same one, whichever it heard of first.
    upsert: db.prepare(
      `INSERT INTO exchange_decisions
         (post_id, first_hash, second_hash, kept_hash, decided_at, install_id)
       VALUES (@postId, @first, @second, @kept, @decidedAt, @installId)
       ON CONFLICT (post_id, first_hash, second_hash) DO UPDATE SET
         kept_hash = excluded.kept_hash, decided_at = excluded.decided_at,
         install_id = excluded.install_id
       WHERE excluded.decided_at > exchange_decisions.decided_at
          OR (excluded.decided_at = exchange_decisions.decided_at
              AND excluded.install_id > exchange_decisions.install_id)`,
    ),
    postExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM posts WHERE id = ?'),
  }));

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
    /** Settled conflicts of these posts by post id, oldest first (at most `seenLimit` each). */
    decisionsOf(postIds: readonly string[]): Map<string, ConflictDecision[]> {
      const found = new Map<string, ConflictDecision[]>();
      for (const row of decisionStatements().select.all(JSON.stringify(postIds))) {
        const list = found.get(row.post_id) ?? [];
        list.push({
          versions: [row.first_hash, row.second_hash],
          kept: row.kept_hash,
          decidedAt: row.decided_at,
          installId: row.install_id,
        });
        found.set(row.post_id, list);
      }
      for (const [id, list] of found) found.set(id, list.slice(-seenLimit));
      return found;
    },
    /**
     * Records a settled conflict (ours, or one a bundle taught us); an existing decision on the
     * same pair stays unless this one wins (see the upsert above). Call inside the transaction
     * that wrote the post; a post not here (yet) is skipped.
     */
    decide(postId: string, decision: ConflictDecision): void {
      const statements = decisionStatements();
      if (!statements.postExists.get(postId)) return;
      const [first, second] = decision.versions;
      statements.upsert.run({
        postId,
        first,
        second,
        kept: decision.kept,
        decidedAt: decision.decidedAt,
        installId: decision.installId,
      });
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

/** The decision for a pair of versions, made by `installId` at `decidedAt`: versions sorted. */
export function conflictDecision(
  keep: string,
  other: string,
  decidedAt: string,
  installId: string,
): ConflictDecision {
  const versions: [string, string] = keep < other ? [keep, other] : [other, keep];
  return { versions, kept: keep, decidedAt, installId };
}

/** Of the decisions known for the pair {a, b}, the one that wins (see the upsert above). */
export function winningDecision(
  decisions: readonly ConflictDecision[],
  a: string,
  b: string,
): ConflictDecision | undefined {
  const [first, second] = a < b ? [a, b] : [b, a];
  let best: ConflictDecision | undefined;
  for (const d of decisions) {
    if (d.versions[0] !== first || d.versions[1] !== second) continue;
    if (
      !best ||
      d.decidedAt > best.decidedAt ||
      (d.decidedAt === best.decidedAt && d.installId > best.installId)
    ) {
      best = d;
    }
  }
  return best;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
