import type {
  Asset,
  AssetKind,
  AssetStatus,
  AssetSummary,
  AssetUsage,
  Orientation,
} from '../../../shared/domain/assets';
import { assetMediaPath, thumbMediaPath } from '../../../shared/domain/media-paths';
import type { Db } from '../connection';
import { groupBy } from './group-by';
import { updateRow } from './update-row';

export interface AssetRow {
  num: number;
  id: string;
  sha256: string;
  ext: string;
  kind: AssetKind;
  mime: string;
  size: number;
  original_name: string;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  video_codec: string | null;
  page_count: number | null;
  captured_at: string | null;
  camera: string | null;
  title: string;
  description: string;
  credit: string;
  rights: string;
  rights_expires_on: string | null;
  has_thumbs: number;
  status: AssetStatus;
  imported_at: string;
  updated_at: string;
  taken_at: string;
  orientation: Orientation | null;
  usage_count: number;
}

/** What an import writes: everything but the generated columns and the user's fields. */
export type AssetInsert = Pick<
  AssetRow,
  | 'id'
  | 'sha256'
  | 'ext'
  | 'kind'
  | 'mime'
  | 'size'
  | 'original_name'
  | 'width'
  | 'height'
  | 'duration_ms'
  | 'video_codec'
  | 'page_count'
  | 'captured_at'
  | 'camera'
  | 'has_thumbs'
  | 'imported_at'
  | 'updated_at'
>;

export type AssetUserFields = Partial<
  Pick<AssetRow, 'title' | 'description' | 'credit' | 'rights' | 'rights_expires_on'>
>;

/** The row plus how many posts use it; every read of assets goes through these columns. */
export const summaryColumns = `a.*,
  (SELECT count(*) FROM post_assets pa WHERE pa.asset_id = a.id) AS usage_count`;

export function toSummary(row: AssetRow): AssetSummary {
  const thumbs = row.has_thumbs === 1;
  return {
    id: row.id,
    kind: row.kind,
    mime: row.mime,
    ext: row.ext,
    sha256: row.sha256,
    size: row.size,
    originalName: row.original_name,
    title: row.title,
    width: row.width,
    height: row.height,
    orientation: row.orientation,
    durationMs: row.duration_ms,
    pageCount: row.page_count,
    capturedAt: row.captured_at,
    takenAt: row.taken_at,
    rightsExpiresOn: row.rights_expires_on,
    status: row.status,
    usageCount: row.usage_count,
    importedAt: row.imported_at,
    media: {
      original: assetMediaPath(row.sha256, row.ext),
      thumbSmall: thumbs ? thumbMediaPath(row.sha256, 320) : null,
      thumbLarge: thumbs ? thumbMediaPath(row.sha256, 1024) : null,
    },
  };
}

export function assetsRepository(db: Db) {
  const insertRow = db.prepare(
    `INSERT INTO assets (id, sha256, ext, kind, mime, size, original_name, width, height,
       duration_ms, video_codec, page_count, captured_at, camera, has_thumbs, imported_at, updated_at)
     VALUES (@id, @sha256, @ext, @kind, @mime, @size, @original_name, @width, @height,
       @duration_ms, @video_codec, @page_count, @captured_at, @camera, @has_thumbs, @imported_at, @updated_at)`,
  );
  const selectById = db.prepare<[string], AssetRow>(
    `SELECT ${summaryColumns} FROM assets a WHERE a.id = ?`,
  );
  const selectBySha = db.prepare<[string], AssetRow>(
    `SELECT ${summaryColumns} FROM assets a WHERE a.sha256 = ?`,
  );
  const selectTags = db.prepare<[string], { tag: string }>(
    'SELECT tag FROM asset_tags WHERE asset_id = ? ORDER BY tag',
  );
  const selectCollections = db.prepare<[string], { collection_id: string }>(
    `SELECT ac.collection_id FROM asset_collections ac JOIN collections c ON c.id = ac.collection_id
     WHERE ac.asset_id = ? ORDER BY c.name`,
  );
  const deleteTags = db.prepare('DELETE FROM asset_tags WHERE asset_id = ?');
  const insertTag = db.prepare('INSERT OR IGNORE INTO asset_tags (asset_id, tag) VALUES (?, ?)');
  const deleteTag = db.prepare('DELETE FROM asset_tags WHERE asset_id = ? AND tag = ?');
  const deleteFts = db.prepare(
    'DELETE FROM assets_fts WHERE rowid = (SELECT num FROM assets WHERE id = ?)',
  );
  const insertFts = db.prepare(
    `INSERT INTO assets_fts (rowid, name, title, description, tags)
     SELECT num, original_name, title, description,
       coalesce((SELECT group_concat(tag, ' ') FROM asset_tags WHERE asset_id = a.id), '')
     FROM assets a WHERE id = ?`,
  );
  const deleteRow = db.prepare('DELETE FROM assets WHERE id = ?');
  const updateStatus = db.prepare('UPDATE assets SET status = ? WHERE id = ?');
  const selectUsage = db.prepare<[string], AssetUsage>(
    `SELECT p.id AS postId, p.title, p.status, p.scheduled_at AS scheduledAt,
       p.deleted_at AS deletedAt, pa.position
     FROM post_assets pa JOIN posts p ON p.id = pa.post_id
     WHERE pa.asset_id = ? ORDER BY coalesce(p.scheduled_at, p.created_at) DESC`,
  );
  const selectAllTags = db.prepare<[], { tag: string; count: number }>(
    'SELECT tag, count(*) AS count FROM asset_tags GROUP BY tag ORDER BY tag',
  );
  const updateThumbs = db.prepare('UPDATE assets SET has_thumbs = ? WHERE id = ?');
  const selectForSweep = db.prepare<
    [],
    Pick<AssetRow, 'id' | 'sha256' | 'ext' | 'status' | 'size' | 'original_name'>
  >('SELECT id, sha256, ext, status, size, original_name FROM assets ORDER BY num');

  return {
    insert(row: AssetInsert): void {
      insertRow.run(row);
      insertFts.run(row.id);
    },
    get: (id: string): AssetRow | undefined => selectById.get(id),
    bySha: (sha256: string): AssetRow | undefined => selectBySha.get(sha256),
    full(row: AssetRow): Asset {
      return {
        ...toSummary(row),
        description: row.description,
        credit: row.credit,
        rights: row.rights,
        camera: row.camera,
        videoCodec: row.video_codec,
        tags: selectTags.all(row.id).map((t) => t.tag),
        collectionIds: selectCollections.all(row.id).map((c) => c.collection_id),
        updatedAt: row.updated_at,
      };
    },
    update(id: string, fields: AssetUserFields & { updated_at: string }): boolean {
      return updateRow(db, 'assets', id, fields);
    },
    replaceTags(id: string, tags: readonly string[]): void {
      deleteTags.run(id);
      for (const tag of tags) insertTag.run(id, tag);
    },
    addTag: (id: string, tag: string) => insertTag.run(id, tag).changes > 0,
    removeTag: (id: string, tag: string) => deleteTag.run(id, tag).changes > 0,
    /** Rewrites the asset's FTS row from its current name, fields and tags. */
    reindex(id: string): void {
      deleteFts.run(id);
      insertFts.run(id);
    },
    delete(id: string): void {
      deleteFts.run(id);
      deleteRow.run(id);
    },
    setStatus: (id: string, status: AssetStatus) => updateStatus.run(status, id).changes > 0,
    setThumbs: (id: string, hasThumbs: boolean) => updateThumbs.run(hasThumbs ? 1 : 0, id),
    usage: (id: string): AssetUsage[] => selectUsage.all(id),
    tags: () => selectAllTags.all(),
    forSweep: () => selectForSweep.all(),
    /** The rows with these contents (a bundle's attachments), without the usage count. */
    bySha256s(sha256s: readonly string[]): Omit<AssetRow, 'usage_count'>[] {
      return db
        .prepare<[string], Omit<AssetRow, 'usage_count'>>(
          'SELECT * FROM assets WHERE sha256 IN (SELECT value FROM json_each(?))',
        )
        .all(JSON.stringify(sha256s));
    },
    /** Tags of these assets by asset id, each list sorted. */
    tagsOf(ids: readonly string[]): Map<string, string[]> {
      const rows = db
        .prepare<[string], { asset_id: string; tag: string }>(
          `SELECT asset_id, tag FROM asset_tags WHERE asset_id IN (SELECT value FROM json_each(?))
           ORDER BY tag`,
        )
        .all(JSON.stringify(ids));
      const grouped = groupBy(rows, (row) => row.asset_id);
      return new Map([...grouped].map(([id, list]) => [id, list.map((row) => row.tag)]));
    },
    /** Which of these ids exist; the rest are unknown. */
    existing(ids: readonly string[]): Set<string> {
      const rows = db
        .prepare<[string], { id: string }>(
          'SELECT id FROM assets WHERE id IN (SELECT value FROM json_each(?))',
        )
        .all(JSON.stringify(ids));
      return new Set(rows.map((r) => r.id));
    },
    /** Posts (trash included) using any of these assets, with how many of them each. */
    postsUsing(ids: readonly string[]): { post_id: string; title: string }[] {
      return db
        .prepare<[string], { post_id: string; title: string }>(
          `SELECT DISTINCT p.id AS post_id, p.title FROM post_assets pa JOIN posts p ON p.id = pa.post_id
           WHERE pa.asset_id IN (SELECT value FROM json_each(?)) ORDER BY p.title`,
        )
        .all(JSON.stringify(ids));
    },
  };
}
export type AssetsRepository = ReturnType<typeof assetsRepository>;
