import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  assetEntryPath,
  bundleDataSchemas,
  bundleFormatName,
  bundleManifestSchema,
  bundleSchemaVersion,
  dataEntryNames,
  dataEntryPath,
  manifestHeadSchema,
  manifestPath,
  type BundleAsset,
  type BundleCampaign,
  type BundleChannel,
  type BundleManifest,
  type BundlePerson,
  type BundlePost,
  type DataEntryName,
  type ManifestEntry,
  peopleOfPost,
} from '../../shared/domain/bundle';
import { openArchive, type Archive, type ArchiveEntry } from './archive';
import { contentHash } from './content-hash';
import { BundleError, bundleErrors } from './errors';
import { defaultBundleLimits, type BundleLimits } from './limits';

/** An asset file the bundle carries, with where it sits in the zip and what it must hash to. */
export interface BundleFile {
  asset: BundleAsset;
  entry: ArchiveEntry;
}

/** A bundle whose zip, manifest and data all passed; asset bytes are checked as they are read. */
export interface OpenedBundle {
  archive: Archive;
  manifest: BundleManifest;
  posts: BundlePost[];
  channels: BundleChannel[];
  campaigns: BundleCampaign[];
  people: BundlePerson[];
  assets: BundleAsset[];
  /** The included asset files by SHA-256. */
  files: Map<string, BundleFile>;
  close(): void;
}

export interface OpenBundleOptions {
  limits?: BundleLimits;
  signal?: AbortSignal;
}

/**
 * Opens and checks everything of a bundle except the asset bytes: the zip's directory (see
 * openArchive), the manifest (a newer format is refused with "update Linimasa"), that the
 * manifest lists exactly the entries present with their sizes, the JSON entries against their
 * SHA-256 and schemas, that every reference resolves inside the bundle, and each post's content
 * hash. Call `close()` when done; on any refusal it is closed already.
 */
export async function openBundle(
  path: string,
  options: OpenBundleOptions = {},
): Promise<OpenedBundle> {
  const limits = options.limits ?? defaultBundleLimits;
  const archive = await openArchive(path, limits);
  try {
    const manifest = await readManifest(archive, options.signal);
    const listed = checkListing(archive, manifest);
    const data = {} as BundleData;
    for (const name of dataEntryNames) {
      const entryPath = dataEntryPath(name);
      const expected = listed.get(entryPath);
      if (!expected) throw bundleErrors.missing(entryPath);
      const entry = archive.entries.get(entryPath)!;
      const text = await readWhole(archive, entry, expected, options.signal);
      // Each schema matches its own key: TypeScript cannot see that through the loop variable.
      (data as Record<DataEntryName, unknown>)[name] = parseJson(
        entryPath,
        text,
        bundleDataSchemas[name],
      );
    }
    const files = checkReferences(archive, manifest, listed, data);
    return {
      archive,
      manifest,
      ...data,
      files,
      close: () => archive.close(),
    };
  } catch (error) {
    archive.close();
    throw error;
  }
}

/**
 * The bytes of one entry, checked against the manifest as they stream: a wrong size or hash
 * throws once the entry's end is reached, before the caller may treat the bytes as good.
 * `hashed: false` leaves the SHA-256 to a caller that computes it anyway (the asset store's
 * ingest), so a 2 GB import is not hashed twice; sizes are still checked here.
 */
export async function* verifiedChunks(
  archive: Archive,
  entry: ArchiveEntry,
  expected: Pick<ManifestEntry, 'size' | 'sha256'>,
  signal?: AbortSignal,
  hashed = true,
): AsyncGenerator<Buffer> {
  const stream = await archive.read(entry);
  const hash = hashed ? createHash('sha256') : undefined;
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      size += chunk.length;
      if (size > expected.size) throw bundleErrors.sizeMismatch(entry.name);
      hash?.update(chunk);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof BundleError || (error as Error).name === 'AbortError') throw error;
    // yauzl's own checks (declared size, inflate errors) arrive here in English.
    throw bundleErrors.corrupt(`${entry.name}: ${(error as Error).message}`);
  } finally {
    stream.destroy();
  }
  if (size !== expected.size) throw bundleErrors.sizeMismatch(entry.name);
  if (hash && hash.digest('hex') !== expected.sha256) throw bundleErrors.checksum(entry.name);
}

async function readWhole(
  archive: Archive,
  entry: ArchiveEntry,
  expected: Pick<ManifestEntry, 'size' | 'sha256'>,
  signal?: AbortSignal,
): Promise<string> {
  const chunks: Buffer[] = [];
  // Copies: a stream may reuse its buffers.
  for await (const chunk of verifiedChunks(archive, entry, expected, signal)) {
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readManifest(archive: Archive, signal?: AbortSignal): Promise<BundleManifest> {
  const entry = archive.entries.get(manifestPath);
  if (!entry) throw bundleErrors.noManifest();
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = await archive.read(entry);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      size += chunk.length;
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw bundleErrors.corrupt(`${manifestPath}: ${(error as Error).message}`);
  } finally {
    stream.destroy();
  }
  if (size !== entry.size) throw bundleErrors.sizeMismatch(manifestPath);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw bundleErrors.notBundle();
  }
  const head = manifestHeadSchema.safeParse(json);
  if (!head.success || head.data.format !== bundleFormatName) throw bundleErrors.notBundle();
  if (head.data.schemaVersion > bundleSchemaVersion) {
    throw bundleErrors.futureVersion(head.data.schemaVersion, bundleSchemaVersion);
  }
  return parseValue(manifestPath, json, bundleManifestSchema);
}

/** The manifest must list exactly the entries present, once each, with their real sizes. */
function checkListing(archive: Archive, manifest: BundleManifest): Map<string, ManifestEntry> {
  const listed = new Map<string, ManifestEntry>();
  for (const item of manifest.entries) {
    if (item.path === manifestPath || listed.has(item.path)) {
      throw bundleErrors.invalidData(manifestPath, `entri "${item.path}" tercantum dua kali`);
    }
    listed.set(item.path, item);
  }
  for (const name of archive.entries.keys()) {
    if (name !== manifestPath && !listed.has(name)) throw bundleErrors.unlisted(name);
  }
  for (const item of listed.values()) {
    const entry = archive.entries.get(item.path);
    if (!entry) throw bundleErrors.missing(item.path);
    if (entry.size !== item.size) throw bundleErrors.sizeMismatch(item.path);
  }
  return listed;
}

type BundleData = { [K in DataEntryName]: z.output<(typeof bundleDataSchemas)[K]> };

/**
 * Inside the bundle everything must add up: ids unique, every channel, campaign, person and
 * asset a post names described, every included asset present under its own hash, every post's
 * content hash right, and the manifest's counts true.
 */
function checkReferences(
  archive: Archive,
  manifest: BundleManifest,
  listed: Map<string, ManifestEntry>,
  data: BundleData,
): Map<string, BundleFile> {
  const unique = <T>(file: DataEntryName, list: T[], key: (item: T) => string) => {
    const keys = new Set<string>();
    for (const item of list) {
      if (keys.has(key(item))) {
        throw bundleErrors.invalidData(dataEntryPath(file), `"${key(item)}" muncul dua kali`);
      }
      keys.add(key(item));
    }
    return keys;
  };
  unique('posts', data.posts, (p) => p.id);
  const channels = unique('channels', data.channels, (c) => c.id);
  const campaigns = unique('campaigns', data.campaigns, (c) => c.id);
  const people = unique('people', data.people, (p) => p.id);
  const assets = unique('assets', data.assets, (a) => a.sha256);

  const postsFile = dataEntryPath('posts');
  for (const post of data.posts) {
    const where = `unggahan "${post.title}"`;
    const missing = (what: string, id: string) =>
      bundleErrors.invalidData(
        postsFile,
        `${where} menyebut ${what} ${id} yang tidak ada di paket`,
      );
    for (const channel of post.channels) {
      if (!channels.has(channel.channelId)) throw missing('kanal', channel.channelId);
    }
    if (post.campaignId && !campaigns.has(post.campaignId))
      throw missing('kampanye', post.campaignId);
    for (const person of peopleOfPost(post)) {
      if (!people.has(person)) throw missing('orang', person);
    }
    for (const sha of post.assets) if (!assets.has(sha)) throw missing('aset', sha);
    if (contentHash(post) !== post.contentHash) {
      throw bundleErrors.invalidData(postsFile, `sidik isi ${where} tidak cocok dengan isinya`);
    }
  }

  const files = new Map<string, BundleFile>();
  for (const asset of data.assets) {
    const path = assetEntryPath(asset.sha256, asset.ext);
    const item = listed.get(path);
    if (!asset.included) continue;
    if (!item) throw bundleErrors.missing(path);
    if (item.sha256 !== asset.sha256) throw bundleErrors.checksum(path);
    if (item.size !== asset.size) throw bundleErrors.sizeMismatch(path);
    files.set(asset.sha256, { asset, entry: archive.entries.get(path)! });
  }
  // An asset file no post's description accounts for has no business in the bundle.
  for (const path of listed.keys()) {
    if (!path.startsWith('assets/')) continue;
    const sha = path.slice('assets/'.length, 'assets/'.length + 64);
    if (files.get(sha)?.entry.name !== path) throw bundleErrors.unlisted(path);
  }

  const counts = manifest.counts;
  const assetBytes = [...files.values()].reduce((sum, f) => sum + f.asset.size, 0);
  if (
    counts.posts !== data.posts.length ||
    counts.channels !== data.channels.length ||
    counts.campaigns !== data.campaigns.length ||
    counts.people !== data.people.length ||
    counts.assets !== files.size ||
    counts.assetBytes !== assetBytes
  ) {
    throw bundleErrors.invalidData(manifestPath, 'jumlah isi tidak sama dengan isi paket');
  }
  return files;
}

function parseJson<T extends z.ZodType>(file: string, text: string, schema: T): z.output<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw bundleErrors.invalidData(file, 'bukan JSON yang sah');
  }
  return parseValue(file, json, schema);
}

function parseValue<T extends z.ZodType>(file: string, json: unknown, schema: T): z.output<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw bundleErrors.invalidData(file, `${where}${issue.message}`);
}
