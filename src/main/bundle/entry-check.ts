import { open } from 'node:fs/promises';
import type { ManifestEntry } from '../../shared/domain/bundle';
import { ingest, removeQuietly, tempFile, type Ingested, type StorePaths } from '../assets/store';
import type { Archive, ArchiveEntry } from './archive';
import { bundleErrors } from './errors';
import { CopyFailure, createFdCopier, noOutput, type CopyJob } from './fd-copy';
import { verifiedChunks } from './reader';

type Expected = Pick<ManifestEntry, 'size' | 'sha256'>;

export type EntryChecker = ReturnType<typeof createEntryChecker>;

const nothing = Buffer.alloc(0);

/**
 * Reads a received zip's large entries (a bundle's assets, a pack's media) through the size and
 * SHA-256 their signed listing gives, copying each one the library lacks into a new file in
 * incoming/ on the way.
 *
 * A stored entry (ours always are: photos and videos are not compressed) is read straight from
 * its place in the zip by the copy worker (fd-copy.ts), which hashes as it goes, so this thread
 * only waits. Streamed through yauzl on this thread instead, 200 MB of a pack became a fresh
 * buffer per 64 KiB chunk, and collecting them paused the thread for 50 ms and more while the
 * window was in use (bench/exchange.bench.ts, `exchange.pack_import_longest_task_ms`). A
 * compressed entry (a zip another tool wrote) still streams through yauzl, which inflates it.
 *
 * Call `close()` when done with the archive: it stops the worker.
 */
export function createEntryChecker(archive: Archive, signal?: AbortSignal) {
  let copier: ReturnType<typeof createFdCopier> | undefined;

  async function copy(
    entry: ArchiveEntry,
    fd: number,
    job: CopyJob,
    onBytes?: (bytes: number) => void,
  ): Promise<void> {
    copier ??= createFdCopier(signal);
    try {
      await copier.copyAll(fd, 0, [job], () => undefined, onBytes);
    } catch (error) {
      if (!(error instanceof CopyFailure)) throw error;
      // The listing's size was checked against the zip's directory: bytes that read short or
      // hash otherwise are damaged.
      if (error.reason === 'mismatch') throw bundleErrors.checksum(entry.name);
      throw error.error ?? error;
    }
  }

  return {
    /**
     * Checks one entry's bytes; with `into`, they land in a new fsynced file in its incoming/
     * folder, which the caller places or removes. A damaged entry throws the bundle's checksum
     * or size refusal, and leaves no file behind.
     */
    async check(
      entry: ArchiveEntry,
      expected: Expected,
      into?: StorePaths,
      onBytes?: (bytes: number) => void,
    ): Promise<Ingested | undefined> {
      signal?.throwIfAborted();
      if (entry.size !== expected.size) throw bundleErrors.sizeMismatch(entry.name);
      const start = await archive.storedStart(entry);
      if (start === null) return streamed(archive, entry, expected, into, signal, onBytes);
      const job: CopyJob = {
        path: archive.path,
        offset: start,
        before: nothing,
        size: expected.size,
        after: nothing,
        sha256: expected.sha256,
      };
      if (!into) {
        await copy(entry, noOutput, job, onBytes);
        return undefined;
      }
      const temp = tempFile(into);
      const handle = await open(temp, 'wx');
      try {
        await copy(entry, handle.fd, job, onBytes);
        await handle.sync();
        await handle.close();
        return { temp, sha256: expected.sha256, size: expected.size };
      } catch (error) {
        await handle.close().catch(() => undefined);
        await removeQuietly(temp);
        throw error;
      }
    },
    close: async (): Promise<void> => {
      await copier?.close();
    },
  };
}

/** A compressed entry, through yauzl's inflating stream on this thread. */
async function streamed(
  archive: Archive,
  entry: ArchiveEntry,
  expected: Expected,
  into: StorePaths | undefined,
  signal: AbortSignal | undefined,
  onBytes: ((bytes: number) => void) | undefined,
): Promise<Ingested | undefined> {
  if (!into) {
    for await (const chunk of verifiedChunks(archive, entry, expected, signal)) {
      onBytes?.(chunk.length);
    }
    return undefined;
  }
  // ingest hashes what it stores; that hash is the check (the reader checks the size).
  const chunks = () => verifiedChunks(archive, entry, expected, signal, false);
  const ingested = await ingest(into, chunks, { signal, onBytes });
  if (ingested.sha256 !== expected.sha256) {
    await removeQuietly(ingested.temp);
    throw bundleErrors.checksum(entry.name);
  }
  return ingested;
}
