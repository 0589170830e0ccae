import { existsSync, readdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetMediaPath } from '../../../src/shared/domain/media-paths';
import {
  applyImport,
  BundleError,
  planImport,
  recordExported,
  writeBundle,
} from '../../../src/main/bundle';
import { loadSchedule } from '../../../src/main/export/schedule';
import { runCli } from '../../../src/main/cli/run';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import { december, exportBundle, useOffices } from './fixture';

const { demo, tempDir } = useOffices();

async function photoPath() {
  const { a, photos } = await demo();
  const asset = await a.call('assets.get', { id: photos[0]! });
  return { a, asset, path: join(a.dir, assetMediaPath(asset.sha256, asset.ext)) };
}

describe('writing a bundle', () => {
  it('fails, leaving no file, when a photo on disk no longer matches its hash', async () => {
    const { a, asset, path } = await photoPath();
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes[bytes.length >> 1]! ^ 0xff, bytes.length >> 1);
    writeFileSync(path, bytes);
    const dir = tempDir();
    const error = await exportBundle(a, join(dir, 'desember.linimasa')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect(error).toMatchObject({
      problem: 'asset_unavailable',
      message: expect.stringContaining(`"${asset.originalName}" rusak`),
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('through the app’s export (sizes checked, bytes left to the importer): a truncated photo fails it, a flipped byte is caught at import', async () => {
    const { a, asset, path } = await photoPath();
    const original = readFileSync(path);
    writeFileSync(path, original.subarray(0, original.length - 10));
    const failed = await a.app.services.exports
      .write({ filter: december, format: 'bundle', actorId: null })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({
      message: expect.stringContaining(`"${asset.originalName}" rusak`),
    });
    expect(readdirSync(a.app.paths.exports)).toEqual([]);

    const flipped = Buffer.from(original);
    flipped.writeUInt8(flipped[flipped.length >> 1]! ^ 0xff, flipped.length >> 1);
    writeFileSync(path, flipped);
    const { record } = await a.app.services.exports.write({
      filter: december,
      format: 'bundle',
      actorId: null,
    });
    const bundle = a.app.services.exports.file(record.id)!.path;
    await expect(planImport({ db: a.app.db }, bundle)).rejects.toMatchObject({
      message: expect.stringMatching(
        new RegExp(`${asset.sha256}.*tidak cocok dengan sidik jari SHA-256.*Verifikasi pustaka`),
      ),
    });
  });

  it('exports posts only when asked (includeAssets: none), from the API and the CLI', async () => {
    const { a } = await demo();
    const exportWith = async (includeAssets: 'attached' | 'none') => {
      const { jobId } = await a.call('exports.start', {
        filter: december,
        format: 'bundle',
        includeAssets,
      });
      await a.app.jobs.settled(jobId);
      const job = await a.call('jobs.get', { id: jobId });
      return a.app.services.exports.file(job.exportId!)!.path;
    };
    const withPhotos = await planImport({ db: a.app.db }, await exportWith('attached'));
    const postsOnly = await planImport({ db: a.app.db }, await exportWith('none'));
    expect(withPhotos.bundle.includeAssets).toBe('attached');
    expect(postsOnly.bundle.includeAssets).toBe('none');
    expect(postsOnly.bundle.bytes).toBeLessThan(withPhotos.bundle.bytes);
    expect(postsOnly.assets.new + postsOnly.assets.present).toBe(0);
    expect(postsOnly.posts.length).toBe(withPhotos.posts.length);

    const dataDir = a.app.paths.root;
    a.app.close();
    const err: string[] = [];
    const code = await runCli(
      [
        'export',
        '--from',
        '2026-12-01',
        '--to',
        '2026-12-31',
        '--format',
        'pdf',
        '--no-assets',
        '--out',
        join(tempDir(), 'x.pdf'),
        '--data-dir',
        dataDir,
      ],
      { out: () => undefined, err: (line) => err.push(line), env: {} },
    );
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('--no-assets hanya untuk --format bundle');
  });

  it('fails before writing when a photo’s file is gone', async () => {
    const { a, asset, path } = await photoPath();
    rmSync(path);
    const dir = tempDir();
    await expect(exportBundle(a, join(dir, 'desember.linimasa'))).rejects.toMatchObject({
      problem: 'asset_unavailable',
      message: expect.stringContaining(`"${asset.originalName}" tidak ada`),
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops when cancelled and remembers no exchange', async () => {
    const { a } = await demo();
    const dir = tempDir();
    const schedule = loadSchedule(a.app.db, december);
    const controller = new AbortController();
    const run = writeFileAtomically(
      join(dir, 'desember.linimasa'),
      async (out) => {
        await writeBundle({ db: a.app.db, dataDir: a.dir }, schedule, out, {
          signal: controller.signal,
          progress: () => controller.abort(),
        });
      },
      controller.signal,
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(dir)).toEqual([]);
    expect(a.app.db.prepare('SELECT count(*) AS n FROM exchange_posts').get()).toEqual({ n: 0 });
  });

  it('recordExported remembers what was written, for each post of the schedule', async () => {
    const { a } = await demo();
    const schedule = loadSchedule(a.app.db, december);
    const file = join(tempDir(), 'desember.linimasa');
    await writeFileAtomically(file, async (out) => {
      await writeBundle({ db: a.app.db, dataDir: a.dir }, schedule, out);
    });
    expect(existsSync(file)).toBe(true);
    expect(recordExported(a.app.db, schedule)).toBe(13);
    expect(a.app.db.prepare('SELECT count(*) AS n FROM exchange_posts').get()).toEqual({ n: 13 });
  });

  it('an empty range makes a valid bundle that imports as nothing', async () => {
    const { a } = await demo();
    const schedule = loadSchedule(a.app.db, { ...december, from: '2030-01-01', to: '2030-01-31' });
    const file = join(tempDir(), 'kosong.linimasa');
    await writeFileAtomically(file, async (out) => {
      await writeBundle({ db: a.app.db, dataDir: a.dir }, schedule, out);
    });
    const plan = await planImport(a.app, file);
    expect(plan.posts).toEqual([]);
    expect(plan.bundle.fromHere).toBe(true);
    expect(await applyImport(a.app, file)).toMatchObject({ created: 0, unchanged: 0 });
  });
});
