import type {
  Activity,
  ActivityAction,
  Post,
  PostChannel,
  PostFilter,
  PostSummary,
} from '../../../shared/domain/posts';
import type { Statement } from 'better-sqlite3';
import { thumbMediaPath } from '../../../shared/domain/media-paths';
import type { Db } from '../connection';
import { toColumns, toPostRecord, type PostRecord, type PostRow } from './post-rows';

export type { PostRecord, PostRow } from './post-rows';

/** A summary row as better-sqlite3's raw mode returns it: columns in summaryColumns order. */
type SummaryRow = [
  id: string,
  title: string,
  status: Post['status'],
  scheduledAt: string | null,
  timeZone: string | null,
  campaignId: string | null,
  assigneeId: string | null,
  seriesId: string | null,
  version: number,
  channels: string,
  assetCount: number,
  /** The first attachment's SHA-256 when it has thumbnails; null otherwise. */
  firstThumbSha: string | null,
  /** For a "Perlu revisi" post, the reason of its last "Minta revisi"; null otherwise. */
  changeRequest: string | null,
  /** 1 for a post waiting for approval that the checker has checked (two-step offices). */
  checked: number | null,
  /** For an approved post: 1 when some of its channels are marked published ("Sebagian terbit"). */
  partlyPublished: number | null,
];

/** `changeRequest` is present only when there is one, as the reply's schema has it. */
const toSummary = (row: SummaryRow): PostSummary => {
  const summary: PostSummary = {
    id: row[0],
    title: row[1],
    status: row[2],
    scheduledAt: row[3],
    timeZone: row[4],
    campaignId: row[5],
    assigneeId: row[6],
    seriesId: row[7],
    version: row[8],
    channels: decodeChannelSummary(row[9]),
    assetCount: row[10],
    firstThumb: row[11] === null ? null : thumbMediaPath(row[11], 320),
  };
  if (row[12] !== null) summary.changeRequest = row[12];
  if (row[13] === 1) summary.checked = true;
  if (row[14] === 1) summary.partlyPublished = true;
  return summary;
};

/**
 * The chip's thumbnail is the first attachment's, looked up only for posts that have one: the
 * CASE keeps the month query reading `posts` alone for the many posts without media. For the
 * others, `min(position)` with the bare `asset_id` (SQLite takes bare columns from the row that
 * holds the minimum) finds the first attachment in one pass over the post's few rows, with no
 * sort, and only that one is looked up in `assets`. Measured on 100,000 posts with a third
 * carrying 1–3 images: about 3 µs per such post, against 5 µs for ORDER BY … LIMIT 1.
 *
 * A "Perlu revisi" post's last "Minta revisi" reason comes the same way, in the same statement
 * (post_activity_post is (post_id, id): the newest entries of the post first, an index seek):
 * a second statement over the month's "Perlu revisi" posts and a copy of each of their
 * summaries cost more than the month query's own mapping. An approved post with some channels
 * marked published ("Sebagian terbit") is found the same way, by the primary key of
 * channel_publications (post_id first).
 */
const summaryColumns = `
  p.id, p.title, p.status, p.scheduled_at, p.time_zone, p.campaign_id, p.assignee_id, p.series_id, p.version,
  p.channel_summary AS channels, p.asset_count,
  CASE WHEN p.asset_count > 0 THEN (
    SELECT CASE WHEN a.has_thumbs = 1 THEN a.sha256 END
    FROM (SELECT asset_id, min(position) FROM post_assets WHERE post_id = p.id) first_asset
    JOIN assets a ON a.id = first_asset.asset_id
  ) END AS first_thumb_sha,
  CASE WHEN p.status = 'changes_requested' THEN (
    SELECT a.comment FROM post_activity a
    WHERE a.post_id = p.id AND a.action = 'request_changes' ORDER BY a.id DESC LIMIT 1
  ) END AS change_request,
  CASE WHEN p.status = 'in_review' THEN p.checked_by IS NOT NULL END AS checked,
  CASE WHEN p.status = 'approved' THEN EXISTS (
    SELECT 1 FROM channel_publications cp WHERE cp.post_id = p.id
  ) END AS partly_published`;

/**
 * One SQL fragment per filter, each binding its values as a JSON array. Only the filters in
 * use go into a statement, so the unfiltered month query is the bare indexed range scan.
 */
const filterFragments = {
  statuses: 'p.status IN (SELECT value FROM json_each(@statuses))',
  campaignIds: 'p.campaign_id IN (SELECT value FROM json_each(@campaignIds))',
  assigneeIds: 'p.assignee_id IN (SELECT value FROM json_each(@assigneeIds))',
  channelIds: `EXISTS (SELECT 1 FROM post_channels f
    WHERE f.post_id = p.id AND f.channel_id IN (SELECT value FROM json_each(@channelIds)))`,
  tags: `EXISTS (SELECT 1 FROM post_tags t
    WHERE t.post_id = p.id AND t.tag IN (SELECT value FROM json_each(@tags)))`,
} satisfies Record<keyof PostFilter, string>;

/** The calendar's copy of a post's channels, in the order the post lists them. */
export function channelSummary(
  channels: readonly Pick<PostChannel, 'channelId' | 'format'>[],
): string {
  return JSON.stringify(channels.map((c) => [c.channelId, c.format]));
}

/**
 * channel_summary back into the chip's channels. JSON.parse and a map cost 0.5 µs a post, a
 * third of a month query; channelSummary writes ids and formats that need no escaping, so
 * their quotes delimit them and four indexOf calls per channel find them (0.15 µs). A string
 * holding an escape (a backslash) goes through JSON.parse.
 */
export function decodeChannelSummary(summary: string): Pick<PostChannel, 'channelId' | 'format'>[] {
  if (summary.includes('\\')) return parseChannelSummary(summary);
  const channels: Pick<PostChannel, 'channelId' | 'format'>[] = [];
  let at = 0;
  for (;;) {
    const idStart = summary.indexOf('"', at);
    if (idStart < 0) return channels;
    const idEnd = summary.indexOf('"', idStart + 1);
    const formatStart = summary.indexOf('"', idEnd + 1);
    const formatEnd = summary.indexOf('"', formatStart + 1);
    if (idEnd < 0 || formatStart < 0 || formatEnd < 0) return parseChannelSummary(summary);
    channels.push({
      channelId: summary.slice(idStart + 1, idEnd),
      format: summary.slice(formatStart + 1, formatEnd) as PostChannel['format'],
    });
    at = formatEnd + 1;
  }
}

/**
 * decodeChannelSummary's way for a summary it cannot split by its quotes. A function of its own:
 * a closure made in every call costs as much as the decoding it rarely does.
 */
function parseChannelSummary(summary: string): Pick<PostChannel, 'channelId' | 'format'>[] {
  return (JSON.parse(summary) as [string, PostChannel['format']][]).map(([channelId, format]) => ({
    channelId,
    format,
  }));
}

/** Scheduled posts by their instant (ISO strings sort as time), ideas after them; stable. */
function byDate(posts: PostSummary[]): PostSummary[] {
  return posts
    .map((post, index) => ({ post, index }))
    .sort(
      (a, b) =>
        (a.post.scheduledAt ?? '\uffff').localeCompare(b.post.scheduledAt ?? '\uffff') ||
        a.index - b.index,
    )
    .map(({ post }) => post);
}

/** The filters actually set, with their SQL fragments and bound values. */
function activeFilters(filter: PostFilter) {
  const active = (Object.keys(filterFragments) as (keyof PostFilter)[]).filter(
    (key) => (filter[key]?.length ?? 0) > 0,
  );
  return {
    key: active.join(','),
    sql: active.map((key) => `AND ${filterFragments[key]}`).join('\n'),
    params: Object.fromEntries(active.map((key) => [key, JSON.stringify(filter[key])])),
  };
}

export function postsRepository(db: Db) {
  const selectRow = db.prepare<[string], PostRow>('SELECT * FROM posts WHERE id = ?');
  const selectChannels = db.prepare<
    [string],
    { channel_id: string; format: PostChannel['format']; caption_override: string | null }
  >(
    'SELECT channel_id, format, caption_override FROM post_channels WHERE post_id = ? ORDER BY position',
  );
  const selectTags = db.prepare<[string], { tag: string }>(
    'SELECT tag FROM post_tags WHERE post_id = ? ORDER BY tag',
  );
  const selectAssets = db.prepare<[string], { asset_id: string }>(
    'SELECT asset_id FROM post_assets WHERE post_id = ? ORDER BY position',
  );
  // Prepared once per combination of filters in use (at most 2^5), then reused.
  const statements = new Map<string, Statement<Record<string, unknown>, SummaryRow>>();
  function summaryQuery(kind: 'range' | 'ideas' | 'search', filter: PostFilter) {
    const filters = activeFilters(filter);
    const cacheKey = `${kind}|${filters.key}`;
    let statement = statements.get(cacheKey);
    if (!statement) {
      const sql = {
        // posts_month covers every column read here (migration 0008).
        range: `SELECT ${summaryColumns} FROM posts p INDEXED BY posts_month
          WHERE p.scheduled_at >= @from AND p.scheduled_at < @to AND p.deleted_at IS NULL ${filters.sql}
          ORDER BY p.scheduled_at, p.num`,
        ideas: `SELECT ${summaryColumns} FROM posts p
          WHERE p.scheduled_at IS NULL AND p.deleted_at IS NULL ${filters.sql}
          ORDER BY p.created_at DESC, p.num DESC`,
        // FTS5 walks matches newest first and stops at the limit; ranking every match with
        // bm25 took 17 ms for a common word over 100,000 posts. Title matches come first
        // (see search()), which is the relevance people notice.
        search: `SELECT ${summaryColumns} FROM posts_fts JOIN posts p ON p.num = posts_fts.rowid
          WHERE posts_fts MATCH @match AND p.deleted_at IS NULL ${filters.sql}
          ORDER BY posts_fts.rowid DESC LIMIT @limit`,
      }[kind];
      statement = db.prepare<Record<string, unknown>, SummaryRow>(sql).raw(true);
      statements.set(cacheKey, statement);
    }
    return { statement, params: filters.params };
  }
  const tags = db.prepare<[], { tag: string; count: number }>(`
    SELECT t.tag, count(*) AS count FROM post_tags t JOIN posts p ON p.id = t.post_id
    WHERE p.deleted_at IS NULL GROUP BY t.tag ORDER BY count DESC, t.tag`);
  const trash = db.prepare<[], { id: string }>(
    'SELECT id FROM posts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT 500',
  );
  const deleteChannels = db.prepare('DELETE FROM post_channels WHERE post_id = ?');
  const insertChannel = db.prepare(
    'INSERT INTO post_channels (post_id, channel_id, format, caption_override, position) VALUES (?, ?, ?, ?, ?)',
  );
  const updateChannelSummary = db.prepare('UPDATE posts SET channel_summary = ? WHERE id = ?');
  const updateAssetCount = db.prepare(
    'UPDATE posts SET asset_count = (SELECT count(*) FROM post_assets WHERE post_id = ?) WHERE id = ?',
  );
  const deleteTags = db.prepare('DELETE FROM post_tags WHERE post_id = ?');
  const insertTag = db.prepare('INSERT OR IGNORE INTO post_tags (post_id, tag) VALUES (?, ?)');
  const deleteAssets = db.prepare('DELETE FROM post_assets WHERE post_id = ?');
  const insertAsset = db.prepare(
    'INSERT OR IGNORE INTO post_assets (post_id, asset_id, position) VALUES (?, ?, ?)',
  );
  const deleteAsset = db.prepare('DELETE FROM post_assets WHERE post_id = ? AND asset_id = ?');
  const bumpVersion = db.prepare(
    'UPDATE posts SET version = version + 1, updated_at = ? WHERE id = ?',
  );
  const selectNum = db.prepare<[string], { num: number }>('SELECT num FROM posts WHERE id = ?');
  // Prepared on first use, like the summary queries above: the summary reads
  // channel_publications (migration 13), and migration tests build this repository over older
  // schemas to read posts back.
  let summariesStatement: Statement<[string], SummaryRow> | undefined;
  const selectSummaries = () =>
    (summariesStatement ??= db
      .prepare<[string], SummaryRow>(
        `SELECT ${summaryColumns} FROM posts p WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.scheduled_at, p.num`,
      )
      .raw(true));
  const deleteFts = db.prepare('DELETE FROM posts_fts WHERE rowid = ?');
  const insertFts = db.prepare('INSERT INTO posts_fts (rowid, title, body) VALUES (?, ?, ?)');
  const insertActivity = db.prepare(
    'INSERT INTO post_activity (post_id, actor_id, at, action, changes, comment) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectActivity = db.prepare<
    [string],
    {
      id: number;
      post_id: string;
      actor_id: string | null;
      actor_name: string | null;
      at: string;
      action: ActivityAction;
      changes: string;
      comment: string;
    }
  >(`
    SELECT a.id, a.post_id, a.actor_id, pe.name AS actor_name, a.at, a.action, a.changes, a.comment
    FROM post_activity a LEFT JOIN people pe ON pe.id = a.actor_id
    WHERE a.post_id = ? ORDER BY a.id`);
  const seriesPosts = db.prepare<[string, string], { id: string }>(`
    SELECT id FROM posts WHERE series_id = ? AND deleted_at IS NULL AND scheduled_at >= ?
      AND status NOT IN ('published', 'cancelled') ORDER BY scheduled_at`);

  function get(id: string): Post | undefined {
    const row = selectRow.get(id);
    if (!row) return undefined;
    return {
      ...toPostRecord(row),
      tags: selectTags.all(id).map((t) => t.tag),
      channels: selectChannels.all(id).map((c) => ({
        channelId: c.channel_id,
        format: c.format,
        captionOverride: c.caption_override,
      })),
      assetIds: selectAssets.all(id).map((a) => a.asset_id),
    };
  }

  /**
   * Title and everything else a person might search for, in one FTS row per post. Takes the post
   * the caller has just read back, so a write does not load it twice.
   */
  function reindex(post: Post): void {
    const num = selectNum.get(post.id)?.num;
    if (num === undefined) return;
    deleteFts.run(num);
    const body = [
      post.caption,
      ...post.channels.map((c) => c.captionOverride ?? ''),
      post.brief,
      post.firstComment,
      post.hashtags.join(' '),
      post.tags.join(' '),
    ]
      .filter(Boolean)
      .join('\n');
    insertFts.run(num, post.title, body);
  }

  // Writes name the columns they set; one statement per column set, prepared once (a bundle
  // import writes thousands of posts with the same columns).
  const writes = new Map<string, Statement>();
  const write = (sql: string): Statement => {
    let statement = writes.get(sql);
    if (!statement) writes.set(sql, (statement = db.prepare(sql)));
    return statement;
  };

  return {
    get,
    reindex,
    insert(record: PostRecord): void {
      const columns = toColumns(record);
      const names = Object.keys(columns);
      write(
        `INSERT INTO posts (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
      ).run(columns);
    },
    /** Writes the given columns only if the stored version is `expectedVersion`; false otherwise. */
    update(id: string, expectedVersion: number, record: Partial<PostRecord>): boolean {
      const columns = toColumns(record);
      const names = Object.keys(columns);
      const assignments = names.map((n) => `${n} = @${n}`).join(', ');
      const result = write(
        `UPDATE posts SET ${assignments} WHERE id = @__id AND version = @__expected`,
      ).run({ ...columns, __id: id, __expected: expectedVersion });
      return result.changes === 1;
    },
    replaceChannels(id: string, channels: PostChannel[]): void {
      deleteChannels.run(id);
      channels.forEach((c, index) =>
        insertChannel.run(id, c.channelId, c.format, c.captionOverride, index),
      );
      updateChannelSummary.run(channelSummary(channels), id);
    },
    replaceTags(id: string, list: string[]): void {
      deleteTags.run(id);
      for (const tag of list) insertTag.run(id, tag);
    },
    replaceAssets(id: string, assetIds: string[]): void {
      deleteAssets.run(id);
      assetIds.forEach((assetId, index) => insertAsset.run(id, assetId, index));
      updateAssetCount.run(id, id);
    },
    /**
     * Takes a deleted asset off a post, bumping its version (what a stale editor holds is out
     * of date) and logging it without an actor: the asset library did it, not an edit.
     */
    detachAsset(id: string, assetId: string, at: string): void {
      const before = selectAssets.all(id).map((a) => a.asset_id);
      deleteAsset.run(id, assetId);
      updateAssetCount.run(id, id);
      bumpVersion.run(at, id);
      insertActivity.run(
        id,
        null,
        at,
        'edit',
        JSON.stringify({ assetIds: [before, before.filter((a) => a !== assetId)] }),
        'Aset dihapus dari pustaka aset.',
      );
    },
    range(from: string, to: string, filter: PostFilter): PostSummary[] {
      const { statement, params } = summaryQuery('range', filter);
      return statement.all({ from, to, ...params }).map(toSummary);
    },
    ideas(filter: PostFilter): PostSummary[] {
      const { statement, params } = summaryQuery('ideas', filter);
      return statement.all(params).map(toSummary);
    },
    /**
     * `titleMatch` results first, then the rest of `match`. FTS picks the newest matches (up to
     * the limit); within each group they are listed by date, ideas last, so a weekly series
     * reads 4, 11, 18, 25 December and not backwards.
     */
    search(match: string, titleMatch: string, filter: PostFilter, limit: number): PostSummary[] {
      const { statement, params } = summaryQuery('search', filter);
      const inTitle = statement.all({ match: titleMatch, limit, ...params }).map(toSummary);
      const seen = new Set(inTitle.map((post) => post.id));
      const elsewhere = statement
        .all({ match, limit, ...params })
        .map(toSummary)
        .filter((post) => !seen.has(post.id));
      return [...byDate(inTitle), ...byDate(elsewhere)].slice(0, limit);
    },
    summariesOf(ids: string[]): PostSummary[] {
      if (ids.length === 0) return [];
      return selectSummaries().all(JSON.stringify(ids)).map(toSummary);
    },
    tags: () => tags.all(),
    trash: (): Post[] => trash.all().map((row) => get(row.id)!),
    seriesOccurrences: (seriesId: string, fromInstant: string) =>
      seriesPosts.all(seriesId, fromInstant).map((r) => r.id),
    logActivity(entry: {
      postId: string;
      actorId: string | null;
      at: string;
      action: ActivityAction;
      changes?: object;
      comment?: string;
    }) {
      insertActivity.run(
        entry.postId,
        entry.actorId,
        entry.at,
        entry.action,
        JSON.stringify(entry.changes ?? {}),
        entry.comment ?? '',
      );
    },
    activity(id: string): Activity[] {
      return selectActivity.all(id).map((row) => ({
        id: row.id,
        postId: row.post_id,
        actorId: row.actor_id,
        actorName: row.actor_name,
        at: row.at,
        action: row.action,
        changes: JSON.parse(row.changes) as Record<string, unknown>,
        comment: row.comment,
      }));
    },
  };
}
export type PostsRepository = ReturnType<typeof postsRepository>;
