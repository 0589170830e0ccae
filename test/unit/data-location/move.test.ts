import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { readDataConfig, writeDataConfig } from '../../../src/main/data-location/config';
import { moveDataDir, MoveRefused, noteName } from '../../../src/main/data-location/move';
import { keyFileOf, loadOfficeKey } from '../../../src/main/exchange/keys';
import { selfSignedCertificate, tlsFolder } from '../../../src/main/network/certificate';
import { image, put } from '../assets/fixtures';
import { useTempDir } from '../helpers';

const tempDir = useTempDir('linimasa-move-');
const apps: LinimasaApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});
const now = () => new Date('2026-12-02T08:00:00Z');

/** A real data directory with two imported photos, closed again. */
async function dataDirWithPhotos(dataDir: string) {
  const source = join(dataDir, '..', 'foto');
  mkdirSync(source, { recursive: true });
  const app = openApp(dataDir);
  await app.library.ready;
  const { results } = await app.library.importPaths([
    put(source, 'a.jpg', await image('jpeg')),
    put(source, 'b.png', await image('png')),
  ]);
  expect(results.every((r) => r.status === 'imported')).toBe(true);
  app.close();
  return results.map((r) => r.assetId!);
}

const tree = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    // -wal and -shm come and go as SQLite opens and closes the database; incoming/ holds only
    // files being written and a running importer's lock, which a move does not copy.
    .filter((entry) => entry.isFile() && !/-(wal|shm)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .filter((name) => !name.startsWith('incoming'))
    .sort();

describe('moving the data directory', () => {
  it('copies everything, switches the config, and leaves the old folder set aside with a note', async () => {
    const root = tempDir();
    const from = join(root, 'lama', 'data');
    const to = join(root, 'D', 'Linimasa');
    const config = join(root, 'config');
    const ids = await dataDirWithPhotos(from);
    const ownFiles = tree(from);
    const progress: number[] = [];

    const result = await moveDataDir({
      from,
      to,
      configDir: config,
      now,
      onProgress: ({ copiedBytes, totalBytes }) => progress.push(copiedBytes / totalBytes),
    });

    expect(readDataConfig(config)).toEqual({ dataDir: to });
    expect(tree(to)).toEqual(ownFiles);
    expect(progress.at(-1)).toBe(1);
    expect(existsSync(from)).toBe(false);
    expect(result.oldFiles).toBe(`${from}-LAMA-SUDAH-DIPINDAH-2026-12-02`);
    expect(readFileSync(join(result.oldFiles, noteName), 'utf8')).toContain(to);
    expect(existsSync(join(result.oldFiles, 'linimasa.db'))).toBe(true);

    const moved = openApp(to);
    apps.push(moved);
    await moved.library.ready;
    for (const id of ids) {
      const asset = moved.services.assets.get(id);
      expect(asset.status).toBe('ok');
      expect(existsSync(join(to, asset.media.original))).toBe(true);
    }
  });

  it('carries the exchange signing key and the network certificate, modes and all', async () => {
    const root = tempDir();
    const from = join(root, 'data');
    await dataDirWithPhotos(from);
    const app = openApp(from);
    const identity = app.services.exchange.setIdentity({
      code: '33.74',
      name: 'Diskominfo Kota Semarang',
      level: 'kabupaten_kota',
    }).identity!;
    app.close();
    const certificate = await selfSignedCertificate(from, { addresses: [], names: ['kantor'] });
    const keyBytes = readFileSync(keyFileOf(from));
    const mode = (path: string) => statSync(path).mode & 0o777;
    const modes = (dir: string) => [
      mode(keyFileOf(dir)),
      mode(join(dir, 'keys')),
      mode(join(tlsFolder(dir), 'key.pem')),
      mode(join(tlsFolder(dir), 'cert.pem')),
    ];
    const before = modes(from);
    if (process.platform !== 'win32') expect(before.slice(0, 3)).toEqual([0o600, 0o700, 0o600]);
    const to = join(root, 'baru');

    await moveDataDir({ from, to, configDir: join(root, 'config'), now });

    expect(readFileSync(keyFileOf(to))).toEqual(keyBytes);
    if (process.platform !== 'win32') expect(modes(to)).toEqual(before);
    expect(loadOfficeKey(to)?.fingerprint).toBe(identity.fingerprint);
    const moved = openApp(to);
    apps.push(moved);
    // The moved office still signs as itself: its identity file is signed with the same key.
    expect(moved.services.exchange.identityFile().text).toContain(identity.code);
    const served = await selfSignedCertificate(to, { addresses: [], names: ['kantor'] });
    expect(served.created).toBe(false);
    expect(served.fingerprint).toBe(certificate.fingerprint);
  });

  it('moves an old install out of a folder it shares with Electron (macOS: into its own subfolder)', async () => {
    const userData = join(tempDir(), 'Linimasa');
    await dataDirWithPhotos(userData);
    mkdirSync(join(userData, 'Cache'));
    writeFileSync(join(userData, 'Cache', 'data_0'), 'chromium');
    writeDataConfig(userData, {});
    const to = join(userData, 'data');

    const result = await moveDataDir({
      from: userData,
      to,
      configDir: userData,
      allowInside: true,
      now,
    });

    expect(readDataConfig(userData)).toEqual({ dataDir: to });
    expect(result.oldFiles).toBe(join(userData, 'Linimasa-LAMA-SUDAH-DIPINDAH-2026-12-02'));
    expect(readdirSync(userData).sort()).toEqual(
      ['Cache', 'Linimasa-LAMA-SUDAH-DIPINDAH-2026-12-02', 'config.json', 'data'].sort(),
    );
    expect(readdirSync(result.oldFiles)).toEqual(
      expect.arrayContaining(['linimasa.db', 'assets', 'thumbs', noteName]),
    );
    expect(existsSync(join(to, 'linimasa.db'))).toBe(true);
  });

  it('refuses a non-empty target, a target inside the data, the same folder, and changes nothing', async () => {
    const root = tempDir();
    const from = join(root, 'data');
    const config = join(root, 'config');
    await dataDirWithPhotos(from);
    writeDataConfig(config, { dataDir: from });
    const before = tree(from);
    mkdirSync(join(root, 'penuh'));
    writeFileSync(join(root, 'penuh', 'catatan.txt'), 'punya orang lain');

    const attempts: [string, RegExp][] = [
      [join(root, 'penuh'), /harus kosong/],
      [join(from, 'baru'), /di dalam folder data/],
      [join(from, 'assets', 'x'), /di dalam folder data/],
      [from, /sudah berada/],
      [root, /berisi folder data/],
    ];
    for (const [to, message] of attempts) {
      await expect(moveDataDir({ from, to, configDir: config })).rejects.toThrow(message);
    }
    expect(tree(from)).toEqual(before);
    expect(readDataConfig(config)).toEqual({ dataDir: from });
    expect(readdirSync(join(root, 'penuh'))).toEqual(['catatan.txt']);
  });

  it('refuses while another Linimasa has the data open', async () => {
    const root = tempDir();
    const from = join(root, 'data');
    await dataDirWithPhotos(from);
    const running = openApp(from);
    apps.push(running);
    const to = join(root, 'baru');
    await expect(moveDataDir({ from, to, configDir: join(root, 'config') })).rejects.toThrow(
      /sedang dibuka oleh Linimasa lain/,
    );
    expect(existsSync(to)).toBe(false);
    expect(readDataConfig(join(root, 'config'))).toBeUndefined();
  });

  it('a cancel half-way removes the copy and changes nothing', async () => {
    const root = tempDir();
    const from = join(root, 'data');
    await dataDirWithPhotos(from);
    const before = tree(from);
    const to = join(root, 'kosong');
    mkdirSync(to); // an empty folder the person made: it stays, empty
    const controller = new AbortController();
    const error = await moveDataDir({
      from,
      to,
      configDir: join(root, 'config'),
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MoveRefused);
    expect((error as Error).message).toMatch(/dibatalkan/);
    expect(readdirSync(to)).toEqual([]);
    expect(tree(from)).toEqual(before);
    expect(readDataConfig(join(root, 'config'))).toBeUndefined();
  });
});
