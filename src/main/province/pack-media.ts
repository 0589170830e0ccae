import { statSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import { assetMediaPath } from '../../shared/domain/media-paths';
import type { ContentPack, PackItem, PackMedia } from '../../shared/domain/province-pack';
import { isLargeExchangeEntry } from '../../shared/exchange/envelope';
import type { AssetLibrary } from '../assets/library';
import { absolute, removeQuietly, type Ingested } from '../assets/store';
import { originalPresent } from '../assets/stored-files';
import { forgetImported, type CreatedAsset } from '../bundle/apply';
import type { ArchiveEntry } from '../bundle/archive';
import { createEntryChecker, type EntryChecker } from '../bundle/entry-check';
import { BundleError, bundleErrors } from '../bundle/errors';
import { dataPaths } from '../data-dir';
import type { Db } from '../db/connection';
import { assetsRepository } from '../db/repositories/assets';
import { isDiskFull, lacksSpace } from '../disk/space';
import type { OpenedExchangeFile } from '../exchange/opener';
import type { OutboxFile } from '../exchange/outbox';

/**
 * A pack's photos and videos travel inside its exchange file as `media/<sha256>.<ext>`, one
 * entry per distinct content however many items use it: the province's sending copies them
 * from its asset library, the regency's receiving adds them to its own (content-addressed, so
 * a replay or a second version carrying the same photo adds nothing), and adopting an item
 * attaches them to the draft.
 */

type MediaKey =
  | 'province.packMediaMissing'
  | 'province.packMediaChanged'
  | 'province.packMediaAbsent'
  | 'province.packMediaDamaged';

const mediaError = (key: MediaKey, name: string) =>
  new AppError(key === 'province.packMediaMissing' ? 'not_found' : 'invalid_request', {
    key,
    params: { name },
  });

const mediaEntry = (sha256: string, ext: string) => `media/${sha256}.${ext}`;
const entrySha = (name: string): string | undefined => /^media\/([0-9a-f]{64})\./.exec(name)?.[1];

/** Each content the items name, once (the first item's name for it). */
function distinctMedia(items: readonly PackItem[]): Map<string, PackMedia> {
  const media = new Map<string, PackMedia>();
  for (const item of items) {
    for (const file of item.media) if (!media.has(file.sha256)) media.set(file.sha256, file);
  }
  return media;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

/**
 * The sending side: every distinct file the pack's items name, from this office's library,
 * checked on disk before anything is written. A file that is gone, or whose stored copy is
 * not the size the item says (or that verification found damaged), is refused by its name.
 */
export function packMediaFiles(db: Db, dataDir: string, pack: ContentPack): OutboxFile[] {
  const assets = assetsRepository(db);
  const paths = dataPaths(dataDir);
  return [...distinctMedia(pack.items).values()].map((media) => {
    const row = assets.bySha(media.sha256);
    const path = row ? absolute(paths, assetMediaPath(row.sha256, row.ext)) : '';
    const size = row ? sizeOf(path) : -1;
    if (!row || row.status === 'missing' || size < 0) {
      throw mediaError('province.packMediaMissing', media.name);
    }
    if (row.status !== 'ok' || size !== row.size || size !== media.bytes) {
      throw mediaError('province.packMediaChanged', media.name);
    }
    return {
      name: mediaEntry(row.sha256, row.ext),
      path,
      size,
      sha256: row.sha256,
      checks: {
        // Changed or removed between the check above and the copy.
        mismatch: () => mediaError('province.packMediaChanged', media.name),
        failure: (error) =>
          error.code === 'ENOENT' ? mediaError('province.packMediaMissing', media.name) : error,
      },
    };
  });
}

interface Carried {
  sha256: string;
  /** The item's name for it, or the entry's name for one no item names. */
  name: string;
  entry: ArchiveEntry;
  size: number;
}

/**
 * The receiving side, before the pack's transaction: every media entry is read through its
 * signed size and SHA-256 (a damaged one refuses the whole file), those the library lacks are
 * copied into incoming/ on the way (off this thread: bundle/entry-check.ts), and only when all
 * checked out are they added the way an import from disk adds them (sniffed, described,
 * thumbnailed in the media workers, placed). A
 * refusal or failure removes the assets this call had added, so nothing has changed; a file an
 * item names that neither came with the pack nor is in the library refuses the pack.
 */
export async function importPackMedia(
  library: AssetLibrary,
  db: Db,
  pack: ContentPack,
  opened: OpenedExchangeFile,
): Promise<void> {
  await library.ready;
  const assets = assetsRepository(db);
  const named = distinctMedia(pack.items);
  const carried = new Map<string, Carried>();
  for (const listed of opened.envelope.entries) {
    if (!isLargeExchangeEntry(listed.name)) continue;
    const sha256 = entrySha(listed.name);
    const name = (sha256 && named.get(sha256)?.name) ?? listed.name;
    // The signed listing must name each content by itself, once.
    if (!sha256 || listed.sha256 !== sha256 || carried.has(sha256)) {
      throw mediaError('province.packMediaDamaged', name);
    }
    const entry = opened.archive.entries.get(listed.name);
    if (!entry) throw bundleErrors.missing(listed.name);
    carried.set(sha256, { sha256, name, entry, size: listed.size });
  }
  const inLibrary = (sha256: string) => {
    const row = assets.bySha(sha256);
    return row?.status === 'ok' && originalPresent(library.paths, row);
  };
  for (const media of named.values()) {
    if (!carried.has(media.sha256) && !inLibrary(media.sha256)) {
      throw mediaError('province.packMediaAbsent', media.name);
    }
  }
  const needed = new Set(
    [...carried.keys()].filter((sha256) => named.has(sha256) && !inLibrary(sha256)),
  );
  const bytes = [...needed].reduce((sum, sha256) => sum + carried.get(sha256)!.size, 0);
  const shortfall = lacksSpace(library.paths.incoming, bytes);
  if (shortfall) throw bundleErrors.diskFull(shortfall);

  const temps: { ingested: Ingested; file: Carried }[] = [];
  const created: CreatedAsset[] = [];
  const checker = createEntryChecker(opened.archive);
  try {
    for (const file of carried.values()) {
      const ingested = await checkEntry(checker, library, file, needed.has(file.sha256));
      if (ingested) temps.push({ ingested, file });
    }
    while (temps.length > 0) {
      const { ingested, file } = temps[0]!;
      let outcome;
      try {
        outcome = await library.finishIngested(ingested, file.name);
      } catch (error) {
        if (isDiskFull(error)) throw error;
        throw bundleErrors.assetRefused(file.name, error);
      } finally {
        temps.shift(); // placed, or removed by finishIngested
      }
      if (outcome.status === 'imported' && outcome.assetId) {
        created.push({ id: outcome.assetId, sha256: file.sha256 });
      }
    }
  } catch (error) {
    await forgetImported(db, library, created).catch((cleanup: unknown) =>
      console.error('[province] could not remove the media of a refused pack', cleanup),
    );
    throw error;
  } finally {
    await checker.close();
    for (const { ingested } of temps) await removeQuietly(ingested.temp);
  }
}

/** One media entry through its checks; into incoming/ when the library lacks it. */
async function checkEntry(
  checker: EntryChecker,
  library: AssetLibrary,
  file: Carried,
  copy: boolean,
): Promise<Ingested | undefined> {
  try {
    return await checker.check(file.entry, file, copy ? library.paths : undefined);
  } catch (error) {
    if (error instanceof BundleError && error.problem === 'checksum') {
      throw mediaError('province.packMediaDamaged', file.name);
    }
    throw error;
  }
}

/** The library's assets for an item's media, in the item's order (those the library lacks left out). */
export function packItemAssetIds(db: Db, item: PackItem): string[] {
  const assets = assetsRepository(db);
  return [...distinctMedia([item]).keys()].flatMap((sha256) => {
    const row = assets.bySha(sha256);
    return row ? [row.id] : [];
  });
}
