import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { schemaVersion, migrate } from '../../../src/main/db/migrate';
import { latestSchemaVersion } from '../../../src/main/db/migrations';
import { image, put } from '../assets/fixtures';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

async function call(method: string, request: unknown) {
  const result = await acting(app!)(method, request);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as never;
}

async function office() {
  app = openApp(join(tempDir(), 'data'), { sweepAssets: false });
  const planner: { id: string } = await call('people.create', { name: 'Rina', role: 'planner' });
  const post = (title: string) => call('posts.create', { actorId: planner.id, title });
  return { post };
}

const postTitles = () =>
  (app!.db.prepare('SELECT title FROM posts ORDER BY title').all() as { title: string }[]).map(
    (r) => r.title,
  );

describe('restore from a backup while the app runs', () => {
  it('puts the calendar back, keeps a safety copy, and the safety copy undoes the restore', async () => {
    const { post } = await office();
    await post('Sebelum cadangan');
    const backup: { name: string } = await call('backup.create', {});
    await post('Sesudah cadangan');
    expect(postTitles()).toEqual(['Sebelum cadangan', 'Sesudah cadangan']);

    const result: { restored: { name: string }; safetyCopy: { name: string; reason: string } } =
      await call('backup.restore', { name: backup.name });
    expect(result.restored.name).toBe(backup.name);
    expect(result.safetyCopy.reason).toBe('before-restore');
    expect(postTitles()).toEqual(['Sebelum cadangan']);
    // The app keeps working on the restored data, with the same connection.
    await post('Setelah pemulihan');
    expect(postTitles()).toEqual(['Sebelum cadangan', 'Setelah pemulihan']);
    expect((await call('backup.check', {})) as unknown).toEqual({ ok: true, problems: [] });

    await call('backup.restore', { name: result.safetyCopy.name });
    expect(postTitles()).toEqual(['Sebelum cadangan', 'Sesudah cadangan']);
  });

  it('keeps assets imported after the backup in the library (their files would otherwise be swept)', async () => {
    await office();
    const backup: { name: string } = await call('backup.create', {});
    const photo = put(tempDir(), 'foto.jpg', await image('jpeg'));
    const imported = await app!.library.importPaths([photo]);
    expect(imported.imported).toBe(1);
    const before = app!.db.prepare('SELECT id, sha256 FROM assets').all();

    const result: { assetsKept: number } = await call('backup.restore', { name: backup.name });
    expect(result.assetsKept).toBe(1);
    expect(app!.db.prepare('SELECT id, sha256 FROM assets').all()).toEqual(before);
    const found: { total: number | null } = await call('assets.list', {
      filter: { query: 'foto' },
      withTotal: true,
    });
    expect(found.total).toBe(1); // searchable again: the FTS row came back too
    const report = await app!.library.sweep();
    expect(report.readopted).toBe(0); // the row kept its name, tags and title: nothing to re-adopt
  });

  it('migrates a backup from an older schema', async () => {
    await office();
    const dir = app!.paths.backups;
    const name = 'linimasa-schema3-before-4-2026-01-01T00-00-00-000Z.db';
    const old = new Database(join(dir, name));
    migrate(old, { target: 3 });
    old.close();
    await call('backup.restore', { name });
    expect(schemaVersion(app!.db)).toBe(latestSchemaVersion);
    expect(postTitles()).toEqual([]);
  });

  it('refuses names outside the backup list, damaged files and restores during a running job', async () => {
    const { post } = await office();
    await post('Tetap ada');
    for (const name of ['../data/linimasa.db', 'tidak-ada.db']) {
      const result = await acting(app!)('backup.restore', { name });
      expect(result.ok ? null : result.error.code).toBe('not_found');
    }
    const damaged = 'linimasa-2026-01-01T00-00-00-000Z-manual.db';
    writeFileSync(join(app!.paths.backups, damaged), 'bukan basis data SQLite'.repeat(300));
    const refused = await acting(app!)('backup.restore', { name: damaged });
    expect(refused.ok ? null : refused.error.code).toBe('invalid_request');
    expect(postTitles()).toEqual(['Tetap ada']);
    expect(readdirSync(app!.paths.backups).some((n) => n.includes('before-restore'))).toBe(false);

    const backup: { name: string } = await call('backup.create', {});
    const jobId = app!.jobs.start('verify', () => new Promise((r) => setTimeout(r, 200)));
    const busy = await acting(app!)('backup.restore', { name: backup.name });
    expect(busy.ok ? null : busy.error.code).toBe('conflict');
    await app!.jobs.settled(jobId);
    expect(existsSync(join(app!.paths.backups, backup.name))).toBe(true);
  });
});
