import type { Database } from 'better-sqlite3';

/**
 * Formats per platform. Until now every channel offered the same seven formats, so an Instagram
 * post could be an "Artikel" and an X post a "Feed (foto)". Each platform now offers its own
 * (resources/platform-limits.json): two formats are new (`post` for Facebook, X, LinkedIn and
 * Threads; `photo` for TikTok), which the column's CHECK must allow, and SQLite can change a
 * CHECK only by rebuilding the table.
 *
 * Every stored format is mapped to the nearest one its channel's platform offers, by a table
 * written out here rather than read from the limits file: a migration must do tomorrow what it
 * does today, whatever the file then says. An Instagram feed post with several attachments was
 * a carousel in all but name, and becomes one. Nothing is dropped: captions, order and channels
 * stay; the calendar's copy of the formats (posts.channel_summary) is rewritten to match.
 */
const formatMap: Record<string, Record<string, string>> = {
  instagram: {
    feed: 'feed',
    carousel: 'carousel',
    reel: 'reel',
    story: 'story',
    short: 'reel',
    video: 'reel',
    article: 'feed',
  },
  facebook: {
    feed: 'post',
    carousel: 'post',
    reel: 'reel',
    story: 'story',
    short: 'reel',
    video: 'post',
    article: 'post',
  },
  tiktok: {
    feed: 'photo',
    carousel: 'photo',
    reel: 'video',
    story: 'video',
    short: 'video',
    video: 'video',
    article: 'video',
  },
  youtube: {
    feed: 'video',
    carousel: 'video',
    reel: 'short',
    story: 'short',
    short: 'short',
    video: 'video',
    article: 'video',
  },
};
/** Platforms with one format: everything becomes it. */
const onlyFormat: Record<string, string> = {
  x: 'post',
  linkedin: 'post',
  threads: 'post',
  website: 'article',
};

export function up(db: Database): void {
  const rows = [
    ...Object.entries(formatMap).flatMap(([platform, map]) =>
      Object.entries(map).map(([from, to]) => [platform, from, to]),
    ),
    ...Object.entries(onlyFormat).flatMap(([platform, to]) =>
      ['feed', 'carousel', 'reel', 'story', 'short', 'video', 'article'].map((from) => [
        platform,
        from,
        to,
      ]),
    ),
  ];
  db.exec(`
    CREATE TEMP TABLE format_map (platform TEXT, old TEXT, new TEXT, PRIMARY KEY (platform, old));
    ALTER TABLE post_channels RENAME TO post_channels_before_formats;
    DROP INDEX post_channels_channel;
    CREATE TABLE post_channels (
      post_id          TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      channel_id       TEXT    NOT NULL REFERENCES channels (id),
      format           TEXT    NOT NULL CHECK (format IN ('feed', 'carousel', 'reel', 'story',
                         'post', 'photo', 'video', 'short', 'article')),
      caption_override TEXT,
      position         INTEGER NOT NULL,
      PRIMARY KEY (post_id, channel_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX post_channels_channel ON post_channels (channel_id, post_id);
  `);
  const insert = db.prepare('INSERT INTO temp.format_map (platform, old, new) VALUES (?, ?, ?)');
  for (const row of rows) insert.run(...row);
  db.exec(`
    INSERT INTO post_channels (post_id, channel_id, format, caption_override, position)
    SELECT b.post_id, b.channel_id,
      CASE
        WHEN c.platform = 'instagram' AND b.format = 'feed'
          AND (SELECT count(*) FROM post_assets a WHERE a.post_id = b.post_id) > 1 THEN 'carousel'
        ELSE coalesce(m.new, b.format)
      END,
      b.caption_override, b.position
    FROM post_channels_before_formats b
    JOIN channels c ON c.id = b.channel_id
    LEFT JOIN temp.format_map m ON m.platform = c.platform AND m.old = b.format;
    DROP TABLE post_channels_before_formats;
    DROP TABLE temp.format_map;
    UPDATE posts SET channel_summary = (
      SELECT json_group_array(json_array(channel_id, format)) FROM (
        SELECT channel_id, format FROM post_channels WHERE post_id = posts.id ORDER BY position))
    WHERE id IN (SELECT post_id FROM post_channels);
  `);
}
