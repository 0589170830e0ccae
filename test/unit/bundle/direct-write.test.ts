import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../src/main/bundle';
import { AppError } from '../../../src/shared/api/errors';
import { assetMediaPath } from '../../../src/shared/domain/media-paths';
import { tmpfsReason, useTmpfs } from '../disk/tmpfs';
import { december, useOffices } from './fixture';
import { readZip } from './zip-craft';

const { demo, empty, tempDir } = useOffices();
const mount = useTmpfs();

/**
 * The exports service writes bundles straight into its temp file (zip-direct.ts: files copied
 * by a worker with plain fd reads and writes). Read back by Info-ZIP's `unzip -t` and Python's
 * zipfile, both of which check every CRC, and by the importer.
 */
describe('a bundle written by the app’s export (files copied with plain fd writes)', () => {
  it('is a zip that unzip, Python and the importer read, each photo byte for byte', async () => {
    const { a, photos } = await demo();
    const { file } = await a.app.services.exports.write({
      filter: december,
      format: 'bundle',
      actorId: null,
    });
    execFileSync('unzip', ['-tq', file.path]);
    const python = execFileSync('python3', [
      '-c',
      'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(len(z.namelist()))',
      file.path,
    ]);
    const entries = await readZip(file.path);
    expect(Number(python.toString().trim())).toBe(entries.length);
    expect(entries.at(-1)!.name).toBe('manifest.json');
    expect(file.bytes).toBe(statSync(file.path).size);
    for (const id of photos) {
      const asset = await a.call('assets.get', { id });
      const stored = entries.find((e) => e.name.includes(asset.sha256))!;
      expect(stored.compressionMethod).toBe(0);
      expect(
        stored.data.equals(readFileSync(join(a.dir, assetMediaPath(asset.sha256, asset.ext)))),
      ).toBe(true);
    }

    const b = await empty();
    const plan = await planImport(b.app, file.path);
    expect(plan.assets.new).toBe(photos.length);
    const summary = await applyImport(b.app, file.path);
    expect(summary.created).toBe(plan.posts.length);
    expect(summary.assets.imported).toBe(photos.length);
  });

  it('stops when cancelled during the write and leaves no file', async () => {
    const { a } = await demo();
    const controller = new AbortController();
    const error = await a.app.services.exports
      .write(
        { filter: december, format: 'bundle', actorId: null },
        { signal: controller.signal, progress: () => controller.abort() },
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(readdirSync(a.app.paths.exports)).toEqual([]);
  });

  describe.skipIf(tmpfsReason !== null)(`on a full disk ${tmpfsReason ?? ''}`, () => {
    it('answers disk_full and leaves nothing on the drive', async () => {
      const { a } = await demo();
      const drive = join(tempDir(), 'flashdisk');
      mkdirSync(drive);
      mount(drive, '16k');
      const error = await a.app.services.exports
        .write(
          { filter: december, format: 'bundle', actorId: null },
          { target: join(drive, 'desember.linimasa') },
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('disk_full');
      expect(readdirSync(drive)).toEqual([]);
    });
  });
});
