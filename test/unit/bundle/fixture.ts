import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterEach } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { recordExported, writeBundle } from '../../../src/main/bundle';
import { loadSchedule } from '../../../src/main/export/schedule';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import type { MethodName, RequestOf, ResponseOf } from '../../../src/shared/api/contract';
import type { BundleAssetMode } from '../../../src/shared/domain/bundle';
import { exportFilterSchema } from '../../../src/shared/domain/exports';
import { postStatuses } from '../../../src/shared/domain/post-status';
import { useDemoOffice } from '../export/fixture';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

/** December 2026, every status: a bundle carries drafts under discussion too. */
export const december = exportFilterSchema.parse({
  from: '2026-12-01',
  to: '2026-12-31',
  statuses: [...postStatuses],
});

export interface Office {
  app: LinimasaApp;
  dir: string;
  call<M extends MethodName>(
    method: M,
    request: RequestOf<M> & { actorId?: string | null },
  ): Promise<ResponseOf<M>>;
}

function office(app: LinimasaApp, dir: string): Office {
  return {
    app,
    dir,
    async call(method, request) {
      const result = await acting(app)(method, request);
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.value as never;
    },
  };
}

/** A real photo-like image: noise, so JPEG bytes differ by seed and are of realistic size. */
export async function photo(seed: number, width = 160, height = 120): Promise<Buffer> {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (seed * 37) % 256, g: (seed * 91) % 256, b: (seed * 53) % 256 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg()
    .toBuffer();
}

/**
 * Office A: the demo office with December 2026 planned, two real photos attached to one post
 * and one of them also to a second post (so deduplication shows). Office B: an empty data
 * directory on "another machine". Both are closed after each test.
 */
export function useOffices() {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir('linimasa-bundle-');
  const opened: LinimasaApp[] = [];
  afterEach(() => {
    for (const app of opened.splice(0)) app.close();
  });

  async function empty(name = 'b'): Promise<Office> {
    const dir = join(tempDir(), name);
    const app = openApp(dir, { logError: (m, e) => console.error(m, e) });
    opened.push(app);
    await app.library.ready;
    return office(app, dir);
  }

  /** Reopens a closed office's data directory (e.g. after a child process worked on it). */
  async function reopen(dir: string): Promise<Office> {
    const app = openApp(dir, { logError: (m, e) => console.error(m, e) });
    opened.push(app);
    await app.library.ready;
    return office(app, dir);
  }

  async function demo() {
    const seeded = await demoOffice();
    const a = office(seeded.app, seeded.app.paths.root);
    await a.app.library.ready;
    const planner = seeded.people.find((p) => p.role === 'planner')!;
    const upload = async (seed: number) => {
      const result = await a.app.library.importStream(
        `foto-${seed}.jpg`,
        Readable.from([await photo(seed)]),
      );
      if (result.status !== 'imported') throw new Error(result.reason ?? 'upload failed');
      return result.assetId!;
    };
    const photos = [await upload(1), await upload(2)];
    const posts = await a.call('posts.range', { from: '2026-12-01', to: '2026-12-31', filter: {} });
    const withPhotos = posts.filter((p) => p.scheduledAt !== null).slice(0, 2);
    const attach = async (id: string, assetIds: string[]) => {
      const post = await a.call('posts.get', { id });
      await a.call('posts.update', { id, version: post.version, actorId: planner.id, assetIds });
    };
    await attach(withPhotos[0]!.id, photos);
    await attach(withPhotos[1]!.id, [photos[1]!]);
    return { ...seeded, a, planner, photos, photoPosts: withPhotos.map((p) => p.id) };
  }

  return { demo, empty, reopen, tempDir };
}

/**
 * Exports December from `from` as the export runner does: written atomically to a file, then
 * the exchange recorded.
 */
export async function exportBundle(
  from: Pick<Office, 'app' | 'dir'>,
  file: string,
  options: { includeAssets?: BundleAssetMode } = {},
): Promise<string> {
  const schedule = loadSchedule(from.app.db, december);
  await writeFileAtomically(file, async (out) => {
    await writeBundle({ db: from.app.db, dataDir: from.dir }, schedule, out, options);
  });
  recordExported(from.app.db, schedule);
  return file;
}

/** What a library holds: row counts and every file under assets/, thumbs/, incoming/. */
export function snapshot(target: Office) {
  const count = (table: string) =>
    (target.app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const files = ['assets', 'thumbs', 'incoming']
    .flatMap((folder) => walk(join(target.dir, folder)))
    .filter((file) => !file.endsWith(`${process.pid}.lock`))
    .map((file) => `${relative(target.dir, file)}:${statSync(file).size}`)
    .sort();
  return {
    posts: count('posts'),
    postChannels: count('post_channels'),
    postAssets: count('post_assets'),
    activity: count('post_activity'),
    channels: count('channels'),
    campaigns: count('campaigns'),
    people: count('people'),
    assets: count('assets'),
    exchange: count('exchange_posts'),
    fts: count('posts_fts'),
    files,
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
