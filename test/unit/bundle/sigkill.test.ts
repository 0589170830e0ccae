import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/app';
import { recordExported, writeBundle } from '../../../src/main/bundle';
import { seedBulk } from '../../../src/main/db/seed-bulk';
import { postsRepository } from '../../../src/main/db/repositories/posts';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import { loadSchedule } from '../../../src/main/export/schedule';
import { exportFilterSchema } from '../../../src/shared/domain/exports';
import { postStatuses } from '../../../src/shared/domain/post-status';
import { addDaysLocal } from '../../../src/shared/time';
import { useTempDir } from '../helpers';
import { photo } from './fixture';

const tempDir = useTempDir('linimasa-bundle-sigkill-');
const child = join(__dirname, 'sigkill-child.ts');

/** Starts the import and SIGKILLs it at the first progress line `strike` accepts. */
function importAndKill(dataDir: string, file: string, strike: (line: string) => boolean) {
  return new Promise<{ signal: NodeJS.Signals | null; lines: string[] }>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    let buffered = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (strike(line)) proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    // 'exit' comes after the kernel reaped it: its pid is then free, as after a real crash.
    proc.on('exit', (_code, signal) => resolve({ signal, lines }));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

/** A year of a busy office (about 2,200 posts) with eight large photos attached. */
async function bigBundle(root: string): Promise<{ file: string; posts: number }> {
  const app = openApp(join(root, 'sumber'));
  await app.library.ready;
  const seeded = seedBulk(app.db, { posts: 10_000 });
  const filter = exportFilterSchema.parse({
    from: seeded.from,
    to: addDaysLocal(seeded.from, 399),
    statuses: [...postStatuses],
  });
  const schedule = loadSchedule(app.db, filter);
  const posts = postsRepository(app.db);
  for (let n = 0; n < 8; n++) {
    const result = await app.library.importStream(
      `foto-${n}.jpg`,
      Readable.from([await photo(100 + n, 1800, 1350)]),
    );
    posts.replaceAssets(schedule.posts[n * 10]!.id, [result.assetId!]);
  }
  const file = join(root, 'tahunan.linimasa');
  const fresh = loadSchedule(app.db, filter);
  await writeFileAtomically(file, async (out) => {
    await writeBundle({ db: app.db, dataDir: app.paths.root }, fresh, out);
  });
  recordExported(app.db, fresh);
  app.close();
  return { file, posts: fresh.posts.length };
}

describe('a bundle import killed with SIGKILL', () => {
  it('leaves an intact database with no post half-imported, and a clean library after the next start', async () => {
    const root = tempDir();
    const { file, posts } = await bigBundle(root);
    expect(posts).toBeGreaterThan(2000);
    const dataDir = join(root, 'tujuan');
    openApp(dataDir).close();

    const strikes: [string, (line: string) => boolean][] = [
      ['while checking and copying files', (l) => /^progress verify [1-9]/.test(l)],
      ['while adding files to the library', (l) => l.startsWith('progress assets 3 ')],
      ['in the middle of the database transaction', (l) => l.startsWith('progress save 500 ')],
    ];
    let swept = 0;
    for (const [moment, strike] of strikes) {
      const { signal, lines } = await importAndKill(dataDir, file, strike);
      expect(signal, moment).toBe('SIGKILL');
      expect(
        lines.some((l) => l.startsWith('done')),
        moment,
      ).toBe(false);

      const db = new Database(join(dataDir, 'linimasa.db'));
      expect(db.pragma('integrity_check', { simple: true }), moment).toBe('ok');
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      // All or nothing: no post without its channels, search row or exchange memory. (The last
      // kill is sent once 500 of some 2,200 posts are written, so it lands inside the
      // transaction; should it ever come after the commit, everything must be there.)
      const imported = count('SELECT count(*) AS n FROM posts');
      expect([0, posts], moment).toContain(imported);
      expect(count('SELECT count(*) AS n FROM posts_fts'), moment).toBe(imported);
      expect(count('SELECT count(*) AS n FROM exchange_posts'), moment).toBe(imported);
      expect(count('SELECT count(DISTINCT post_id) AS n FROM post_channels'), moment).toBe(
        imported,
      );
      const rows = db.prepare('SELECT sha256 FROM assets').all() as { sha256: string }[];
      // A photo the import added is attached to a post, or waits in a collection that says the
      // import did not finish: never in the library attached to nothing without a word.
      expect(
        count(`SELECT count(*) AS n FROM assets a
               WHERE NOT EXISTS (SELECT 1 FROM post_assets p WHERE p.asset_id = a.id)
                 AND NOT EXISTS (SELECT 1 FROM asset_collections ac
                                 JOIN collections c ON c.id = ac.collection_id
                                 WHERE ac.asset_id = a.id AND c.name LIKE 'Impor paket belum selesai:%')`),
        moment,
      ).toBe(0);
      db.close();

      // The data directory opens; the sweep removes what the dead process left half-done.
      const app = openApp(dataDir);
      const report = await app.library.ready;
      swept += (report?.tempRemoved ?? 0) + (report?.readopted ?? 0);
      expect(report?.busy, moment).toBe(false);
      expect(
        readdirSync(join(dataDir, 'incoming')).filter((f) => !f.endsWith(`${process.pid}.lock`)),
        moment,
      ).toEqual([]);
      // Every file left belongs to a row: one from before the kill, or a complete file the kill
      // caught between its rename and its row, re-adopted by the sweep (never deleted).
      const known = new Set(
        (app.db.prepare('SELECT sha256 FROM assets').all() as { sha256: string }[]).map(
          (row) => row.sha256,
        ),
      );
      expect(known.size).toBe(rows.length + (report?.readopted ?? 0));
      for (const name of [
        ...filesUnder(join(dataDir, 'assets')),
        ...filesUnder(join(dataDir, 'thumbs')),
      ]) {
        expect(known.has(name.slice(0, 64)), `${moment}: ${name}`).toBe(true);
      }
      app.close();
    }
    // The kills did land mid-way (a test that never caught a half-written file proves little).
    expect(swept).toBeGreaterThan(0);

    // And the import, run again to the end, completes.
    const { lines } = await importAndKill(dataDir, file, () => false);
    expect(lines.at(-1)).toMatch(/^done \d+$/);
    const db = new Database(join(dataDir, 'linimasa.db'));
    expect((db.prepare('SELECT count(*) AS n FROM posts').get() as { n: number }).n).toBe(posts);
    // Finished: the waiting collection of the interrupted attempts is gone.
    expect(
      db
        .prepare("SELECT name FROM collections WHERE name LIKE 'Impor paket belum selesai:%'")
        .all(),
    ).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM posts_fts').get() as { n: number }).n).toBe(
      posts,
    );
    db.close();
  }, 180_000);
});
