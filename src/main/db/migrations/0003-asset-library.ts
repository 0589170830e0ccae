import type { Database } from 'better-sqlite3';

/**
 * The asset library: one row per stored file (content-addressed by SHA-256), its tags, the
 * office's collections and full-text search. `post_assets` is rebuilt so that `asset_id` is a
 * real foreign key.
 *
 * Attachments that point at no asset row are dropped. Before this step there was no library,
 * so every existing attachment id is such a dangling one (only the API could write them; the
 * editor could not). Each affected post gets its asset_count recomputed and one activity
 * entry saying what was detached, so nothing disappears without a trace.
 */
export function up(db: Database): void {
  db.exec(`
    -- num is the stable integer key FTS rows point at (an implicit rowid may change on VACUUM).
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
    CREATE INDEX assets_taken ON assets (taken_at);
    CREATE INDEX assets_imported ON assets (imported_at);
    CREATE INDEX assets_name ON assets (original_name COLLATE NOCASE);
    CREATE INDEX assets_size ON assets (size);
    CREATE INDEX assets_kind ON assets (kind, taken_at);
    CREATE INDEX assets_status ON assets (status) WHERE status <> 'ok';
    CREATE INDEX assets_rights ON assets (rights_expires_on) WHERE rights_expires_on IS NOT NULL;

    CREATE TABLE asset_tags (
      asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      tag      TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(tag)) > 0),
      PRIMARY KEY (asset_id, tag)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX asset_tags_tag ON asset_tags (tag, asset_id);

    CREATE TABLE collections (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE asset_collections (
      collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
      asset_id      TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      added_at      TEXT NOT NULL,
      PRIMARY KEY (collection_id, asset_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX asset_collections_asset ON asset_collections (asset_id, collection_id);

    -- rowid = assets.num. Kept by the repository on every write of the indexed fields.
    CREATE VIRTUAL TABLE assets_fts USING fts5(
      name, title, description, tags, tokenize = 'unicode61 remove_diacritics 2'
    );

    -- RESTRICT: an asset a post uses cannot vanish by accident; the service detaches it
    -- explicitly (and logs it on the post) when a person forces the delete.
    CREATE TABLE post_assets_new (
      post_id  TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      asset_id TEXT    NOT NULL REFERENCES assets (id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      PRIMARY KEY (post_id, asset_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO post_assets_new (post_id, asset_id, position)
      SELECT post_id, asset_id, position FROM post_assets
      WHERE asset_id IN (SELECT id FROM assets);
  `);

  // Each post that loses an attachment: its list before (in order) and after.
  const affected = db
    .prepare(
      `SELECT post_id,
         (SELECT json_group_array(asset_id) FROM
           (SELECT asset_id FROM post_assets o WHERE o.post_id = p.post_id ORDER BY position)) AS before,
         (SELECT json_group_array(asset_id) FROM
           (SELECT asset_id FROM post_assets_new n WHERE n.post_id = p.post_id ORDER BY position)) AS after
       FROM (SELECT DISTINCT post_id FROM post_assets
             WHERE asset_id NOT IN (SELECT id FROM assets)) p`,
    )
    .all() as { post_id: string; before: string; after: string }[];

  db.exec(`
    DROP TABLE post_assets;
    ALTER TABLE post_assets_new RENAME TO post_assets;
    CREATE INDEX post_assets_asset ON post_assets (asset_id, post_id);
  `);

  const recount = db.prepare(
    'UPDATE posts SET asset_count = (SELECT count(*) FROM post_assets WHERE post_id = ?) WHERE id = ?',
  );
  const log = db.prepare(
    `INSERT INTO post_activity (post_id, actor_id, at, action, changes, comment)
     VALUES (?, NULL, ?, 'edit', ?, ?)`,
  );
  const at = new Date().toISOString();
  for (const { post_id: postId, before, after } of affected) {
    recount.run(postId, postId);
    log.run(
      postId,
      at,
      JSON.stringify({ assetIds: [JSON.parse(before), JSON.parse(after)] }),
      'Lampiran yang tidak ada di pustaka aset dilepas saat pembaruan aplikasi.',
    );
  }
}
