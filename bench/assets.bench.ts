import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { openApp } from '../src/main/app';
import { hashFile, type StorePaths } from '../src/main/assets/store';
import { makeThumbnails } from '../src/main/assets/thumbnails';
import { seedBulk } from '../src/main/db/seed-bulk';
import { refreshAssetStats } from '../src/main/db/repositories/asset-query';
import type { Benchmark, Metric } from './lib/types';
import { percentile, round } from './lib/measure';
import { benchPhotos } from './lib/photos';
import { assetWords, seedAssets } from './lib/seed-assets';
import { acting } from '../test/unit/acting';

/**
 * The figures are for 500 photos. BENCH_QUICK=1 uses 50 for a fast look; its import
 * figure is then labelled as such and is not the one to report.
 */
const quick = process.env.BENCH_QUICK === '1';
const photoCount = quick ? 50 : 500;
const photosUnit = quick ? 'photos/s (QUICK: 50 photos, not the reported figure)' : 'photos/s';

function photoFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.JPG'))
    .sort()
    .map((name) => join(dir, name));
}

/** Runs the import in its own process (bench/lib/import-child.ts) for a clean peak-RSS figure. */
function importInChild(source: string): Promise<{
  seconds: number;
  imported: number;
  failed: number;
  maxRssMb: number;
  workersMaxRssMb: number;
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linimasa-bench-import-'));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'lib', 'import-child.ts'), dataDir, source],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      if (code !== 0) return reject(new Error(`import child exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1)!));
    });
  });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

export const benchmarks: Benchmark[] = [
  {
    metrics: [
      'assets.import_500_photos_per_s',
      'assets.import_rss_mb',
      'assets.import_event_loop_delay_max_ms',
    ],
    async run(): Promise<Metric[]> {
      const source = await benchPhotos(photoCount);
      const result = await importInChild(source);
      if (result.imported !== photoCount || result.failed !== 0) {
        throw new Error(`import: ${result.imported} imported, ${result.failed} failed`);
      }
      return [
        {
          name: 'assets.import_500_photos_per_s',
          value: round(photoCount / result.seconds, 2),
          unit: photosUnit,
        },
        {
          // The app's process plus its media workers (each worker's peak, added up: an upper
          // bound, as they need not peak at the same moment).
          name: 'assets.import_rss_mb',
          value: round(result.maxRssMb + result.workersMaxRssMb, 1),
          unit: `MB (peak RSS: main ${round(result.maxRssMb, 1)} + media workers ${round(result.workersMaxRssMb, 1)})`,
        },
        {
          name: 'assets.import_event_loop_delay_max_ms',
          value: round(result.loopDelayMaxMs, 1),
          unit: `ms (worst stall of the importing process's event loop; p99 ${round(result.loopDelayP99Ms, 1)} ms)`,
        },
      ];
    },
  },
  {
    metrics: ['assets.hash_ratio_vs_sha256sum'],
    async run(): Promise<Metric[]> {
      const files = photoFiles(await benchPhotos(photoCount));
      const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
      const sha256sum = () => {
        const run = spawnSync('sha256sum', files, { maxBuffer: 64 << 20 });
        if (run.status !== 0) throw new Error('sha256sum failed');
      };
      const ours = async () => {
        for (const file of files) await hashFile(file);
      };
      // Warm the page cache for both, then alternate: the same files, the same run.
      sha256sum();
      const theirs: number[] = [];
      const mine: number[] = [];
      for (let i = 0; i < 3; i++) {
        theirs.push(await timed(async () => sha256sum()));
        mine.push(await timed(ours));
      }
      const mbps = (seconds: number) => round(bytes / 1e6 / seconds, 1);
      const oursMbps = mbps(percentile(mine, 50));
      const theirsMbps = mbps(percentile(theirs, 50));
      return [
        {
          name: 'assets.hash_ratio_vs_sha256sum',
          value: oursMbps,
          unit: 'MB/s (streamed SHA-256)',
          baseline: theirsMbps,
          ratio: round(oursMbps / theirsMbps, 2),
        },
      ];
    },
  },
  {
    metrics: ['assets.thumb_ratio_vs_sharp'],
    async run(): Promise<Metric[]> {
      const files = photoFiles(await benchPhotos(photoCount)).slice(0, 100);
      const root = mkdtempSync(join(tmpdir(), 'linimasa-bench-thumbs-'));
      const paths: StorePaths = {
        root,
        assets: join(root, 'assets'),
        thumbs: join(root, 'thumbs'),
        incoming: join(root, 'incoming'),
      };
      for (const dir of [paths.assets, paths.thumbs, paths.incoming]) mkdirSync(dir);
      const bare = join(root, 'bare');
      mkdirSync(bare);
      try {
        // The baseline: a plain loop of sharp calls making the same two upright WebP sizes.
        const bareLoop = async () => {
          for (const [i, file] of files.entries()) {
            for (const size of [320, 1024]) {
              await sharp(file)
                .autoOrient()
                .resize(size, size, { fit: 'inside', withoutEnlargement: true })
                .webp({ quality: 80 })
                .toFile(join(bare, `${i}-${size}.webp`));
            }
          }
        };
        // The pipeline's stage as the import calls it, every file handed over at once.
        const pipeline = () =>
          Promise.all(
            files.map((file, i) =>
              makeThumbnails(paths, file, i.toString(16).padStart(64, '0'), 'jpg'),
            ),
          );
        await bareLoop(); // warm-up
        const bareTimes: number[] = [];
        const pipelineTimes: number[] = [];
        for (let i = 0; i < 2; i++) {
          bareTimes.push(await timed(bareLoop));
          pipelineTimes.push(await timed(pipeline));
        }
        const perSecond = (seconds: number) => round(files.length / seconds, 2);
        const ours = perSecond(percentile(pipelineTimes, 50));
        const theirs = perSecond(percentile(bareTimes, 50));
        return [
          {
            name: 'assets.thumb_ratio_vs_sharp',
            value: ours,
            unit: 'photos/s (2 sizes each)',
            baseline: theirs,
            ratio: round(ours / theirs, 2),
          },
        ];
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  },
  {
    metrics: ['assets.query_100k_p50_ms', 'assets.query_100k_p95_ms', 'assets.count_100k_p50_ms'],
    async run(): Promise<Metric[]> {
      const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-assets-'));
      // Responses are not re-validated in the desktop app (only in development), so neither here.
      const app = openApp(dir, { validateResponses: false });
      try {
        seedBulk(app.db, { posts: 2_000 });
        const postIds = (app.db.prepare('SELECT id FROM posts').all() as { id: string }[]).map(
          (p) => p.id,
        );
        const seeded = seedAssets(app.db, 100_000, postIds);
        // What the library does after every import job; rows seeded by SQL skip the job.
        refreshAssetStats(app.db);
        const word = (i: number) => assetWords[(i * 7) % assetWords.length]!;
        // What a planner does in the library: a word or two, with a filter or two.
        const requests = [
          (i: number) => ({ filter: { query: word(i) } }),
          (i: number) => ({
            filter: { query: `${word(i)} ${word(i + 3)}`, kinds: ['image' as const] },
          }),
          (i: number) => ({ filter: { query: word(i), orientation: 'portrait' as const } }),
          (i: number) => ({ filter: { query: word(i), from: '2023-01-01', to: '2023-12-31' } }),
          (i: number) => ({ filter: { query: word(i), usage: 'unused' as const } }),
          (i: number) => ({
            filter: { query: word(i), tags: [seeded.tags[i % seeded.tags.length]!] },
          }),
          (i: number) => ({
            filter: { query: word(i), collectionId: seeded.collectionIds[i % 50]! },
          }),
          () => ({
            filter: { kinds: ['video' as const], orientation: 'landscape' as const },
            sort: 'largest' as const,
          }),
          (i: number) => ({
            filter: { tags: [seeded.tags[(i * 3) % seeded.tags.length]!], usage: 'used' as const },
          }),
          () => ({ filter: { rightsExpiringWithinDays: 30 } }),
          (i: number) => ({ filter: { query: word(i) }, sort: 'name' as const }),
        ];
        const call = async (request: object) => {
          const result = await acting(app)('assets.list', { limit: 100, ...request });
          if (!result.ok) throw new Error(result.error.message);
        };
        const sample = async (make: (i: number) => object, runs: number) => {
          for (let i = 0; i < 20; i++) await call(make(i));
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const request = make(i);
            const start = performance.now();
            await call(request);
            times.push(performance.now() - start);
          }
          return times;
        };
        const times = await sample((i) => requests[i % requests.length]!(i), 440);
        const counts = await sample(
          (i) => ({ ...requests[i % requests.length]!(i), withTotal: true }),
          110,
        );
        return [
          { name: 'assets.query_100k_p50_ms', value: round(percentile(times, 50)), unit: 'ms' },
          { name: 'assets.query_100k_p95_ms', value: round(percentile(times, 95)), unit: 'ms' },
          {
            name: 'assets.count_100k_p50_ms',
            value: round(percentile(counts, 50)),
            unit: 'ms (page plus total count)',
          },
        ];
      } finally {
        app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
