import type { Database } from 'better-sqlite3';

/**
 * The content calendar: posts with per-channel variants, tags, attached assets (the asset
 * library fills these in later), recurring series, the activity log, full-text search and
 * office-local observance days. Settings gain the approval and calendar preferences.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE settings ADD COLUMN allow_self_approval INTEGER NOT NULL DEFAULT 0
      CHECK (allow_self_approval IN (0, 1));
    ALTER TABLE settings ADD COLUMN default_post_time TEXT NOT NULL DEFAULT '09:00'
      CHECK (default_post_time GLOB '[0-2][0-9]:[0-5][0-9]');
    ALTER TABLE settings ADD COLUMN observance_sources TEXT NOT NULL
      DEFAULT '{"national":true,"local":true,"imported":true}'
      CHECK (json_valid(observance_sources));

    CREATE TABLE series (
      id         TEXT PRIMARY KEY,
      rule       TEXT NOT NULL CHECK (json_valid(rule)),
      created_at TEXT NOT NULL
    ) STRICT;

    -- num is the stable integer key FTS rows point at (an implicit rowid may change on VACUUM).
    CREATE TABLE posts (
      num           INTEGER PRIMARY KEY,
      id            TEXT    NOT NULL UNIQUE,
      title         TEXT    NOT NULL CHECK (length(trim(title)) > 0),
      brief         TEXT    NOT NULL DEFAULT '',
      caption       TEXT    NOT NULL DEFAULT '',
      link          TEXT    NOT NULL DEFAULT '',
      first_comment TEXT    NOT NULL DEFAULT '',
      hashtags      TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(hashtags) AND json_type(hashtags) = 'array'),
      campaign_id   TEXT    REFERENCES campaigns (id),
      assignee_id   TEXT    REFERENCES people (id),
      status        TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN
                      ('draft', 'in_review', 'changes_requested', 'approved', 'published', 'cancelled')),
      scheduled_at  TEXT,
      time_zone     TEXT,
      submitted_by  TEXT    REFERENCES people (id),
      approved_by   TEXT    REFERENCES people (id),
      approved_at   TEXT,
      permalink     TEXT    NOT NULL DEFAULT '',
      published_at  TEXT,
      series_id     TEXT    REFERENCES series (id),
      created_by    TEXT    REFERENCES people (id),
      created_at    TEXT    NOT NULL,
      updated_at    TEXT    NOT NULL,
      deleted_at    TEXT,
      version       INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
      -- Copies of post_channels (as [[channel_id, format], …]) and of the number of attached
      -- assets, kept by the repository on every write, so a month of calendar chips is read
      -- from one table: a join per post made 1,700-post months miss their 3 ms budget.
      channel_summary TEXT  NOT NULL DEFAULT '[]' CHECK (json_valid(channel_summary)),
      asset_count   INTEGER NOT NULL DEFAULT 0 CHECK (asset_count >= 0),
      CHECK ((scheduled_at IS NULL) = (time_zone IS NULL))
    ) STRICT;
    CREATE INDEX posts_schedule ON posts (scheduled_at) WHERE deleted_at IS NULL AND scheduled_at IS NOT NULL;
    CREATE INDEX posts_ideas ON posts (created_at) WHERE deleted_at IS NULL AND scheduled_at IS NULL;
    CREATE INDEX posts_trash ON posts (deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX posts_series ON posts (series_id) WHERE series_id IS NOT NULL;

    CREATE TABLE post_channels (
      post_id          TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      channel_id       TEXT    NOT NULL REFERENCES channels (id),
      format           TEXT    NOT NULL CHECK (format IN
                         ('feed', 'carousel', 'reel', 'story', 'short', 'video', 'article')),
      caption_override TEXT,
      position         INTEGER NOT NULL,
      PRIMARY KEY (post_id, channel_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX post_channels_channel ON post_channels (channel_id, post_id);

    CREATE TABLE post_tags (
      post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      tag     TEXT NOT NULL CHECK (length(trim(tag)) > 0),
      PRIMARY KEY (post_id, tag)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX post_tags_tag ON post_tags (tag, post_id);

    -- asset_id gains its foreign key when the asset library's tables arrive.
    CREATE TABLE post_assets (
      post_id  TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      asset_id TEXT    NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (post_id, asset_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE post_activity (
      id       INTEGER PRIMARY KEY,
      post_id  TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      actor_id TEXT REFERENCES people (id),
      at       TEXT NOT NULL,
      action   TEXT NOT NULL CHECK (action IN
                 ('create', 'edit', 'move', 'returned_to_draft', 'delete', 'restore',
                  'submit', 'approve', 'request_changes', 'revise', 'publish', 'cancel', 'reopen')),
      changes  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
      comment  TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX post_activity_post ON post_activity (post_id, id);

    CREATE VIRTUAL TABLE posts_fts USING fts5(
      title, body, tokenize = 'unicode61 remove_diacritics 2'
    );

    CREATE TABLE observances (
      id           TEXT    PRIMARY KEY,
      kind         TEXT    NOT NULL CHECK (kind IN ('local', 'imported')),
      name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
      month        INTEGER CHECK (month BETWEEN 1 AND 12),
      day          INTEGER CHECK (day BETWEEN 1 AND 31),
      date         TEXT    CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      source_label TEXT    NOT NULL DEFAULT '',
      created_at   TEXT    NOT NULL,
      CHECK ((date IS NULL) = (month IS NOT NULL AND day IS NOT NULL))
    ) STRICT;
    CREATE INDEX observances_date ON observances (date) WHERE date IS NOT NULL;
  `);
}
