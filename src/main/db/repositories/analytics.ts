import type { CheckpointRequester } from '../background-checkpoint';
import { batchInsert } from '../batch-insert';
import type { Db } from '../connection';

export type Figures = Record<
  'views' | 'reach' | 'likes' | 'comments' | 'shares' | 'saves',
  number | null
>;

export interface CandidateRow {
  post_id: string;
  channel_id: string;
  title: string;
  caption: string;
  status: string;
  scheduled_at: string | null;
  /** The publication's time, else the schedule. */
  at: string;
  permalink: string | null;
  platform_post_id: string | null;
}

/** A snapshot target: a post's channel, or a publication outside the plan. */
export type Target = { postId: string } | { unplannedId: string };

export interface LatestFigures extends Figures {
  target: string;
  as_of: string;
}

/** An uncertain row waiting for review, with the import it came from. */
export interface PendingRow {
  id: string;
  import_id: string;
  channel_id: string;
  row_number: number;
  item: string;
  candidates: string;
  created_at: string;
  as_of: string;
  file_name: string;
  platform: string;
  imported_at: string;
}

export interface PostFiguresRow extends Figures {
  channel_id: string;
  source: 'import' | 'manual';
  as_of: string;
}

export interface AnalyticsRepositoryOptions {
  /**
   * Takes the WAL checkpoint of a `bulkTransaction` off its COMMIT (db/background-checkpoint.ts).
   * Without it SQLite's auto-checkpoint stays as it is.
   */
  checkpoint?: CheckpointRequester;
}

/** Imports of platform exports and the figures they bring (migration 12). */
export function analyticsRepository(db: Db, options: AnalyticsRepositoryOptions = {}) {
  const candidates = db.prepare<[string, string, string], CandidateRow>(`
    SELECT p.id AS post_id, pc.channel_id, p.title,
           coalesce(pc.caption_override, p.caption) AS caption, p.status, p.scheduled_at,
           coalesce(cp.published_at, p.scheduled_at) AS at, cp.permalink, cp.platform_post_id
      FROM post_channels pc
      JOIN posts p ON p.id = pc.post_id
      LEFT JOIN channel_publications cp
             ON cp.post_id = pc.post_id AND cp.channel_id = pc.channel_id
     WHERE pc.channel_id = ? AND p.deleted_at IS NULL AND p.status <> 'cancelled'
       AND coalesce(cp.published_at, p.scheduled_at) BETWEEN ? AND ?`);
  const unplanned = db.prepare<
    [string],
    { id: string; permalink: string; platform_post_id: string | null }
  >('SELECT id, permalink, platform_post_id FROM unplanned_publications WHERE channel_id = ?');
  // SQLite takes the bare columns of the row holding max(as_of): the latest snapshot per target.
  const latest = db.prepare<[string], LatestFigures>(`
    SELECT coalesce(post_id, unplanned_id) AS target, max(as_of) AS as_of,
           views, reach, likes, comments, shares, saves
      FROM figure_snapshots WHERE channel_id = ? GROUP BY target`);
  const importBySha = db.prepare<[string], { id: string; imported_at: string }>(
    'SELECT id, imported_at FROM analytics_imports WHERE sha256 = ?',
  );
  const insertImport = db.prepare(`
    INSERT INTO analytics_imports (id, platform, file_name, sha256, as_of, rows, actor_id, imported_at)
    VALUES (@id, @platform, @fileName, @sha256, @asOf, @rows, @actorId, @importedAt)`);
  const snapshotInsert = `INSERT INTO figure_snapshots (post_id, channel_id, unplanned_id, as_of,
      source, import_id, views, reach, likes, comments, shares, saves, recorded_at)`;
  // Writes bind by position: an import writes up to 200,000 rows, and binding a named object
  // (13 names looked up per row) cost about a fifth of each insert.
  const snapshotColumns = `${snapshotInsert}
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
  type Count = number | null;
  type SnapshotArgs = [
    ...[postId: string | null, channelId: string, unplannedId: string | null, asOf: string],
    ...[source: string, importId: string | null],
    ...[views: Count, reach: Count, likes: Count, comments: Count, shares: Count, saves: Count],
    recordedAt: string,
  ];
  const onConflict = `
    ON CONFLICT (coalesce(post_id, unplanned_id), channel_id, as_of, source) DO UPDATE SET
      import_id = excluded.import_id, views = excluded.views, reach = excluded.reach,
      likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
      saves = excluded.saves, recorded_at = excluded.recorded_at`;
  const upsertSnapshot = db.prepare<SnapshotArgs>(`${snapshotColumns}${onConflict}`);
  // The first snapshot of a publication outside the plan added in the same transaction cannot
  // meet an earlier one: a plain insert skips the upsert's look-up of the key first, and in
  // `bulkTransaction` goes into a multi-row INSERT after the publications it points at.
  const insertSnapshot = db.prepare<SnapshotArgs>(snapshotColumns);
  // The latest snapshot of one post channel into figure_latest (migration 21), picked by the
  // statement the report used before that table: bare columns of the max(as_of) row.
  const latestOfPostChannel = `
    SELECT post_id, channel_id, max(as_of), views, reach, likes, comments, shares, saves
      FROM figure_snapshots INDEXED BY figure_snapshots_latest`;
  const refreshLatest = db.prepare<[string, string]>(`
    INSERT OR REPLACE INTO figure_latest ${latestOfPostChannel}
     WHERE post_id = ? AND channel_id = ? GROUP BY post_id, channel_id`);
  // The same for many posts of one channel at once (a JSON array of post ids): an import's
  // matched rows pick theirs in one statement before the commit (9,000 rows: ~160 → ~75 ms).
  const refreshLatestOf = db.prepare<[string, string]>(`
    INSERT OR REPLACE INTO figure_latest ${latestOfPostChannel}
     WHERE post_id IN (SELECT value FROM json_each(?)) AND channel_id = ?
     GROUP BY post_id, channel_id`);
  /** Post channels whose figure_latest row waits for the end of bulkTransaction. */
  const staleLatest = new Map<string, Set<string>>();
  type UnplannedArgs = [
    ...[id: string, channelId: string, platformPostId: string | null, permalink: string],
    ...[publishedAt: string | null, caption: string, createdAt: string],
  ];
  const unplannedInsert = `INSERT INTO unplanned_publications (id, channel_id, platform_post_id,
      permalink, published_at, caption, created_at)`;
  const insertUnplanned = db.prepare<UnplannedArgs>(
    `${unplannedInsert} VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // In bulkTransaction, new publications outside the plan and their first snapshots go 64 rows
  // to a statement; a batch of snapshots writes the publications it points at first.
  const unplannedBatch = batchInsert<UnplannedArgs>(db, unplannedInsert, { width: 7 });
  const snapshotBatch = batchInsert<SnapshotArgs>(db, snapshotInsert, {
    width: 13,
    beforeWrite: unplannedBatch.flush,
  });
  // …and the snapshots of post channels, upserted 64 to a statement.
  const upsertBatch = batchInsert<SnapshotArgs>(db, snapshotInsert, {
    width: 13,
    suffix: onConflict,
  });
  let batching = false;
  const flush = () => {
    unplannedBatch.flush();
    snapshotBatch.flush();
    upsertBatch.flush();
    for (const [channelId, posts] of staleLatest) {
      refreshLatestOf.run(JSON.stringify([...posts]), channelId);
    }
    staleLatest.clear();
  };
  const insertPending = db.prepare(`
    INSERT INTO analytics_pending (id, import_id, channel_id, row_number, item, candidates, created_at)
    VALUES (@id, @importId, @channelId, @line, @item, @candidates, @createdAt)`);
  const pendingColumns = `
    SELECT ap.*, ai.as_of, ai.file_name, ai.platform, ai.imported_at FROM analytics_pending ap
      JOIN analytics_imports ai ON ai.id = ap.import_id`;
  const selectPending = db.prepare<[], PendingRow>(
    `${pendingColumns} ORDER BY ai.imported_at, ap.row_number`,
  );
  const selectPendingById = db.prepare<[string], PendingRow>(`${pendingColumns} WHERE ap.id = ?`);
  // The latest snapshot per channel and source of one post (bare columns of the max(as_of) row).
  const postFigures = db.prepare<[string], PostFiguresRow>(`
    SELECT channel_id, source, max(as_of) AS as_of, views, reach, likes, comments, shares, saves
      FROM figure_snapshots WHERE post_id = ?
     GROUP BY channel_id, source ORDER BY channel_id, source`);
  const deletePending = db.prepare<[string]>('DELETE FROM analytics_pending WHERE id = ?');
  const totalChanges = db.prepare('SELECT total_changes()').pluck();

  return {
    candidates: (channelId: string, from: string, to: string) =>
      candidates.all(channelId, from, to),
    unplanned(channelId: string) {
      flush();
      return unplanned.all(channelId);
    },
    latest(channelId: string): Map<string, LatestFigures> {
      flush();
      return new Map(latest.all(channelId).map((row) => [row.target, row]));
    },
    importBySha: (sha256: string) => importBySha.get(sha256),
    insertImport(row: {
      id: string;
      platform: string;
      fileName: string;
      sha256: string;
      asOf: string;
      rows: number;
      actorId: string | null;
      importedAt: string;
    }): void {
      insertImport.run(row);
    },
    /**
     * The figures of an item as of a day; `first` when the item was added in this transaction,
     * so no earlier snapshot of it can exist (a plain insert, no upsert). A post channel's
     * figure_latest row is picked again in the same transaction.
     */
    saveSnapshot(
      target: Target,
      row: {
        channelId: string;
        asOf: string;
        source: 'import' | 'manual';
        importId: string | null;
        recordedAt: string;
      } & Figures,
      first = false,
    ): void {
      const postId = 'postId' in target ? target.postId : null;
      const args: SnapshotArgs = [
        postId,
        row.channelId,
        'unplannedId' in target ? target.unplannedId : null,
        row.asOf,
        row.source,
        row.importId,
        row.views,
        row.reach,
        row.likes,
        row.comments,
        row.shares,
        row.saves,
        row.recordedAt,
      ];
      if (batching && postId !== null) {
        // In bulkTransaction: upserted in a batch, figure_latest picked before the commit.
        upsertBatch.add(args);
        const stale = staleLatest.get(row.channelId);
        if (stale) stale.add(postId);
        else staleLatest.set(row.channelId, new Set([postId]));
        return;
      }
      if (batching && first) return snapshotBatch.add(args);
      (first ? insertSnapshot : upsertSnapshot).run(...args);
      if (postId !== null) refreshLatest.run(postId, row.channelId);
    },
    /** figure_latest again from every snapshot (for data written around saveSnapshot). */
    rebuildLatest(): void {
      db.exec(`DELETE FROM figure_latest;
        INSERT INTO figure_latest ${latestOfPostChannel}
         WHERE post_id IS NOT NULL GROUP BY post_id, channel_id;`);
    },
    insertUnplanned(row: {
      id: string;
      channelId: string;
      platformPostId: string | null;
      permalink: string;
      publishedAt: string | null;
      caption: string;
      createdAt: string;
    }): void {
      const args: UnplannedArgs = [
        row.id,
        row.channelId,
        row.platformPostId,
        row.permalink,
        row.publishedAt,
        row.caption,
        row.createdAt,
      ];
      if (batching) unplannedBatch.add(args);
      else insertUnplanned.run(...args);
    },
    /**
     * `write` in one IMMEDIATE transaction, for an import's thousands of rows: new publications
     * outside the plan and their first snapshots are written in batches, and the figure_latest
     * rows of post channels picked in one statement (all of it before the commit; a read of
     * this repository writes what waits first), and the statement journal a multi-row INSERT keeps (to undo just that statement
     * if it fails) stays in memory (temp_store, set back afterwards; it can change only outside
     * a transaction). Durability is that of any transaction: one commit, or nothing.
     * With a checkpointer, the auto-checkpoint is off for the transaction (set back afterwards,
     * also when it throws): a 100,000-row import writes about 29,600 WAL pages, which SQLite
     * would copy into the file and fsync inside the COMMIT (about 0.5 s); the checkpointer's
     * worker does it after the commit, on its own connection.
     */
    bulkTransaction<T>(write: () => T): T {
      const own = !db.inTransaction;
      const store = own ? (db.pragma('temp_store', { simple: true }) as number) : 0;
      const checkpoint = own ? options.checkpoint : undefined;
      const autoCheckpoint = checkpoint
        ? (db.pragma('wal_autocheckpoint', { simple: true }) as number)
        : 0;
      const changesBefore = checkpoint ? (totalChanges.get() as number) : 0;
      if (own) db.pragma('temp_store = MEMORY');
      if (checkpoint) db.pragma('wal_autocheckpoint = 0');
      let committed = false;
      try {
        const value = db
          .transaction(() => {
            batching = true;
            try {
              const result = write();
              flush();
              return result;
            } finally {
              batching = false;
              unplannedBatch.clear();
              snapshotBatch.clear();
              upsertBatch.clear();
              staleLatest.clear();
            }
          })
          .immediate();
        committed = true;
        return value;
      } finally {
        if (own) db.pragma(`temp_store = ${store}`);
        if (checkpoint) {
          db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
          // A dry run or an import that changed nothing leaves nothing to copy.
          if (committed && totalChanges.get() !== changesBefore) void checkpoint.request();
        }
      }
    },
    insertPending(row: {
      id: string;
      importId: string;
      channelId: string;
      line: number;
      item: string;
      candidates: string;
      createdAt: string;
    }): void {
      insertPending.run(row);
    },
    pending: () => selectPending.all(),
    pendingById: (id: string) => selectPendingById.get(id),
    postFigures(postId: string) {
      flush();
      return postFigures.all(postId);
    },
    deletePending: (id: string) => deletePending.run(id).changes > 0,
  };
}
export type AnalyticsRepository = ReturnType<typeof analyticsRepository>;
