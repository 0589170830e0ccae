CREATE INDEX asset_collections_asset ON asset_collections (asset_id, collection_id);

CREATE INDEX asset_tags_tag ON asset_tags (tag, asset_id);

CREATE INDEX assets_imported ON assets (imported_at);

CREATE INDEX assets_kind ON assets (kind, taken_at);

CREATE INDEX assets_name ON assets (original_name COLLATE NOCASE);

CREATE INDEX assets_rights ON assets (rights_expires_on) WHERE rights_expires_on IS NOT NULL;

CREATE INDEX assets_size ON assets (size);

CREATE INDEX assets_status ON assets (status) WHERE status <> 'ok';

CREATE INDEX assets_taken ON assets (taken_at);

CREATE INDEX campaigns_archived_name ON campaigns (archived, name COLLATE NOCASE);

CREATE INDEX channel_publications_permalink ON channel_publications (permalink)
      WHERE permalink <> '';

CREATE INDEX channel_publications_platform_id
      ON channel_publications (channel_id, platform_post_id) WHERE platform_post_id IS NOT NULL;

CREATE INDEX channel_publications_published ON channel_publications (published_at);

CREATE INDEX channel_publications_times
      ON channel_publications (post_id, channel_id, published_at);

CREATE INDEX channels_active_position ON channels (active, position);

CREATE INDEX comment_mentions_person ON comment_mentions (person_id);

CREATE INDEX comments_post ON comments (post_id, created_at);

CREATE INDEX exchange_arrivals_at ON exchange_arrivals (at DESC);

CREATE INDEX export_history_created ON export_history (created_at);

CREATE UNIQUE INDEX figure_snapshots_key
      ON figure_snapshots (coalesce(post_id, unplanned_id), channel_id, as_of, source);

CREATE INDEX figure_snapshots_latest ON figure_snapshots
      (post_id, channel_id, as_of, views, reach, likes, comments, shares, saves)
      WHERE post_id IS NOT NULL;

CREATE INDEX notifications_inbox ON notifications (recipient_id, created_at);

CREATE INDEX notifications_unread ON notifications (recipient_id) WHERE read_at IS NULL;

CREATE INDEX observances_date ON observances (date) WHERE date IS NOT NULL;

CREATE INDEX pack_adoptions_post ON pack_adoptions (post_id);

CREATE INDEX people_active_name ON people (active, name COLLATE NOCASE);

CREATE INDEX post_activity_action ON post_activity (action, at);

CREATE INDEX post_activity_approval ON post_activity (post_id, at, action)
      WHERE action IN ('submit', 'approve', 'request_changes');

CREATE INDEX post_activity_post ON post_activity (post_id, id);

CREATE INDEX post_approvals_post ON post_approvals (post_id, step, at);

CREATE INDEX post_assets_asset ON post_assets (asset_id, post_id);

CREATE INDEX post_channels_channel ON post_channels (channel_id, post_id);

CREATE INDEX post_tags_tag ON post_tags (tag, post_id);

CREATE INDEX posts_ideas ON posts (created_at) WHERE deleted_at IS NULL AND scheduled_at IS NULL;

CREATE INDEX posts_month ON posts (
      scheduled_at, num, id, title, status, time_zone, campaign_id, assignee_id, series_id,
      version, channel_summary, asset_count, deleted_at
    ) WHERE deleted_at IS NULL AND scheduled_at IS NOT NULL;

CREATE INDEX posts_schedule ON posts (scheduled_at) WHERE deleted_at IS NULL AND scheduled_at IS NOT NULL;

CREATE INDEX posts_series ON posts (series_id) WHERE series_id IS NOT NULL;

CREATE INDEX posts_trash ON posts (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX security_log_at ON security_log (at);

CREATE INDEX sessions_person ON sessions (person_id, revoked_at);

CREATE INDEX unplanned_publications_published ON unplanned_publications (published_at);

CREATE TABLE accounts (
      person_id       TEXT    PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
      user_name       TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(user_name)) > 0),
      password_hash   BLOB,
      password_salt   BLOB,
      kdf             TEXT,
      kdf_params      TEXT,
      must_change     INTEGER NOT NULL DEFAULT 0 CHECK (must_change IN (0, 1)),
      password_set_at TEXT,
      created_at      TEXT    NOT NULL,
      updated_at      TEXT    NOT NULL,
      CHECK ((password_hash IS NULL) = (password_salt IS NULL)),
      CHECK (password_hash IS NULL OR (kdf IS NOT NULL AND kdf_params IS NOT NULL))
    ) STRICT;

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

CREATE TABLE analytics_pending (
      id          TEXT PRIMARY KEY,
      import_id   TEXT NOT NULL REFERENCES analytics_imports (id) ON DELETE CASCADE,
      channel_id  TEXT NOT NULL REFERENCES channels (id),
      row_number  INTEGER NOT NULL,
      item        TEXT NOT NULL CHECK (json_valid(item)),
      candidates  TEXT NOT NULL CHECK (json_valid(candidates) AND json_type(candidates) = 'array'),
      created_at  TEXT NOT NULL
    ) STRICT;

CREATE TABLE asset_collections (
      collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
      asset_id      TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      added_at      TEXT NOT NULL,
      PRIMARY KEY (collection_id, asset_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE asset_tags (
      asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      tag      TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(tag)) > 0),
      PRIMARY KEY (asset_id, tag)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE assets (
      num           INTEGER PRIMARY KEY,
      id            TEXT    NOT NULL UNIQUE,
      sha256        TEXT    NOT NULL UNIQUE
                      CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      ext           TEXT    NOT NULL
                      CHECK (length(ext) BETWEEN 1 AND 10 AND ext NOT GLOB '*[^0-9a-z]*'),
      kind          TEXT    NOT NULL CHECK (kind IN ('image', 'video', 'document', 'audio', 'other')),
      mime          TEXT    NOT NULL,
      size          INTEGER NOT NULL CHECK (size > 0),
      original_name TEXT    NOT NULL,
      -- After EXIF orientation (or a video's rotation): what a person sees.
      width         INTEGER CHECK (width > 0),
      height        INTEGER CHECK (height > 0),
      duration_ms   INTEGER CHECK (duration_ms >= 0),
      video_codec   TEXT,
      page_count    INTEGER CHECK (page_count > 0),
      -- As the camera wrote it, local to where it was taken: 'YYYY-MM-DDTHH:MM:SS'.
      captured_at   TEXT    CHECK (captured_at GLOB
                      '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]'),
      camera        TEXT,
      title         TEXT    NOT NULL DEFAULT '',
      description   TEXT    NOT NULL DEFAULT '',
      credit        TEXT    NOT NULL DEFAULT '',
      rights        TEXT    NOT NULL DEFAULT '',
      rights_expires_on TEXT CHECK (rights_expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      has_thumbs    INTEGER NOT NULL DEFAULT 0 CHECK (has_thumbs IN (0, 1)),
      status        TEXT    NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'missing', 'corrupt')),
      imported_at   TEXT    NOT NULL,
      updated_at    TEXT    NOT NULL,
      -- The date sorts and date filters use: when it was taken, else when it was imported.
      taken_at      TEXT    GENERATED ALWAYS AS (coalesce(captured_at, substr(imported_at, 1, 19))) VIRTUAL,
      orientation   TEXT    GENERATED ALWAYS AS (CASE
                      WHEN width IS NULL OR height IS NULL THEN NULL
                      WHEN width > height THEN 'landscape'
                      WHEN width < height THEN 'portrait'
                      ELSE 'square' END) VIRTUAL
    ) STRICT;

CREATE VIRTUAL TABLE assets_fts USING fts5(
      name, title, description, tags, tokenize = 'unicode61 remove_diacritics 2'
    );

CREATE TABLE 'assets_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'assets_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);

CREATE TABLE 'assets_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'assets_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'assets_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE campaigns (
      id          TEXT    PRIMARY KEY,
      name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
      color       TEXT    NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      description TEXT    NOT NULL DEFAULT '',
      archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at  TEXT    NOT NULL,
      updated_at  TEXT    NOT NULL
    ) STRICT;

CREATE TABLE channel_followers (
      channel_id TEXT    NOT NULL REFERENCES channels (id),
      month      TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
      followers  INTEGER NOT NULL CHECK (followers >= 0),
      updated_at TEXT    NOT NULL,
      PRIMARY KEY (channel_id, month)
    ) STRICT, WITHOUT ROWID;

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

CREATE TABLE channels (
      id         TEXT    PRIMARY KEY,
      platform   TEXT    NOT NULL CHECK (platform IN
                   ('instagram', 'facebook', 'x', 'tiktok', 'youtube', 'website', 'linkedin', 'threads')),
      name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
      handle     TEXT    NOT NULL DEFAULT '',
      color      TEXT    NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      position   INTEGER NOT NULL,
      created_at TEXT    NOT NULL,
      updated_at TEXT    NOT NULL
    ) STRICT;

CREATE TABLE collections (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

CREATE TABLE comment_mentions (
      comment_id TEXT NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
      person_id  TEXT NOT NULL REFERENCES people (id),
      PRIMARY KEY (comment_id, person_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE comments (
      id         TEXT PRIMARY KEY,
      post_id    TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      author_id  TEXT NOT NULL REFERENCES people (id),
      text       TEXT NOT NULL,
      created_at TEXT NOT NULL,
      edited_at  TEXT,
      deleted_at TEXT,
      CHECK (deleted_at IS NOT NULL OR length(trim(text)) BETWEEN 1 AND 4000)
    ) STRICT;

CREATE TABLE exchange_arrivals (
      id            INTEGER PRIMARY KEY,
      file          TEXT NOT NULL,
      sha256        TEXT NOT NULL,
      sender_code   TEXT NOT NULL,
      seq           INTEGER,
      kind          TEXT,
      outcome       TEXT NOT NULL CHECK (outcome IN ('applied', 'refused', 'duplicate')),
      reason_key    TEXT,
      reason_params TEXT,
      at            TEXT NOT NULL,
      UNIQUE (file, sha256),
      CHECK ((outcome = 'refused') = (reason_key IS NOT NULL))
    ) STRICT;

CREATE TABLE exchange_decisions (
      post_id      TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      first_hash   TEXT NOT NULL CHECK (length(first_hash) = 64),
      second_hash  TEXT NOT NULL CHECK (length(second_hash) = 64 AND first_hash < second_hash),
      kept_hash    TEXT NOT NULL CHECK (kept_hash IN (first_hash, second_hash)),
      decided_at   TEXT NOT NULL,
      install_id   TEXT NOT NULL CHECK (length(install_id) = 36),
      PRIMARY KEY (post_id, first_hash, second_hash)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE exchange_identity (
      id         INTEGER PRIMARY KEY CHECK (id = 1),
      install_id TEXT    NOT NULL CHECK (length(install_id) = 36),
      created_at TEXT    NOT NULL
    ) STRICT;

CREATE TABLE exchange_posts (
      post_id      TEXT NOT NULL PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
      seen         TEXT NOT NULL CHECK (json_valid(seen) AND json_type(seen) = 'array'
                     AND json_array_length(seen) > 0),
      exchanged_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

CREATE TABLE exchange_received (
      sender_code TEXT    NOT NULL,
      seq         INTEGER NOT NULL CHECK (seq >= 1),
      sha256      TEXT    NOT NULL,
      kind        TEXT    NOT NULL,
      file_name   TEXT    NOT NULL,
      created_at  TEXT    NOT NULL,
      received_at TEXT    NOT NULL,
      PRIMARY KEY (sender_code, seq)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE export_history (
      num        INTEGER PRIMARY KEY,
      id         TEXT    NOT NULL UNIQUE,
      format     TEXT    NOT NULL CHECK (format IN ('pdf', 'xlsx', 'csv', 'ics', 'json', 'bundle')),
      preset     TEXT,
      filter     TEXT    NOT NULL CHECK (json_valid(filter)),
      file_name  TEXT    NOT NULL CHECK (length(file_name) > 0),
      bytes      INTEGER NOT NULL CHECK (bytes >= 0),
      sha256     TEXT    NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      posts      INTEGER NOT NULL CHECK (posts >= 0),
      rows       INTEGER NOT NULL CHECK (rows >= 0),
      actor_id   TEXT    REFERENCES people (id) ON DELETE SET NULL,
      created_at TEXT    NOT NULL
    ) STRICT;

CREATE TABLE figure_latest (
      post_id    TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      channel_id TEXT NOT NULL REFERENCES channels (id),
      as_of      TEXT NOT NULL,
      views      INTEGER,
      reach      INTEGER,
      likes      INTEGER,
      comments   INTEGER,
      shares     INTEGER,
      saves      INTEGER,
      PRIMARY KEY (post_id, channel_id)
    ) STRICT, WITHOUT ROWID;

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

CREATE TABLE known_offices (
      code        TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      level       TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten_kota')),
      public_key  TEXT NOT NULL,
      fingerprint TEXT NOT NULL UNIQUE,
      added_by    TEXT NOT NULL,
      added_at    TEXT NOT NULL
    ) STRICT;

CREATE TABLE notifications (
      id           TEXT PRIMARY KEY,
      recipient_id TEXT NOT NULL REFERENCES people (id),
      kind         TEXT NOT NULL CHECK (kind IN
                     ('mentioned', 'comment', 'submitted_for_check', 'submitted_for_approval',
                      'checked_for_approval', 'changes_requested', 'approved')),
      post_id      TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      comment_id   TEXT REFERENCES comments (id) ON DELETE CASCADE,
      actor_id     TEXT REFERENCES people (id),
      created_at   TEXT NOT NULL,
      read_at      TEXT
    ) STRICT;

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

CREATE TABLE office_identity (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      code        TEXT NOT NULL,
      name        TEXT NOT NULL,
      level       TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten_kota')),
      public_key  TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      folder      TEXT,
      next_seq    INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1)
    ) STRICT;

CREATE TABLE pack_adoptions (
      pack_id         TEXT    NOT NULL,
      item_id         TEXT    NOT NULL,
      post_id         TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      adopted_version INTEGER NOT NULL,
      adopted_at      TEXT    NOT NULL,
      adopted_by      TEXT    REFERENCES people (id),
      PRIMARY KEY (pack_id, item_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE "people" (
      id         TEXT    PRIMARY KEY,
      name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
      role       TEXT    NOT NULL CHECK (role IN ('planner', 'checker', 'approver', 'admin')),
      active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT    NOT NULL,
      updated_at TEXT    NOT NULL
    ) STRICT;

CREATE TABLE pillar_targets (
      year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      campaign_id TEXT    NOT NULL REFERENCES campaigns (id),
      share       REAL    NOT NULL CHECK (share BETWEEN 0 AND 1),
      updated_at  TEXT    NOT NULL,
      PRIMARY KEY (year, campaign_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE "post_activity" (
      id       INTEGER PRIMARY KEY,
      post_id  TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      actor_id TEXT REFERENCES people (id),
      at       TEXT NOT NULL,
      action   TEXT NOT NULL CHECK (action IN
                 ('create', 'edit', 'move', 'returned_to_draft', 'delete', 'restore',
                  'submit', 'check', 'approve', 'request_changes', 'revise', 'publish', 'cancel',
                  'reopen', 'unpublish', 'figures', 'comment')),
      changes  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
      comment  TEXT NOT NULL DEFAULT ''
    ) STRICT;

CREATE TABLE post_approvals (
      id          INTEGER PRIMARY KEY,
      post_id     TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      step        TEXT    NOT NULL CHECK (step IN ('check', 'approve')),
      actor_id    TEXT    REFERENCES people (id),
      actor_name  TEXT    NOT NULL,
      actor_role  TEXT    NOT NULL,
      at          TEXT    NOT NULL,
      fingerprint TEXT    CHECK (fingerprint IS NULL OR
                    (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'))
    ) STRICT;

CREATE TABLE "post_assets" (
      post_id  TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      asset_id TEXT    NOT NULL REFERENCES assets (id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      PRIMARY KEY (post_id, asset_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE post_channels (
      post_id          TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      channel_id       TEXT    NOT NULL REFERENCES channels (id),
      format           TEXT    NOT NULL CHECK (format IN ('feed', 'carousel', 'reel', 'story',
                         'post', 'photo', 'video', 'short', 'article')),
      caption_override TEXT,
      position         INTEGER NOT NULL,
      PRIMARY KEY (post_id, channel_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE post_follows (
      post_id    TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      person_id  TEXT    NOT NULL REFERENCES people (id),
      following  INTEGER NOT NULL CHECK (following IN (0, 1)),
      updated_at TEXT    NOT NULL,
      PRIMARY KEY (post_id, person_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE post_tags (
      post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      tag     TEXT NOT NULL CHECK (length(trim(tag)) > 0),
      PRIMARY KEY (post_id, tag)
    ) STRICT, WITHOUT ROWID;

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
      asset_count   INTEGER NOT NULL DEFAULT 0 CHECK (asset_count >= 0), checked_by TEXT REFERENCES people (id), checked_at TEXT,
      CHECK ((scheduled_at IS NULL) = (time_zone IS NULL))
    ) STRICT;

CREATE VIRTUAL TABLE posts_fts USING fts5(
      title, body, tokenize = 'unicode61 remove_diacritics 2'
    );

CREATE TABLE 'posts_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'posts_fts_content'(id INTEGER PRIMARY KEY, c0, c1);

CREATE TABLE 'posts_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'posts_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'posts_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE province_packs (
      pack_id     TEXT    NOT NULL,
      version     INTEGER NOT NULL CHECK (version >= 1),
      sender_code TEXT    NOT NULL,
      recipients  TEXT    NOT NULL CHECK (json_valid(recipients)),
      title       TEXT    NOT NULL,
      deadline    TEXT    NOT NULL,
      sent_at     TEXT    NOT NULL,
      payload     TEXT    NOT NULL CHECK (json_valid(payload)),
      received_at TEXT,
      PRIMARY KEY (pack_id, version)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE regency_reports (
      sender_code TEXT NOT NULL,
      month       TEXT NOT NULL,
      sent_at     TEXT NOT NULL,
      received_at TEXT NOT NULL,
      payload     TEXT NOT NULL CHECK (json_valid(payload)),
      PRIMARY KEY (sender_code, month, sent_at)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE report_notes (
      period     TEXT NOT NULL PRIMARY KEY CHECK (
                   period GLOB '[0-9][0-9][0-9][0-9]'
                   OR (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                       AND substr(period, 6, 2) BETWEEN '01' AND '12')
                   OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
      text       TEXT NOT NULL CHECK (length(text) <= 4000),
      updated_by TEXT REFERENCES people (id),
      updated_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

CREATE TABLE report_settings (
      id                        INTEGER PRIMARY KEY CHECK (id = 1),
      on_time_tolerance_minutes INTEGER NOT NULL DEFAULT 60
                                  CHECK (on_time_tolerance_minutes BETWEEN 0 AND 1440),
      iku_wording               TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(iku_wording)),
      updated_at                TEXT    NOT NULL
    ) STRICT;

CREATE TABLE report_targets (
      year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      channel_id       TEXT    NOT NULL REFERENCES channels (id),
      posts_per_month  INTEGER CHECK (posts_per_month >= 0),
      engagement_rate  REAL    CHECK (engagement_rate >= 0),
      follower_growth  REAL    CHECK (follower_growth >= 0),
      updated_at       TEXT    NOT NULL,
      PRIMARY KEY (year, channel_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE security_log (
      num       INTEGER PRIMARY KEY,
      at        TEXT    NOT NULL,
      event     TEXT    NOT NULL,
      person_id TEXT,
      user_name TEXT    NOT NULL DEFAULT '',
      actor     TEXT    NOT NULL DEFAULT '',
      client    TEXT    NOT NULL DEFAULT '',
      detail    TEXT    NOT NULL DEFAULT ''
    ) STRICT;

CREATE TABLE series (
      id         TEXT PRIMARY KEY,
      rule       TEXT NOT NULL CHECK (json_valid(rule)),
      created_at TEXT NOT NULL
    ) STRICT;

CREATE TABLE sessions (
      id_hash      TEXT    PRIMARY KEY,
      person_id    TEXT    NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      client       TEXT    NOT NULL,
      created_at   TEXT    NOT NULL,
      last_used_at TEXT    NOT NULL,
      expires_at   TEXT    NOT NULL,
      revoked_at   TEXT,
      revoked_why  TEXT
    ) STRICT;

CREATE TABLE settings (
      id              INTEGER PRIMARY KEY CHECK (id = 1),
      office_name     TEXT    NOT NULL DEFAULT '',
      unit_name       TEXT    NOT NULL DEFAULT '',
      signer_name     TEXT    NOT NULL DEFAULT '',
      signer_position TEXT    NOT NULL DEFAULT '',
      signer_nip      TEXT    NOT NULL DEFAULT '',
      time_zone       TEXT    NOT NULL DEFAULT 'Asia/Jakarta' CHECK (length(time_zone) > 0),
      locale          TEXT    NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
      week_start      INTEGER NOT NULL DEFAULT 1 CHECK (week_start IN (0, 1, 6)),
      updated_at      TEXT    NOT NULL
    , allow_self_approval INTEGER NOT NULL DEFAULT 0
      CHECK (allow_self_approval IN (0, 1)), default_post_time TEXT NOT NULL DEFAULT '09:00'
      CHECK (default_post_time GLOB '[0-2][0-9]:[0-5][0-9]'), observance_sources TEXT NOT NULL
      DEFAULT '{"national":true,"local":true,"imported":true}'
      CHECK (json_valid(observance_sources)), backup_keep INTEGER NOT NULL DEFAULT 14
      CHECK (backup_keep BETWEEN 1 AND 365), print_document TEXT NOT NULL
      DEFAULT '{"letterhead":[],"place":"","signers":[],"logo":null}'
      CHECK (json_valid(print_document)), approval_steps INTEGER NOT NULL DEFAULT 1
      CHECK (approval_steps IN (1, 2)), idle_lock_minutes INTEGER NOT NULL DEFAULT 30
      CHECK (idle_lock_minutes BETWEEN 1 AND 480), network_listen TEXT
      CHECK (network_listen IS NULL OR length(network_listen) BETWEEN 9 AND 21), network_tls INTEGER NOT NULL DEFAULT 0
      CHECK (network_tls IN (0, 1))) STRICT;

CREATE TABLE sign_in_failures (
      key             TEXT    PRIMARY KEY,
      failures        INTEGER NOT NULL,
      last_failure_at TEXT    NOT NULL,
      locked_until    TEXT
    ) STRICT;

CREATE TABLE unplanned_publications (
      id               TEXT PRIMARY KEY,
      channel_id       TEXT NOT NULL REFERENCES channels (id),
      platform_post_id TEXT,
      permalink        TEXT NOT NULL DEFAULT '',
      published_at     TEXT,
      caption          TEXT NOT NULL DEFAULT '',
      created_at       TEXT NOT NULL
    ) STRICT;
