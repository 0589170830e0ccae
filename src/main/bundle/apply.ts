import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ImportResolutions, ImportSummary } from '../../shared/domain/bundle';
import type { AssetLibrary } from '../assets/library';
import { removeQuietly, type Ingested } from '../assets/store';
import type { Db } from '../db/connection';
import { assetsRepository } from '../db/repositories/assets';
import { collectionsRepository } from '../db/repositories/collections';
import { nowIso } from '../db/clock';
import { diskSpace, isDiskFull, lacksSpace } from '../disk/space';
import { BundleError, bundleErrors } from './errors';
import { decide } from './plan';
import { createEntryChecker } from './entry-check';
import { openBundle, type OpenBundleOptions, type OpenedBundle } from './reader';
import { readAssets } from './records';
import { neededFiles, savePosts, settle } from './save';

export interface ImportContext {
  db: Db;
  library: AssetLibrary;
}

export interface ImportProgress {
  /**
   * verify: the bundle's files read through their checks (new ones copied aside meanwhile);
   * assets: new files added to the library; save: the one database transaction.
   */
  phase: 'verify' | 'assets' | 'save';
  done: number;
  total: number;
}

export interface ApplyOptions extends OpenBundleOptions {
  progress?: (progress: ImportProgress) => void;
  /**
   * Who imports, for the activity log; null (the command line) logs no actor. The caller has
   * checked it (services/bundles.ts, with the posts' actorCheck): bundle/ sits below services.
   */
  actorId?: string | null;
  /** How the activity log names the bundle (e.g. the original name of an upload). */
  label?: string;
}

/** Byte progress at most every this many bytes, and after each file. */
const reportEveryBytes = 32 * 1024 ** 2;

export interface CreatedAsset {
  id: string;
  sha256: string;
}

/**
 * Imports a bundle. Checks it again whole; refuses when a conflict has no resolution; copies
 * the files the library lacks into incoming/ while checking each against its hash, and only
 * when every file of the bundle has checked out adds them to the library the way an import
 * from disk does (type sniffing, metadata, thumbnails, atomic placement); then writes channels,
 * campaigns, people, posts, activity and exchange memory in one transaction.
 *
 * A refusal, an error or a cancellation leaves the library as it was (assets this import had
 * already added are removed again). A kill before the transaction leaves at most temp files the
 * start-up sweep removes and assets no post uses yet; a kill during it leaves the database as
 * it was, since SQLite rolls the unfinished transaction back.
 */
export async function applyImport(
  context: ImportContext,
  bundlePath: string,
  resolutions: ImportResolutions = {},
  options: ApplyOptions = {},
): Promise<ImportSummary> {
  const { db, library } = context;
  const bundle = await openBundle(bundlePath, options);
  const label = options.label ?? basename(bundlePath);
  const temps: { ingested: Ingested; sha256: string }[] = [];
  const created: CreatedAsset[] = [];
  let committed = false;
  try {
    // The start-up sweep removes temp files it does not know; ours must come after it.
    await library.ready;
    const actorId = options.actorId ?? null;
    // Unresolved conflicts are refused before gigabytes are read.
    const planned = db.transaction(() => settle(decide(db, bundle), resolutions))();
    const needed = neededFiles(bundle, planned, readAssets(db, [...bundle.files.keys()]));
    ensureSpace(bundle, library.paths.incoming, needed);

    await checkAndCopy(bundle, library, needed, temps, options);
    await addToLibrary(bundle, library, temps, created, options, (assetId) =>
      holdPending(db, label, assetId),
    );

    options.signal?.throwIfAborted();
    options.progress?.({ phase: 'save', done: 0, total: bundle.posts.length });
    // Decided again inside the transaction: the office may have edited while files copied.
    const summary = db.transaction(() => {
      const saved = savePosts(db, bundle, settle(decide(db, bundle), resolutions), {
        actorId,
        label,
        newAssets: new Set(created.map((a) => a.sha256)),
        onPosts: (done, total) => options.progress?.({ phase: 'save', done, total }),
      });
      // The photos are attached now: the waiting collection (of this and of any interrupted
      // attempt at the same bundle) has done its work.
      releasePending(db, label);
      return saved;
    })();
    committed = true;
    options.progress?.({ phase: 'save', done: bundle.posts.length, total: bundle.posts.length });
    return summary;
  } catch (error) {
    // A copy, a thumbnail or the transaction that ran out of room: the disk, not the bundle.
    if (isDiskFull(error) && !(error instanceof BundleError && error.problem === 'disk_full')) {
      throw bundleErrors.diskFull({ free: diskSpace(library.paths.incoming)?.free });
    }
    throw error;
  } finally {
    bundle.close();
    for (const { ingested } of temps) await removeQuietly(ingested.temp);
    if (!committed && created.length > 0) {
      // Never let the clean-up's own failure hide why the import stopped.
      await forgetImported(db, library, created)
        .then(() => releasePending(db, label, { onlyIfEmpty: true }))
        .catch((error: unknown) =>
          console.error('[bundle] could not remove the assets of a failed import', error),
        );
    }
  }
}

/**
 * Step 1: every file the bundle carries is read through its size and SHA-256 checks; those the
 * library lacks are streamed into incoming/ on the way. A bad file stops the import here, with
 * nothing placed yet.
 */
async function checkAndCopy(
  bundle: OpenedBundle,
  library: AssetLibrary,
  needed: Set<string>,
  temps: { ingested: Ingested; sha256: string }[],
  options: ApplyOptions,
): Promise<void> {
  const total = [...bundle.files.values()].reduce((sum, f) => sum + f.asset.size, 0);
  let done = 0;
  let reported = 0;
  const report = (force = false) => {
    if (force || done - reported >= reportEveryBytes) {
      reported = done;
      options.progress?.({ phase: 'verify', done, total });
    }
  };
  report(true);
  const checker = createEntryChecker(bundle.archive, options.signal);
  const onBytes = (bytes: number) => {
    done += bytes;
    report();
  };
  try {
    for (const [sha, { asset, entry }] of bundle.files) {
      // Files the import will not copy are still read through their checks: a bundle with any
      // damaged entry is refused whole, as the dry run would have refused it.
      const into = needed.has(sha) ? library.paths : undefined;
      const ingested = await checker.check(entry, asset, into, onBytes);
      if (ingested) temps.push({ ingested, sha256: sha });
      report(true);
    }
  } finally {
    await checker.close();
  }
}

/** Step 2: the checked temp files become library assets, one by one. */
async function addToLibrary(
  bundle: OpenedBundle,
  library: AssetLibrary,
  temps: { ingested: Ingested; sha256: string }[],
  created: CreatedAsset[],
  options: ApplyOptions,
  /** Called for each new asset as soon as it has its row: see holdPending. */
  hold: (assetId: string) => void,
): Promise<void> {
  const total = temps.length;
  let done = 0;
  options.progress?.({ phase: 'assets', done, total });
  while (temps.length > 0) {
    const { ingested, sha256 } = temps[0]!;
    const asset = bundle.files.get(sha256)!.asset;
    let outcome;
    try {
      outcome = await library.finishIngested(ingested, asset.name, options.signal);
    } catch (error) {
      if ((error as Error).name === 'AbortError' || isDiskFull(error)) throw error;
      throw bundleErrors.assetRefused(asset.name, error);
    } finally {
      temps.shift(); // placed, or removed by finishIngest
    }
    if (outcome.status === 'imported' && outcome.assetId) {
      created.push({ id: outcome.assetId, sha256 });
      hold(outcome.assetId);
    }
    done += 1;
    options.progress?.({ phase: 'assets', done, total });
  }
}

/** Refuses a bundle whose new files would fill the disk, rather than failing half-way. */
function ensureSpace(bundle: OpenedBundle, dir: string, needed: Set<string>): void {
  const bytes = [...needed].reduce((sum, sha) => sum + bundle.files.get(sha)!.asset.size, 0);
  const shortfall = lacksSpace(dir, bytes);
  if (shortfall) throw bundleErrors.diskFull(shortfall);
}

/**
 * New photos wait in a collection named after the bundle until the transaction attaches them
 * to their posts. A kill in between (after the files, before the posts) leaves them in the
 * library under a name that says the import did not finish, never attached to nothing without
 * a word; importing the bundle again links them and removes the collection.
 */
export const pendingCollectionName = (label: string): string =>
  `Impor paket belum selesai: ${label}`.slice(0, 200);

function holdPending(db: Db, label: string, assetId: string): void {
  const collections = collectionsRepository(db);
  const name = pendingCollectionName(label);
  db.transaction(() => {
    const now = nowIso();
    let id = collections.idByName(name);
    if (!id) {
      id = randomUUID();
      collections.insert(id, name, now);
    }
    collections.add(id, assetId, now);
  })();
}

function releasePending(db: Db, label: string, options: { onlyIfEmpty?: boolean } = {}): void {
  const collections = collectionsRepository(db);
  const id = collections.idByName(pendingCollectionName(label));
  if (!id) return;
  if (options.onlyIfEmpty && (collections.get(id)?.assetCount ?? 0) > 0) return;
  collections.delete(id);
}

/**
 * Assets this import added before it failed or was cancelled: removed again (rows no post uses,
 * then their files), so the library is as it was. One someone attached meanwhile stays. (Also
 * a content pack's media that arrived with a file the exchange then refused.)
 */
export async function forgetImported(
  db: Db,
  library: AssetLibrary,
  created: CreatedAsset[],
): Promise<void> {
  const assets = assetsRepository(db);
  const removed = db.transaction(() =>
    created.flatMap((asset) => {
      const row = assets.get(asset.id);
      if (!row || assets.usage(asset.id).length > 0) return [];
      assets.delete(asset.id);
      return [row];
    }),
  )();
  for (const row of removed) await library.removeFiles(row.sha256, row.ext);
}
