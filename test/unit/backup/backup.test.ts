import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import {
  backupIfDue,
  createBackup,
  inspectBackup,
  listBackups,
  pruneBackups,
} from '../../../src/main/backup/backups';
import { newestBackup, restoreBackup } from '../../../src/main/backup/restore';
import { latestSchemaVersion } from '../../../src/main/db/migrations';
import { runCliCaptured } from '../cli-run';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

function office(name = 'Humas Kabupaten A') {
  const dataDir = join(tempDir(), 'data');
  app = openApp(dataDir, { sweepAssets: false });
  app.services.settings.update({ officeName: name });
  return { dataDir, app };
}

const officeNameIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT office_name FROM settings').get() as { office_name: string };
  db.close();
  return row.office_name;
};

describe('backups', () => {
  it('takes an online copy with the data, leaving no .partial file', async () => {
    const { app } = office();
    const backup = await createBackup(
      app.db,
      app.paths.backups,
      'manual',
      new Date('2026-11-27T01:02:03.004Z'),
    );
    expect(backup.name).toBe('linimasa-2026-11-27T01-02-03-004Z-manual.db');
    expect(officeNameIn(backup.path)).toBe('Humas Kabupaten A');
    expect(readdirSync(app.paths.backups).filter((n) => n.endsWith('.partial'))).toEqual([]);
    expect(listBackups(app.paths.backups)).toEqual([
      expect.objectContaining({
        name: backup.name,
        createdAt: '2026-11-27T01:02:03.004Z',
        reason: 'manual',
      }),
    ]);
  });

  it('backs up at start-up only when the newest copy is a day old, and prunes to the setting', async () => {
    const { app } = office();
    const day = (d: number) => new Date(Date.UTC(2026, 10, d, 8));
    expect(await backupIfDue(app.db, app.paths.backups, 3, day(1))).not.toBeNull();
    expect(
      await backupIfDue(app.db, app.paths.backups, 3, new Date(Date.UTC(2026, 10, 1, 20))),
    ).toBeNull();
    for (const d of [2, 3, 4, 5]) await backupIfDue(app.db, app.paths.backups, 3, day(d));
    await createBackup(app.db, app.paths.backups, 'before-restore', day(1));
    const kept = listBackups(app.paths.backups);
    expect(kept.filter((b) => b.reason === 'auto').map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-11-05',
      '2026-11-04',
      '2026-11-03',
    ]);
    // safety copies are never pruned
    expect(pruneBackups(app.paths.backups, 1)).toHaveLength(2);
    expect(
      listBackups(app.paths.backups)
        .map((b) => b.reason)
        .sort(),
    ).toEqual(['auto', 'before-restore']);
  });

  it('refuses to inspect a file that is not a database or comes from a newer app', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bukan.db'), 'ini bukan basis data'.repeat(100));
    expect(() => inspectBackup(join(dir, 'bukan.db'))).toThrow();
    const future = new Database(join(dir, 'future.db'));
    future.pragma(`user_version = ${latestSchemaVersion + 1}`);
    future.close();
    expect(() => inspectBackup(join(dir, 'future.db'))).toThrow(/lebih baru/);
  });

  it('restores a backup, keeping a safety copy of the state it replaces', async () => {
    const { dataDir, app: opened } = office('Sebelum');
    const backup = await createBackup(opened.db, opened.paths.backups, 'manual');
    opened.services.settings.update({ officeName: 'Sesudah' });
    opened.close();
    app = undefined;

    const { safetyCopy } = await restoreBackup(dataDir, backup.path);
    expect(officeNameIn(join(dataDir, 'linimasa.db'))).toBe('Sebelum');
    expect(officeNameIn(safetyCopy!.path)).toBe('Sesudah');
    expect(existsSync(join(dataDir, 'linimasa.db.restore-partial'))).toBe(false);
  });

  it('sets a database that will not open aside instead of overwriting it, then restores', async () => {
    const { dataDir, app: opened } = office('Cadangan baik');
    const backup = await createBackup(opened.db, opened.paths.backups, 'manual');
    opened.close();
    app = undefined;
    const database = join(dataDir, 'linimasa.db');
    const damaged = Buffer.from('bukan SQLite, sektor rusak '.repeat(500));
    writeFileSync(database, damaged);
    expect(() => openApp(dataDir)).toThrow();

    expect(newestBackup(dataDir)?.name).toBe(backup.name);
    const result = await restoreBackup(dataDir, backup.path);
    expect(result.safetyCopy).toBeNull();
    expect(readFileSync(result.setAside!)).toEqual(damaged); // kept byte for byte
    expect(officeNameIn(database)).toBe('Cadangan baik');
  });
});

describe('backup through the API and the CLI', () => {
  const cli = runCliCaptured;

  it('creates, lists and checks through dispatch', async () => {
    const { app } = office();
    const created = await acting(app)('backup.create', {});
    expect(created).toMatchObject({ ok: true, value: { reason: 'manual' } });
    expect(await acting(app)('backup.list', {})).toMatchObject({
      ok: true,
      value: [{ reason: 'manual' }],
    });
    expect(await acting(app)('backup.check', {})).toEqual({
      ok: true,
      value: { ok: true, problems: [] },
    });
  });

  it('backs up, checks and restores from the command line, asking for --yes first', async () => {
    const dataDir = join(tempDir(), 'data');
    expect((await cli('init', '--data-dir', dataDir)).code).toBe(0);
    expect(await cli('backup', '--data-dir', dataDir)).toMatchObject({
      code: 0,
      out: expect.stringContaining('Cadangan dibuat'),
    });
    expect(await cli('check', '--data-dir', dataDir)).toMatchObject({
      code: 0,
      out: expect.stringContaining('utuh'),
    });
    const [backup] = listBackups(join(dataDir, 'backups'));
    expect(await cli('restore', backup!.path, '--data-dir', dataDir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--yes'),
    });
    expect(await cli('restore', backup!.path, '--yes', '--data-dir', dataDir)).toMatchObject({
      code: 0,
    });
    expect(listBackups(join(dataDir, 'backups')).map((b) => b.reason)).toContain('before-restore');
  });

  it('names the newest backup and the restore command when the database will not open', async () => {
    const dataDir = join(tempDir(), 'data');
    await cli('init', '--data-dir', dataDir);
    await cli('backup', '--data-dir', dataDir);
    writeFileSync(join(dataDir, 'linimasa.db'), Buffer.alloc(4096, 0x41));
    const failed = await cli('info', '--data-dir', dataDir);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/Cadangan terbaru: .*linimasa-.*-manual\.db/);
    expect(failed.err).toContain('npm run cli -- restore');
    const [backup] = listBackups(join(dataDir, 'backups'));
    expect((await cli('restore', backup!.path, '--yes', '--data-dir', dataDir)).code).toBe(0);
    expect((await cli('info', '--data-dir', dataDir)).code).toBe(0);
  });
});
