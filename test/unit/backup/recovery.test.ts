import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { listBackups } from '../../../src/main/backup/backups';
import { runCliCaptured } from '../cli-run';
import { useTempDir } from '../helpers';
import { image, put } from '../assets/fixtures';
import { acting } from '../acting';

const tempDir = useTempDir('linimasa-recovery-');
const opened: LinimasaApp[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
});

function open(dataDir: string): LinimasaApp {
  const app = openApp(dataDir);
  opened.push(app);
  return app;
}

function close(app: LinimasaApp): void {
  opened.splice(opened.indexOf(app), 1);
  app.close();
}

const cli = runCliCaptured;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file of assets/ and thumbs/ with the SHA-256 of its bytes. */
function library(dataDir: string): Record<string, string> {
  return Object.fromEntries(
    ['assets', 'thumbs']
      .flatMap((folder) => walk(join(dataDir, folder)))
      .map((file) => [
        relative(dataDir, file).split('\\').join('/'),
        createHash('sha256').update(readFileSync(file)).digest('hex'),
      ])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

/**
 * An office with three photos in its last backup and three imported after it, closed: the
 * state in which the restores deleted the newer three.
 */
async function office() {
  const root = tempDir();
  const dataDir = join(root, 'data');
  const source = join(root, 'foto');
  const app = open(dataDir);
  await app.library.ready;
  for (const seed of [1, 2, 3]) put(source, `lama-${seed}.jpg`, await image('jpeg', { seed }));
  expect((await app.library.importPaths([source])).imported).toBe(3);
  await app.services.backup.create();
  const [backup] = listBackups(join(dataDir, 'backups'));
  rmSync(source, { recursive: true });
  for (const seed of [4, 5, 6]) put(source, `baru-${seed}.jpg`, await image('jpeg', { seed }));
  expect((await app.library.importPaths([source])).imported).toBe(3);
  close(app);
  const before = library(dataDir);
  expect(Object.keys(before).filter((p) => p.startsWith('assets/'))).toHaveLength(6);
  expect(Object.keys(before).filter((p) => p.startsWith('thumbs/'))).toHaveLength(12);
  return { dataDir, backup, before };
}

/** Opens the folder as the app does, and checks the photos the database forgot are back. */
async function nextStart(dataDir: string, readopted: number, collected = readopted) {
  const app = open(dataDir);
  const report = await app.library.ready;
  expect(report).toMatchObject({ readopted, mismatched: [] });
  // The screen hears it once (a notice in Pustaka Aset), through the API.
  const told = await acting(app)('assets.recovered', {});
  expect(told).toMatchObject({ ok: true, value: { readopted, mismatched: 0 } });
  if (readopted > 0) {
    expect(told).toMatchObject({
      value: { collection: { name: expect.stringMatching(/^Dipulihkan /) } },
    });
  }
  expect(await acting(app)('assets.recovered', {})).toMatchObject({
    ok: true,
    value: { readopted: 0, collection: null },
  });
  const { items } = app.services.assets.list({
    filter: {},
    sort: 'newest',
    limit: 100,
    withTotal: false,
  } as never);
  expect(items).toHaveLength(6);
  const recovered = app.services.collections
    .list()
    .find((c) => /^Dipulihkan \d{1,2} \p{L}+ \d{4}$/u.test(c.name));
  expect(recovered).toMatchObject({ assetCount: collected });
  const inCollection = app.services.assets.list({
    filter: { collectionId: recovered!.id },
    sort: 'newest',
    limit: 100,
    withTotal: false,
  } as never).items;
  for (const asset of inCollection) {
    expect(asset.status).toBe('ok');
    expect(asset.kind).toBe('image');
    expect(asset.width).toBe(120);
    expect(asset.media.thumbSmall).not.toBeNull();
    expect(existsSync(join(dataDir, asset.media.thumbSmall!))).toBe(true);
  }
  close(app);
}

describe('a library file is never deleted because the database does not name it', () => {
  it('restore after damage: the printed restore command, then the next start, keep every photo', async () => {
    const { dataDir, before } = await office();
    const database = join(dataDir, 'linimasa.db');
    writeFileSync(database, readFileSync(database).subarray(0, 3000)); // truncated
    const info = await cli('info', '--data-dir', dataDir);
    expect(info.code).toBe(1);
    const command = /restore "([^"]+)" --yes/.exec(info.err);
    expect(command).not.toBeNull();
    expect((await cli('restore', command![1]!, '--yes', '--data-dir', dataDir)).code).toBe(0);
    await nextStart(dataDir, 3);
    expect(library(dataDir)).toEqual(before);
  });

  it('restore by hand: a backup copied over linimasa.db with the app closed keeps every photo', async () => {
    const { dataDir, backup, before } = await office();
    const database = join(dataDir, 'linimasa.db');
    copyFileSync(backup!.path, database);
    rmSync(`${database}-wal`, { force: true });
    rmSync(`${database}-shm`, { force: true });
    await nextStart(dataDir, 3);
    expect(library(dataDir)).toEqual(before);
  });

  it('a missing database: init starts a new one and every photo is re-adopted', async () => {
    const { dataDir, before } = await office();
    rmSync(join(dataDir, 'linimasa.db'));
    const init = await cli('init', '--data-dir', dataDir);
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/6 berkas pustaka .*"Dipulihkan /);
    await nextStart(dataDir, 0, 6);
    expect(library(dataDir)).toEqual(before);
  });
});
