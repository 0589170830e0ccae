import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { replaceFile } from '../fs/replace';
import { dirname, join } from 'node:path';
import type { DataPaths } from '../data-dir';
import { ImportFailure } from './messages';

export { assetMediaPath, thumbMediaPath } from '../../shared/domain/media-paths';

/**
 * The content-addressed file store: `assets/<2 hex>/<sha256>.<ext>`. A file is streamed into
 * `incoming/` while its SHA-256 is computed (never read whole: files over 4 GB work), fsynced,
 * renamed into place and its directory fsynced; only then may a row point at it. Stored files
 * are never modified.
 */
export type StorePaths = Pick<DataPaths, 'root' | 'assets' | 'thumbs' | 'incoming'>;

/** Big reads keep hashing close to `sha256sum`; 1 MiB bounds memory per file in flight. */
export const chunkBytes = 1 << 20;

export const absolute = (paths: StorePaths, mediaPath: string): string =>
  join(paths.root, ...mediaPath.split('/'));

/**
 * A fresh temp name in incoming/. The pid prefix lets a sweep in another process tell our
 * in-flight files from those a killed process left behind.
 */
export const tempFile = (paths: StorePaths, suffix = '.part'): string =>
  join(paths.incoming, `${process.pid}.${randomUUID()}${suffix}`);

export interface IngestOptions {
  signal?: AbortSignal;
  /** Called with each chunk's length, for byte progress. */
  onBytes?: (bytes: number) => void;
  maxBytes?: number;
}

export interface Ingested {
  temp: string;
  sha256: string;
  size: number;
}

/**
 * Copies a stream into a new temp file, hashing as it goes, and fsyncs it. On any failure or
 * cancellation the temp file is removed before the error propagates.
 */
export async function ingest(
  paths: StorePaths,
  source: AsyncIterable<Uint8Array> | (() => AsyncIterable<Uint8Array>),
  options: IngestOptions = {},
): Promise<Ingested> {
  const temp = tempFile(paths);
  const hash = createHash('sha256');
  let size = 0;
  const handle = await open(temp, 'wx');
  try {
    // A factory is called only now, with nothing awaited before the loop starts reading: a
    // stream created earlier that fails meanwhile would emit an 'error' nobody listens to.
    for await (const chunk of typeof source === 'function' ? source() : source) {
      options.signal?.throwIfAborted();
      size += chunk.length;
      if (options.maxBytes !== undefined && size > options.maxBytes) {
        throw ImportFailure.tooLarge(options.maxBytes);
      }
      hash.update(chunk);
      await handle.write(chunk);
      options.onBytes?.(chunk.length);
    }
    options.signal?.throwIfAborted();
    await handle.sync();
    await handle.close();
    return { temp, sha256: hash.digest('hex'), size };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await removeQuietly(temp);
    throw error;
  }
}

/**
 * A file as chunks of up to 1 MiB, read into two reused buffers: the next read runs while the
 * caller hashes or writes the current chunk, and no garbage is made per chunk, so a batch of
 * photos does not keep the garbage collector busy. A chunk is valid only until the next one is
 * asked for (the store's loops are done with it by then). Errors reach the loop that reads,
 * never an unhandled 'error' event.
 */
export async function* readFileChunks(path: string): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  const buffers: Buffer[] = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)];
  const read = (buffer: Buffer) =>
    handle.read(buffer, 0, chunkBytes, null).then(({ bytesRead }) => buffer.subarray(0, bytesRead));
  let index = 0;
  let pending = read(buffers[0]!);
  try {
    for (;;) {
      const chunk = await pending;
      if (chunk.length === 0) return;
      index ^= 1;
      pending = read(buffers[index]!);
      yield chunk;
    }
  } finally {
    await pending.catch(() => undefined); // never close under a read in flight
    await handle.close();
  }
}

/** SHA-256 and size of a file, streamed. */
export async function hashFile(
  path: string,
  options: Pick<IngestOptions, 'signal' | 'onBytes'> = {},
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of readFileChunks(path)) {
    options.signal?.throwIfAborted();
    hash.update(chunk);
    size += chunk.length;
    options.onBytes?.(chunk.length);
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Renames a complete, fsynced temp file to its final name and fsyncs the directory, so the
 * rename itself survives a power cut before any row names the file.
 */
export async function place(temp: string, target: string): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  await replaceFile(temp, target);
  await fsyncDir(dir);
}

/** Windows cannot open a directory for fsync; NTFS journals the rename itself. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function removeQuietly(path: string): Promise<void> {
  await rm(path, { force: true }).catch(() => undefined);
}

/**
 * Runs `fn` while no other call holds the same key in this process: finishing an import and
 * deleting an asset of the same content must not interleave (a rename between a delete's row
 * removal and its unlink would leave a row without a file).
 */
export function keyedMutex() {
  const tails = new Map<string, Promise<unknown>>();
  return async function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
