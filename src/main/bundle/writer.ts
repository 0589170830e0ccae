import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { version as packageVersion } from '../../../package.json';
import {
  assetEntryPath,
  bundleFormatName,
  bundleSchemaVersion,
  dataEntryPath,
  manifestPath,
  type BundleAsset,
  type BundleAssetMode,
  type BundleManifest,
  type BundlePost,
  type DataEntryName,
  type ManifestEntry,
  peopleOfPost,
} from '../../shared/domain/bundle';
import type { Schedule } from '../../shared/domain/exports';
import { absolute } from '../assets/store';
import { assetMediaPath } from '../../shared/domain/media-paths';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { settingsRepository } from '../db/repositories/settings';
import { dataPaths } from '../data-dir';
import type { FormatWriter } from '../export/formats/types';
import { contentHash } from './content-hash';
import { createSizeCheckingReader, createVerifyingReader } from './file-reader';
import { bundleErrors } from './errors';
import { bundleHistoryRepository } from '../db/repositories/bundle-history';
import { defaultBundleLimits, type BundleLimits } from './limits';
import { useNativeCrc32ForYazl } from './native-crc';
import { readAssets, readCampaigns, readChannels, readPeople, readPosts } from './records';
import { postExists } from '../db/repositories/lookups';
import type { DirectFile } from '../export/output-file';
import { createDirectZip } from './zip-direct';

interface BundleParts {
  json: { path: string; data: Buffer }[];
  files: { asset: BundleAsset; path: string; entryPath: string }[];
  manifest: Buffer;
  mtime: Date;
}

export interface BundleExportContext {
  db: Db;
  dataDir: string;
}

export interface WriteBundleOptions {
  signal?: AbortSignal;
  /** Bytes written so far and in all (asset files dominate), now and then. */
  progress?: (done: number, total: number) => void;
  /** 'attached' (default): the posts' files travel too; 'none': posts only. */
  includeAssets?: BundleAssetMode;
  appVersion?: string;
  /**
   * Re-hash every file against its name while copying (default). The app's exports skip it and
   * check sizes only (see createSizeCheckingReader): the importer verifies every byte anyway.
   */
  verifyAssets?: boolean;
  /** The importer's limits (tests lower them); a JSON entry over them is refused here. */
  limits?: Pick<BundleLimits, 'jsonBytes'>;
  /**
   * The output file itself (the exports service's temp file): the zip is then written into it
   * directly, files copied with plain fd reads and writes (zip-direct.ts), and `out` unused.
   */
  file?: DirectFile;
}

export interface WrittenBundle {
  posts: number;
  assets: number;
  assetBytes: number;
  /** Post id → the content hash written: what `recordExported` remembers. */
  hashes: Map<string, string>;
}

/** What `recordExported` needs from the write of a schedule, without changing its signature. */
const written = new WeakMap<Schedule, Map<string, string>>();

/**
 * Writes a `.linimasa` bundle of the schedule's posts: the JSON entries (small, deflated), then
 * each attached file once (stored as is: photos and videos are compressed already, and copying
 * is what makes this as fast as tar), then the manifest with the size and SHA-256 of every
 * entry. Given `options.file` (the exports service's temp file), the files are copied into it
 * with plain fd reads and writes on a worker (zip-direct.ts); otherwise the zip is streamed into
 * `out` through yazl, each file read in 1 MiB chunks (file-reader.ts). No file is ever held
 * whole; the export fails if a file no longer matches the library's size (or hash, verifying).
 *
 * The posts are the schedule's, read again whole (every channel, not only those a channel filter
 * kept; the channel caption overrides; who created and submitted it), in one transaction.
 */
export async function writeBundle(
  context: BundleExportContext,
  schedule: Schedule,
  out: Writable,
  options: WriteBundleOptions = {},
): Promise<WrittenBundle> {
  useNativeCrc32ForYazl();
  const mode = options.includeAssets ?? 'attached';
  const createdAt = nowIso();
  const content = context.db.transaction(() =>
    collect(
      context.db,
      schedule.posts.map((p) => p.id),
      mode,
    ),
  )();
  options.signal?.throwIfAborted();

  const paths = dataPaths(context.dataDir);
  const files = content.assets
    .filter((asset) => asset.included)
    .map((asset) => ({
      asset,
      path: absolute(paths, assetMediaPath(asset.sha256, content.extOf.get(asset.sha256)!)),
    }));
  // A missing file is found before the first byte is written, not after a gigabyte.
  for (const { asset, path } of files) {
    const found = await stat(path).catch(() => null);
    if (!found?.isFile()) throw bundleErrors.assetUnavailable(asset.name, 'missing');
    if (found.size !== asset.size) throw bundleErrors.assetUnavailable(asset.name, 'corrupt');
  }

  const entries: ManifestEntry[] = [];
  const assetBytes = files.reduce((sum, f) => sum + f.asset.size, 0);
  const json: [DataEntryName, unknown][] = [
    ['posts', content.posts],
    ['channels', content.channels],
    ['campaigns', content.campaigns],
    ['people', content.people],
    ['assets', content.assets],
  ];
  const jsonLimit = (options.limits ?? defaultBundleLimits).jsonBytes;
  const buffers = json.map(([name, value]) => {
    const buffer = Buffer.from(JSON.stringify(value));
    // What the importer would refuse is not written: the office hears it now, not the recipient.
    if (buffer.length > jsonLimit) {
      throw bundleErrors.tooLargeToExport(dataEntryPath(name), buffer.length, jsonLimit);
    }
    entries.push({
      path: dataEntryPath(name),
      size: buffer.length,
      sha256: createHash('sha256').update(buffer).digest('hex'),
    });
    return buffer;
  });
  const total = assetBytes + buffers.reduce((sum, b) => sum + b.length, 0);
  let done = 0;
  let lastReport = 0;
  const advance = (bytes: number) => {
    done += bytes;
    const now = Date.now();
    if (now - lastReport >= 250 || done === total) {
      lastReport = now;
      options.progress?.(done, total);
    }
  };

  for (const { asset } of files) {
    const entryPath = assetEntryPath(asset.sha256, content.extOf.get(asset.sha256)!);
    entries.push({ path: entryPath, size: asset.size, sha256: asset.sha256 });
  }
  const settings = settingsRepository(context.db).get();
  const manifest: BundleManifest = {
    format: bundleFormatName,
    schemaVersion: bundleSchemaVersion,
    appVersion: options.appVersion ?? packageVersion,
    createdAt,
    office: { name: settings.officeName, unit: settings.unitName, timeZone: settings.timeZone },
    source: { installId: content.installId },
    filter: schedule.filter,
    includeAssets: mode,
    counts: {
      posts: content.posts.length,
      channels: content.channels.length,
      campaigns: content.campaigns.length,
      people: content.people.length,
      assets: files.length,
      assetBytes,
    },
    entries,
  };
  const parts: BundleParts = {
    json: json.map(([name], index) => ({ path: dataEntryPath(name), data: buffers[index]! })),
    files: files.map(({ asset, path }, index) => ({
      asset,
      path,
      entryPath: entries[json.length + index]!.path,
    })),
    // Last, so a reader that finds it knows the writer got to the end.
    manifest: Buffer.from(JSON.stringify(manifest, null, 1)),
    mtime: new Date(createdAt),
  };
  if (options.file) await writeDirect(options.file, parts, options, advance);
  else await writeStreamed(out, parts, options, advance);
  const hashes = new Map(content.posts.map((post) => [post.id, post.contentHash]));
  written.set(schedule, hashes);
  return { posts: content.posts.length, assets: files.length, assetBytes, hashes };
}

/** The asset's errors, in the office's words. */
function checksFor(asset: BundleAsset) {
  return {
    mismatch: () => bundleErrors.assetUnavailable(asset.name, 'corrupt'),
    failure: (error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? bundleErrors.assetUnavailable(asset.name, 'missing') : error,
  };
}

/**
 * Into the exports service's temp file: every entry appended in order, each asset copied by a
 * worker (fd-copy.ts) with its size, and when verifying its hash, checked as it goes.
 */
async function writeDirect(
  file: DirectFile,
  parts: BundleParts,
  options: WriteBundleOptions,
  advance: (bytes: number) => void,
): Promise<void> {
  const zip = createDirectZip(file, {
    mtime: parts.mtime,
    signal: options.signal,
    onBytes: advance,
  });
  try {
    for (const { path, data } of parts.json) {
      await zip.addBuffer(path, data);
      advance(data.length);
    }
    await zip.copyFiles(
      parts.files.map(({ asset, path, entryPath }) => ({
        name: entryPath,
        path,
        size: asset.size,
        ...(options.verifyAssets !== false && { sha256: asset.sha256 }),
        checks: checksFor(asset),
      })),
    );
    await zip.addBuffer(manifestPath, parts.manifest);
    await zip.finish();
  } finally {
    await zip.close();
  }
}

/** Into any stream, through yazl: the JSON entries, each asset streamed, the manifest. */
async function writeStreamed(
  out: Writable,
  parts: BundleParts,
  options: WriteBundleOptions,
  advance: (bytes: number) => void,
): Promise<void> {
  const zip = new ZipFile();
  const output = zip.outputStream as unknown as Readable;
  const { mtime } = parts;
  let failure: Error | undefined;
  let reading: Readable | undefined;
  const fail = (error: Error) => {
    if (failure) return;
    failure = error;
    reading?.destroy();
    output.destroy(error);
  };
  zip.on('error', fail);

  for (const { path, data } of parts.json) {
    zip.addBuffer(data, path, { mtime, compress: true });
    advance(data.length);
  }
  // Each file is checked against its hash as it goes in (see file-reader.ts): one that no
  // longer matches its name (bit rot, a hand edit) fails the export rather than ship something
  // the importer would refuse.
  const createReader =
    options.verifyAssets === false ? createSizeCheckingReader : createVerifyingReader;
  const files = parts.files;
  const reader = files.length > 0 ? createReader(files.map((f) => f.path)) : undefined;
  files.forEach(({ asset, entryPath }, index) => {
    zip.addReadStreamLazy(entryPath, { mtime, compress: false, size: asset.size }, (callback) => {
      if (failure) return;
      const stream = reader!.read(index, asset, { ...checksFor(asset), onBytes: advance });
      reading = stream;
      // yazl pipes the stream but does not listen for its errors.
      stream.on('error', fail);
      callback(null, stream);
    });
  });

  zip.addBuffer(parts.manifest, manifestPath, {
    mtime,
    compress: true,
  });
  zip.end();

  try {
    await pipeline(output, out, { signal: options.signal });
  } catch (error) {
    // A cancel may reach the output first (Node 24 then refuses to pipe into the destroyed
    // stream): the reason is still the cancel. Also stops yazl from opening the next file for a
    // zip nobody reads any more.
    failure ??= (options.signal?.aborted ? options.signal.reason : error) as Error;
    reading?.destroy();
    throw failure;
  } finally {
    reader?.close();
  }
  if (failure) throw failure;
}

interface Collected {
  installId: string;
  posts: BundlePost[];
  channels: ReturnType<typeof readChannels>;
  campaigns: ReturnType<typeof readCampaigns>;
  people: ReturnType<typeof readPeople>;
  assets: BundleAsset[];
  extOf: Map<string, string>;
}

/** Everything the bundle says, read at one moment. Posts in the trash meanwhile are left out. */
function collect(db: Db, ids: string[], mode: BundleAssetMode): Collected {
  const stored = readPosts(db, ids);
  const state = bundleHistoryRepository(db);
  const seen = state.seenOf(ids);
  const decided = state.decisionsOf(ids);
  const posts: BundlePost[] = [];
  for (const id of ids) {
    const post = stored.get(id);
    if (!post || post.inTrash) continue;
    const history = seen.get(id) ?? [];
    const resolved = decided.get(id);
    posts.push({
      ...post.body,
      contentHash: contentHash(post.body),
      exchange: {
        baseHash: history.at(-1) ?? null,
        seen: history,
        // Only when there is something to say: a bundle without it reads as before.
        ...(resolved ? { resolved } : {}),
      },
    });
  }
  const channelIds = new Set(posts.flatMap((p) => p.channels.map((c) => c.channelId)));
  const campaignIds = new Set(posts.flatMap((p) => (p.campaignId ? [p.campaignId] : [])));
  const peopleIds = new Set(posts.flatMap(peopleOfPost));
  const shas = [...new Set(posts.flatMap((p) => p.assets))];
  const library = readAssets(db, shas);
  const extOf = new Map<string, string>();
  const assets: BundleAsset[] = shas.map((sha) => {
    const asset = library.get(sha)!;
    extOf.set(sha, asset.ext);
    const { id: _id, status, ...described } = asset;
    if (mode === 'attached' && status !== 'ok') {
      throw bundleErrors.assetUnavailable(asset.name, status === 'missing' ? 'missing' : 'corrupt');
    }
    return { ...described, included: mode === 'attached' };
  });
  return {
    installId: state.installId(),
    posts,
    channels: readChannels(db, [...channelIds]),
    campaigns: readCampaigns(db, [...campaignIds]),
    people: readPeople(db, [...peopleIds]),
    assets,
    extOf,
  };
}

/**
 * The bundle as one of the export runner's formats. `includeAssets` and `verifyAssets` are the
 * bundle's own options; the runner calls `recordExported` once the file is complete.
 */
export function bundleFormat(
  context: BundleExportContext,
  includeAssets: BundleAssetMode = 'attached',
  verifyAssets = true,
): FormatWriter {
  return {
    mime: 'application/zip',
    async write(schedule, out, options) {
      await writeBundle(context, schedule, out, {
        signal: options.signal,
        progress: options.progress,
        includeAssets,
        verifyAssets,
        ...(options.file && { file: options.file }),
      });
    },
  };
}

/**
 * Remembers, for each post of a bundle that was written completely, the version that left: an
 * import of the other side's later edits then sees "they changed it, we did not" and takes them
 * without asking. Call after the file is complete (a failed export must not count). Uses the
 * hashes the write computed; for a schedule not written in this process, the current content.
 */
export function recordExported(db: Db, schedule: Schedule): number {
  const at = nowIso();
  return db.transaction(() => {
    let hashes = written.get(schedule);
    if (!hashes) {
      const stored = readPosts(
        db,
        schedule.posts.map((p) => p.id),
      );
      hashes = new Map(
        [...stored.values()]
          .filter((post) => !post.inTrash)
          .map((post) => [post.body.id, contentHash(post.body)]),
      );
    }
    const state = bundleHistoryRepository(db);
    const exists = postExists(db);
    let recorded = 0;
    for (const [postId, hash] of hashes) {
      if (!exists(postId)) continue; // purged since
      state.remember(postId, hash, [], at);
      recorded += 1;
    }
    return recorded;
  })();
}
