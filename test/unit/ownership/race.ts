import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assetMediaPath, thumbMediaPath } from '../../../src/shared/domain/media-paths';
import { image, put } from '../assets/fixtures';

/** `count` small, distinct, real JPEGs in `dir` (sharp-made noise, a few KB each). */
export async function photoFolder(dir: string, count: number): Promise<string> {
  for (let n = 0; n < count; n++) {
    const photo = await image('jpeg', { seed: n, width: 48 + (n % 7), height: 32 });
    put(dir, `foto-${String(n).padStart(3, '0')}.jpg`, photo);
  }
  return dir;
}

export interface LibraryState {
  rows: number;
  /** Rows whose file is absent, or whose bytes do not hash to their name. */
  withoutFile: string[];
  /** Image rows that claim thumbnails that are not on disk, or lack them. */
  withoutThumbs: string[];
  notOk: string[];
}

/** Reads the data directory as a separate reader would: every row checked against the disk. */
export function libraryState(dataDir: string): LibraryState {
  const db = new Database(join(dataDir, 'linimasa.db'), { readonly: true });
  const rows = db.prepare('SELECT sha256, ext, kind, has_thumbs, status FROM assets').all() as {
    sha256: string;
    ext: string;
    kind: string;
    has_thumbs: number;
    status: string;
  }[];
  db.close();
  const state: LibraryState = { rows: rows.length, withoutFile: [], withoutThumbs: [], notOk: [] };
  for (const row of rows) {
    const file = join(dataDir, assetMediaPath(row.sha256, row.ext));
    const hash = existsSync(file)
      ? createHash('sha256').update(readFileSync(file)).digest('hex')
      : null;
    if (hash !== row.sha256) state.withoutFile.push(row.sha256);
    const thumbs = [320, 1024].every((size) => {
      const path = join(dataDir, thumbMediaPath(row.sha256, size));
      return existsSync(path) && statSync(path).size > 0;
    });
    if (row.kind === 'image' && (row.has_thumbs !== 1 || !thumbs))
      state.withoutThumbs.push(row.sha256);
    if (row.status !== 'ok') state.notOk.push(row.sha256);
  }
  return state;
}
