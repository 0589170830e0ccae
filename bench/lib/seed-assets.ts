import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/main/db/connection';

/** Words of a regional PR office's captions; each asset's text draws from them. */
export const assetWords = [
  'upacara',
  'bendera',
  'bupati',
  'wakil',
  'pelantikan',
  'pejabat',
  'festival',
  'budaya',
  'jembatan',
  'jalan',
  'sekolah',
  'puskesmas',
  'posyandu',
  'vaksinasi',
  'stunting',
  'pasar',
  'murah',
  'umkm',
  'pantai',
  'wisata',
  'desa',
  'banjir',
  'bantuan',
  'sosial',
  'pajak',
  'perizinan',
  'kebersihan',
  'lingkungan',
  'pemuda',
  'olahraga',
  'masjid',
  'gereja',
  'pura',
  'musrenbang',
  'rapat',
  'koordinasi',
  'kunjungan',
  'kerja',
  'peresmian',
  'gedung',
];

const tags = Array.from({ length: 60 }, (_, i) => `tag-${assetWords[i % assetWords.length]}-${i}`);

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface SeededAssets {
  collectionIds: string[];
  tags: string[];
}

/**
 * `count` asset rows written straight into SQL (no files: the query benchmark reads rows only),
 * with a realistic spread: kinds, orientations, five years of capture dates, tags, collections,
 * FTS rows, rights expiry on a few, and one in five used by a post.
 */
export function seedAssets(db: Db, count: number, postIds: readonly string[]): SeededAssets {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(assetWords)).join(' ');
  const now = new Date().toISOString();
  const collectionIds = Array.from({ length: 50 }, () => randomUUID());

  const insertAsset = db.prepare(
    `INSERT INTO assets (id, sha256, ext, kind, mime, size, original_name, width, height, duration_ms,
       captured_at, title, description, rights_expires_on, has_thumbs, imported_at, updated_at)
     VALUES (@id, @sha256, @ext, @kind, @mime, @size, @name, @width, @height, @duration,
       @captured, @title, @description, @rights, @thumbs, @imported, @imported)`,
  );
  const insertTag = db.prepare('INSERT OR IGNORE INTO asset_tags (asset_id, tag) VALUES (?, ?)');
  const insertMember = db.prepare(
    'INSERT OR IGNORE INTO asset_collections (collection_id, asset_id, added_at) VALUES (?, ?, ?)',
  );
  const insertFts = db.prepare(
    'INSERT INTO assets_fts (rowid, name, title, description, tags) VALUES (?, ?, ?, ?, ?)',
  );
  const insertUse = db.prepare(
    'INSERT OR IGNORE INTO post_assets (post_id, asset_id, position) VALUES (?, ?, ?)',
  );

  db.transaction(() => {
    collectionIds.forEach((id, i) =>
      db
        .prepare('INSERT INTO collections (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)')
        .run(id, `Koleksi ${i} ${pick(assetWords)}`, now, now),
    );
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const roll = next();
      const kind =
        roll < 0.65 ? 'image' : roll < 0.85 ? 'video' : roll < 0.97 ? 'document' : 'audio';
      const portrait = next() < 0.35;
      const visual = kind === 'image' || kind === 'video';
      const taken = new Date(Date.UTC(2021, 0, 1) + next() * 5 * 365 * 86_400_000);
      const title = next() < 0.6 ? words(3) : '';
      const description = next() < 0.7 ? words(10) : '';
      const assetTags = Array.from({ length: Math.floor(next() * 4) }, () => pick(tags));
      const name = `${kind === 'image' ? 'IMG' : 'DOK'}_${i}_${words(2).replace(/ /g, '-')}.${kind === 'image' ? 'jpg' : kind === 'video' ? 'mp4' : kind === 'document' ? 'pdf' : 'mp3'}`;
      const result = insertAsset.run({
        id,
        sha256: i.toString(16).padStart(64, '0'),
        ext: name.split('.').at(-1),
        kind,
        mime: `${kind === 'document' ? 'application' : kind}/x`,
        size: Math.floor(100_000 + next() * 8_000_000),
        name,
        width: visual ? (portrait ? 3000 : 4000) : null,
        height: visual ? (portrait ? 4000 : 3000) : null,
        duration: kind === 'video' || kind === 'audio' ? Math.floor(next() * 600_000) : null,
        captured: kind === 'image' && next() < 0.85 ? taken.toISOString().slice(0, 19) : null,
        title,
        description,
        rights:
          next() < 0.05
            ? new Date(Date.now() + (next() - 0.3) * 200 * 86_400_000).toISOString().slice(0, 10)
            : null,
        thumbs: kind === 'image' ? 1 : 0,
        imported: taken.toISOString(),
      });
      for (const tag of assetTags) insertTag.run(id, tag);
      if (next() < 0.3) insertMember.run(pick(collectionIds), id, now);
      insertFts.run(
        result.lastInsertRowid,
        name,
        title,
        description,
        [...new Set(assetTags)].join(' '),
      );
      if (postIds.length > 0 && next() < 0.2)
        insertUse.run(pick(postIds), id, Math.floor(next() * 10));
    }
  })();
  return { collectionIds, tags };
}
