import type { Database } from 'better-sqlite3';

/**
 * Kinerja (performance): what was actually published, the platforms' figures, and the year's
 * targets, so that the month can be reported to leadership.
 *
 * - `channel_publications`: one row per post and channel that went live, with the actual time
 *   and the link. A post is "Terbit" when every one of its channels has a row, "sebagian terbit"
 *   when some have. Its own table (not columns of post_channels) because an edit of the post's
 *   channels rewrites post_channels and must not erase the record of what went out.
 * - `unplanned_publications`: posts found in a platform export that match nothing in the plan
 *   ("terbit di luar rencana").
 * - `figure_snapshots`: the figures of one published item (a post channel or an unplanned
 *   publication) as of a day, from an import or typed in. A newer export adds a snapshot; the
 *   latest day wins in the report. `analytics_imports` records each imported file;
 *   `analytics_pending` holds the uncertain matches waiting for review.
 * - `channel_followers`: followers per channel at the end of a month.
 * - `report_targets`, `pillar_targets`: the year's targets (IKU) per channel and content pillar.
 * - `report_settings`: the on-time tolerance and the IKU wording.
 * - `post_activity` is rebuilt to allow `unpublish` (the undo of a channel marked published).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE channel_publications (
      post_id          TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      channel_id       TEXT NOT NULL REFERENCES channels (id),
      published_at     TEXT NOT NULL,
      permalink        TEXT NOT NULL DEFAULT '',
      platform_post_id TEXT,
      source           TEXT NOT NULL CHECK (source IN ('manual', 'import')),
      marked_by        TEXT REFERENCES people (id),
      marked_at        TEXT NOT NULL,
      PRIMARY KEY (post_id, channel_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX channel_publications_published ON channel_publications (published_at);
    -- Posts marked published before this step went out on all their channels at once.
    INSERT INTO channel_publications
        (post_id, channel_id, published_at, permalink, source, marked_by, marked_at)
      SELECT pc.post_id, pc.channel_id, coalesce(p.published_at, p.scheduled_at, p.updated_at),
             CASE WHEN pc.position = 0 THEN p.permalink ELSE '' END, 'manual', NULL, p.updated_at
        FROM post_channels pc JOIN posts p ON p.id = pc.post_id
       WHERE p.status = 'published';
    CREATE INDEX channel_publications_permalink ON channel_publications (permalink)
      WHERE permalink <> '';
    CREATE INDEX channel_publications_platform_id
      ON channel_publications (channel_id, platform_post_id) WHERE platform_post_id IS NOT NULL;

    CREATE TABLE unplanned_publications (
      id               TEXT PRIMARY KEY,
      channel_id       TEXT NOT NULL REFERENCES channels (id),
      platform_post_id TEXT,
      permalink        TEXT NOT NULL DEFAULT '',
      published_at     TEXT,
      caption          TEXT NOT NULL DEFAULT '',
      created_at       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX unplanned_publications_published ON unplanned_publications (published_at);
    -- The importer reads a channel's list whole and matches in memory: the channel is the key.
    CREATE INDEX unplanned_publications_channel ON unplanned_publications (channel_id);

    CREATE TABLE analytics_imports (
      id          TEXT PRIMARY KEY,
      platform    TEXT NOT NULL,
      file_name   TEXT NOT NULL,
      sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
      as_of       TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      rows        INTEGER NOT NULL CHECK (rows >= 0),
      actor_id    TEXT REFERENCES people (id),
      imported_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE figure_snapshots (
      num          INTEGER PRIMARY KEY,
      post_id      TEXT REFERENCES posts (id) ON DELETE CASCADE,
      channel_id   TEXT NOT NULL REFERENCES channels (id),
      unplanned_id TEXT REFERENCES unplanned_publications (id) ON DELETE CASCADE,
      as_of        TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      source       TEXT NOT NULL CHECK (source IN ('import', 'manual')),
      import_id    TEXT REFERENCES analytics_imports (id),
      views        INTEGER CHECK (views >= 0),
      reach        INTEGER CHECK (reach >= 0),
      likes        INTEGER CHECK (likes >= 0),
      comments     INTEGER CHECK (comments >= 0),
      shares       INTEGER CHECK (shares >= 0),
      saves        INTEGER CHECK (saves >= 0),
      recorded_at  TEXT NOT NULL,
      CHECK ((post_id IS NULL) <> (unplanned_id IS NULL))
    ) STRICT;
    CREATE UNIQUE INDEX figure_snapshots_key
      ON figure_snapshots (coalesce(post_id, unplanned_id), channel_id, as_of, source);
    -- The report reads the latest figures of a period's post channels from this index alone
    -- (a year: 200,000 snapshots), in (post, channel, day) order, without touching the table.
    CREATE INDEX figure_snapshots_latest ON figure_snapshots
      (post_id, channel_id, as_of, views, reach, likes, comments, shares, saves)
      WHERE post_id IS NOT NULL;

    CREATE TABLE analytics_pending (
      id          TEXT PRIMARY KEY,
      import_id   TEXT NOT NULL REFERENCES analytics_imports (id) ON DELETE CASCADE,
      channel_id  TEXT NOT NULL REFERENCES channels (id),
      row_number  INTEGER NOT NULL,
      item        TEXT NOT NULL CHECK (json_valid(item)),
      candidates  TEXT NOT NULL CHECK (json_valid(candidates) AND json_type(candidates) = 'array'),
      created_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE channel_followers (
      channel_id TEXT    NOT NULL REFERENCES channels (id),
      month      TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
      followers  INTEGER NOT NULL CHECK (followers >= 0),
      updated_at TEXT    NOT NULL,
      PRIMARY KEY (channel_id, month)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE report_targets (
      year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      channel_id       TEXT    NOT NULL REFERENCES channels (id),
      posts_per_month  INTEGER CHECK (posts_per_month >= 0),
      engagement_rate  REAL    CHECK (engagement_rate >= 0),
      follower_growth  REAL    CHECK (follower_growth >= 0),
      updated_at       TEXT    NOT NULL,
      PRIMARY KEY (year, channel_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE pillar_targets (
      year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      campaign_id TEXT    NOT NULL REFERENCES campaigns (id),
      share       REAL    NOT NULL CHECK (share BETWEEN 0 AND 1),
      updated_at  TEXT    NOT NULL,
      PRIMARY KEY (year, campaign_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE report_settings (
      id                        INTEGER PRIMARY KEY CHECK (id = 1),
      on_time_tolerance_minutes INTEGER NOT NULL DEFAULT 60
                                  CHECK (on_time_tolerance_minutes BETWEEN 0 AND 1440),
      iku_wording               TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(iku_wording)),
      updated_at                TEXT    NOT NULL
    ) STRICT;
    INSERT INTO report_settings (id, updated_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

    CREATE TABLE post_activity_new (
      id       INTEGER PRIMARY KEY,
      post_id  TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      actor_id TEXT REFERENCES people (id),
      at       TEXT NOT NULL,
      action   TEXT NOT NULL CHECK (action IN
                 ('create', 'edit', 'move', 'returned_to_draft', 'delete', 'restore',
                  'submit', 'check', 'approve', 'request_changes', 'revise', 'publish', 'cancel',
                  'reopen', 'unpublish', 'figures')),
      changes  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
      comment  TEXT NOT NULL DEFAULT ''
    ) STRICT;
    INSERT INTO post_activity_new (id, post_id, actor_id, at, action, changes, comment)
      SELECT id, post_id, actor_id, at, action, changes, comment FROM post_activity;
    DROP TABLE post_activity;
    ALTER TABLE post_activity_new RENAME TO post_activity;
    CREATE INDEX post_activity_post ON post_activity (post_id, id);
    CREATE INDEX post_activity_action ON post_activity (action, at);
  `);
}
