import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { reasonFor } from '../../../src/main/assets/messages';
import { makeThumbnails } from '../../../src/main/assets/thumbnails';
import { seedBulk } from '../../../src/main/db/seed-bulk';
import { diskSpace, reserveFor } from '../../../src/main/disk/space';
import { AppError } from '../../../src/shared/api/errors';
import { addDaysLocal, todayIn } from '../../../src/shared/time';
import { image } from '../assets/fixtures';
import { useTempDir } from '../helpers';
import { tmpfsReason, useTmpfs } from './tmpfs';
import { acting } from '../acting';

const tempDir = useTempDir('linimasa-diskfull-');
const mount = useTmpfs();
const apps: LinimasaApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

async function open(dataDir: string) {
  const app = openApp(dataDir, { logError: () => undefined });
  apps.push(app);
  await app.library.ready;
  return app;
}

const diskFullWords =
  /^Ruang penyimpanan penuh \(.*tersisa [\d,.]+ (kB|MB|GB)\)\. Tidak ada data yang berubah\./;

describe('a full disk is named as a full disk', () => {
  it('posts.create and posts.update answer disk_full (SQLITE_FULL) and change nothing', async () => {
    const app = await open(join(tempDir(), 'data'));
    const person = await acting(app)('people.create', { name: 'Rina', role: 'planner' });
    if (!person.ok) throw new Error(person.error.message);
    const actorId = (person.value as { id: string }).id;
    const created = await acting(app)('posts.create', { actorId, title: 'Sebelum penuh' });
    if (!created.ok) throw new Error(created.error.message);
    const post = created.value as { id: string; version: number };
    // SQLite's own limit makes the database file unable to grow: the SQLITE_FULL a full disk gives.
    const pages = app.db.pragma('page_count', { simple: true }) as number;
    app.db.pragma(`max_page_count = ${pages}`);
    const long = 'Caption panjang. '.repeat(4_000);
    const refused = await acting(app)('posts.create', { actorId, title: 'Baru', caption: long });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('disk_full');
    expect(refused.error.message).toMatch(diskFullWords);
    expect(refused.error.details?.freeBytes).toBeGreaterThan(0);
    const update = await acting(app)('posts.update', {
      id: post.id,
      version: post.version,
      actorId,
      caption: long,
    });
    expect(!update.ok && update.error.code).toBe('disk_full');
    const titles = app.db.prepare('SELECT title, caption FROM posts').all();
    expect(titles).toEqual([{ title: 'Sebelum penuh', caption: '' }]);
  });

  describe.skipIf(tmpfsReason !== null)(`on a real small disk (tmpfs) ${tmpfsReason ?? ''}`, () => {
    it('imports on an 8 MiB disk, and refuses a file that does not fit with the figures', async () => {
      const root = tempDir();
      const dataDir = join(root, 'data');
      mkdirSync(dataDir);
      mount(dataDir, '8m');
      const app = await open(dataDir);
      const source = join(root, 'sumber');
      mkdirSync(source);
      writeFileSync(join(source, 'foto.jpg'), await image('jpeg', { width: 600, height: 400 }));
      const first = await app.library.importPaths([join(source, 'foto.jpg')]);
      // A fixed 64 MiB reserve refused every import on this disk.
      expect(first.results.map((r) => [r.status, r.reason])).toEqual([['imported', null]]);
      writeFileSync(join(source, 'besar.jpg'), await image('jpeg', { width: 2600, height: 2000 }));
      const big = readFileSync(join(source, 'besar.jpg')).length;
      // Fill the disk until the photo fits but the room kept free (1 MiB on this disk) does not.
      const free = () => diskSpace(dataDir)!.free;
      expect(reserveFor(diskSpace(dataDir)!.total)).toBe(1024 * 1024);
      writeFileSync(join(dataDir, 'pengisi'), Buffer.alloc(free() - big - 300_000));
      const second = await app.library.importPaths([join(source, 'besar.jpg')]);
      expect(second.results[0]).toMatchObject({ status: 'failed' });
      expect(second.results[0]!.reason).toMatch(
        /^Ruang penyimpanan penuh \(perlu sekitar .*, tersisa /,
      );
      expect(app.db.prepare('SELECT count(*) AS n FROM assets').get()).toEqual({ n: 1 });
      expect(readdirSync(join(dataDir, 'incoming')).filter((n) => !n.endsWith('.lock'))).toEqual(
        [],
      );
    });

    it('a thumbnail write failing with ENOSPC names the disk, not the photo', async () => {
      // Thumbnails are made by the media worker into the import's staging folder (on the data
      // directory's disk); here that whole store is a 16 kB disk. The worker must pass the
      // ENOSPC on instead of calling the photo broken, and leave no half-written preview.
      const root = tempDir();
      const full = join(root, 'penuh');
      mkdirSync(full);
      mount(full, '16k');
      const paths = {
        root: full,
        assets: join(full, 'assets'),
        thumbs: join(full, 'thumbs'),
        incoming: join(full, 'incoming'),
      };
      for (const dir of [paths.assets, paths.thumbs, paths.incoming]) mkdirSync(dir);
      const source = join(root, 'foto.jpg');
      writeFileSync(source, await image('jpeg', { width: 1600, height: 1200, seed: 3 }));
      const error = await makeThumbnails(paths, source, 'ab'.repeat(32), 'jpg').then(
        () => null,
        (e: unknown) => e,
      );
      const reason = reasonFor(error, full);
      expect(reason).not.toContain('rusak');
      expect(reason).toMatch(diskFullWords);
      const previews = readdirSync(full, { recursive: true }).filter((n) =>
        String(n).endsWith('.webp'),
      );
      expect(previews).toEqual([]);
    });

    it('an export to a full flash drive says so and keeps the old file', async () => {
      const root = tempDir();
      const app = await open(join(root, 'data'));
      seedBulk(app.db, { posts: 2_000 });
      const zone = app.services.settings.get().timeZone;
      const today = todayIn(zone);
      const drive = join(root, 'flashdisk');
      mkdirSync(drive);
      mount(drive, '64k');
      const target = join(drive, 'jadwal.csv');
      writeFileSync(target, 'versi lama');
      const filter = {
        from: addDaysLocal(today, -200),
        to: addDaysLocal(today, 199),
        statuses: ['draft', 'in_review', 'approved', 'published'] as const,
        channelIds: [],
        campaignIds: [],
      };
      const error = await app.services.exports
        .write(
          { filter: { ...filter, statuses: [...filter.statuses] }, format: 'csv', actorId: null },
          { target },
        )
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('disk_full');
      expect((error as AppError).message).toMatch(diskFullWords);
      expect(readFileSync(target, 'utf8')).toBe('versi lama');
      expect(readdirSync(drive)).toEqual(['jadwal.csv']);
    });

    it('a backup onto a full disk answers disk_full', async () => {
      const root = tempDir();
      const dataDir = join(root, 'data');
      const app = await open(dataDir);
      seedBulk(app.db, { posts: 500 });
      mount(join(dataDir, 'backups'), '16k');
      const result = await acting(app)('backup.create', {});
      expect(!result.ok && result.error.code).toBe('disk_full');
      expect(!result.ok && result.error.message).toMatch(diskFullWords);
      expect(existsSync(join(dataDir, 'linimasa.db'))).toBe(true);
      expect(app.services.backup.check()).toMatchObject({ ok: true });
    });
  });
});
