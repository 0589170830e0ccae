import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomFillSync, randomUUID } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../src/main/app';
import { assetMediaPath } from '../src/shared/domain/media-paths';
import { assetsRepository } from '../src/main/db/repositories/assets';
import type { Benchmark, Metric } from './lib/types';
import { percentile, round } from './lib/measure';

/**
 * The figure is for 2 GB of assets: 400 files of 5 MB. BENCH_QUICK=1 uses 40 (200 MB)
 * for a quick look; its figures are then labelled as such and are not the ones to report.
 */
const quick = process.env.BENCH_QUICK === '1';
const fileCount = quick ? 40 : 400;
const fileBytes = 5 * 1024 * 1024;
const label = quick ? ' (QUICK: 200 MB, not the reported figure)' : '';

/**
 * `fileCount` files of random bytes (what matters is I/O: photos and videos do not compress
 * either), generated once into the system temp dir and reused by later runs. Named by their
 * SHA-256, as the library stores them.
 */
function assetSet(): { dir: string; files: { sha256: string; path: string }[] } {
  const dir = join(tmpdir(), `linimasa-bench-bundle-assets-v1-${fileCount}x5mb`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const buffer = Buffer.alloc(fileBytes);
    for (let n = 0; n < fileCount; n++) {
      randomFillSync(buffer);
      const sha256 = createHash('sha256').update(buffer).digest('hex');
      writeFileSync(join(dir, `${sha256}.bin`), buffer);
      if (n % 50 === 49) process.stderr.write(`  aset ${n + 1}/${fileCount}\n`);
    }
    writeFileSync(done, new Date().toISOString());
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.bin'))
    .sort()
    .map((name) => ({ sha256: name.slice(0, 64), path: join(dir, name) }));
  return { dir, files };
}

/**
 * A data directory whose library holds the set (hard links: no 2 GB copy per run), each file
 * registered by SQL with its true hash and attached to its own December post, the posts made
 * through the posts service.
 */
async function office(root: string, files: { sha256: string; path: string }[]): Promise<string> {
  const dataDir = join(root, 'data');
  const app = openApp(dataDir, { validateResponses: false });
  await app.library.ready;
  const assets = assetsRepository(app.db);
  const now = new Date().toISOString();
  const ids: string[] = [];
  for (const [n, file] of files.entries()) {
    const target = join(dataDir, assetMediaPath(file.sha256, 'bin'));
    mkdirSync(join(target, '..'), { recursive: true });
    try {
      linkSync(file.path, target);
    } catch {
      copyFileSync(file.path, target);
    }
    const id = randomUUID();
    app.db.transaction(() =>
      assets.insert({
        id,
        sha256: file.sha256,
        ext: 'bin',
        kind: 'other',
        mime: 'application/octet-stream',
        size: statSync(file.path).size,
        original_name: `rekaman-${n}.bin`,
        width: null,
        height: null,
        duration_ms: null,
        video_codec: null,
        page_count: null,
        captured_at: null,
        camera: null,
        has_thumbs: 0,
        imported_at: now,
        updated_at: now,
      }),
    )();
    ids.push(id);
  }
  const planner = app.services.people.create({ name: 'Rina Wulandari', role: 'planner' });
  const channel = app.services.channels.create({
    platform: 'instagram',
    name: 'Instagram Pemkab',
    handle: '@pemkab',
  });
  ids.forEach((assetId, n) =>
    app.services.posts.create({
      actorId: planner.id,
      title: `Liputan kegiatan ${n + 1}`,
      caption: 'Dokumentasi kegiatan pemerintah daerah.',
      channels: [{ channelId: channel.id, format: 'video', captionOverride: null }],
      schedule: { date: `2026-12-${String((n % 31) + 1).padStart(2, '0')}`, time: '09:00' },
      assetIds: [assetId],
    }),
  );
  app.close();
  return dataDir;
}

interface ChildResult {
  seconds: number;
  assets: number;
  assetBytes: number;
  maxRssMb: number;
}

function exportInChild(
  dataDir: string,
  out: string,
  mode: 'writer' | 'export',
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'lib', 'bundle-export-child.ts'), dataDir, out, mode],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bundle export child exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as ChildResult);
    });
  });
}

export const benchmarks: Benchmark[] = [
  {
    metrics: [
      'export.bundle_ratio_vs_tar',
      'export.bundle_rss_mb',
      'export.bundle_full_ratio_vs_tar',
      'export.bundle_full_ratio_vs_tar_fsync',
    ],
    async run(): Promise<Metric[]> {
      const { files } = assetSet();
      const root = mkdtempSync(join(tmpdir(), 'linimasa-bench-bundle-'));
      try {
        const dataDir = await office(root, files);
        const bytes = files.reduce((sum, f) => sum + statSync(f.path).size, 0);
        const tarOut = join(root, 'aset.tar');
        const ourOut = join(root, 'desember.linimasa');
        // tar as it is (its file left in the page cache, not on disk), and tar followed by an
        // fsync of its file (coreutils `sync FILE`): the export fsyncs before it reports done.
        const tar = (fsync = false) => {
          const start = performance.now();
          const run = spawnSync('tar', ['-cf', tarOut, '-C', dataDir, 'assets']);
          if (run.status !== 0) throw new Error(`tar failed: ${run.stderr.toString()}`);
          if (fsync) {
            const synced = spawnSync('sync', [tarOut]);
            if (synced.status !== 0) throw new Error(`sync failed: ${synced.stderr.toString()}`);
          }
          const seconds = (performance.now() - start) / 1000;
          rmSync(tarOut);
          return seconds;
        };
        const ours = async (mode: 'writer' | 'export' = 'writer') => {
          const result = await exportInChild(dataDir, ourOut, mode);
          if (result.assets !== files.length || result.assetBytes !== bytes) {
            throw new Error(`bundle held ${result.assets} files, expected ${files.length}`);
          }
          rmSync(ourOut, { force: true });
          // The exports service writes into the data directory's exports/.
          rmSync(join(dataDir, 'exports'), { recursive: true, force: true });
          return result;
        };
        // Same files, same run, nothing dropped from the page cache: tar, the full export, tar
        // with fsync, the writer; five rounds alternating; medians. Disk writeback and the other
        // users of the machine make single runs vary by ±50% here.
        const theirTimes: number[] = [];
        const syncedTimes: number[] = [];
        const ourTimes: number[] = [];
        const fullTimes: number[] = [];
        const rss: number[] = [];
        const loadBefore = loadavg()[0]!;
        for (let i = 0; i < 5; i++) {
          theirTimes.push(tar());
          const full = await ours('export');
          fullTimes.push(full.seconds);
          rss.push(full.maxRssMb);
          syncedTimes.push(tar(true));
          const result = await ours();
          ourTimes.push(result.seconds);
          rss.push(result.maxRssMb);
        }
        const load = `load ${round(loadBefore, 2)}→${round(loadavg()[0]!, 2)}`;
        const mbps = (seconds: number) => round(bytes / 1e6 / seconds, 1);
        const oursMbps = mbps(percentile(ourTimes, 50));
        const tarMbps = mbps(percentile(theirTimes, 50));
        const syncedMbps = mbps(percentile(syncedTimes, 50));
        return [
          {
            name: 'export.bundle_ratio_vs_tar',
            value: oursMbps,
            unit: `MB/s (bundle of ${round(bytes / 1e9, 2)} GB of assets${label})`,
            baseline: tarMbps,
            ratio: round(oursMbps / tarMbps, 2),
          },
          {
            // The export as the app runs it: also hashes the whole output for the history,
            // fsyncs and renames it.
            name: 'export.bundle_full_ratio_vs_tar',
            value: mbps(percentile(fullTimes, 50)),
            unit: `MB/s (exports service, bundle of ${round(bytes / 1e9, 2)} GB${label}; ${load})`,
            baseline: tarMbps,
            ratio: round(mbps(percentile(fullTimes, 50)) / tarMbps, 2),
          },
          {
            // The same export against tar whose file is also on disk when it is timed as done.
            name: 'export.bundle_full_ratio_vs_tar_fsync',
            value: mbps(percentile(fullTimes, 50)),
            unit: `MB/s (exports service against tar + fsync of its file${label}; ${load})`,
            baseline: syncedMbps,
            ratio: round(mbps(percentile(fullTimes, 50)) / syncedMbps, 2),
          },
          {
            name: 'export.bundle_rss_mb',
            value: round(Math.max(...rss), 1),
            unit: `MB (peak RSS of the exporting process${label})`,
          },
        ];
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  },
];
