import { crc32, deflateRawSync } from 'node:zlib';
import type { DirectFile } from '../export/output-file';
import { CopyFailure, createFdCopier, type CopyJob } from './fd-copy';
import {
  centralRecord,
  dataDescriptor,
  deflatedMethod,
  dosTime,
  endRecords,
  localHeader,
  storedMethod,
  type ZipEntryRecord,
} from './zip-layout';

export interface CopyChecks {
  /** The error when the copied bytes are not the expected size (or, verifying, hash). */
  mismatch: () => Error;
  /** The error for a file that cannot be read (ENOENT, EACCES…). */
  failure: (error: NodeJS.ErrnoException) => Error;
}

/**
 * A zip written straight into the export's temp file: small entries deflated in memory, files
 * copied by a worker with plain fd reads and writes (fd-copy.ts), the directory at the end.
 * Everything is appended in order, so the background hash of the output can follow it.
 */
export function createDirectZip(
  file: DirectFile,
  options: { mtime: Date; signal?: AbortSignal; onBytes?: (bytes: number) => void },
) {
  const { time, date } = dosTime(options.mtime);
  const entries: ZipEntryRecord[] = [];
  let copier: ReturnType<typeof createFdCopier> | undefined;

  return {
    /** A small entry (JSON), deflated unless `stored` (bytes a reader may look at as they are). */
    async addBuffer(name: string, data: Buffer, stored = false): Promise<void> {
      const compressed = stored ? data : deflateRawSync(data);
      const entry: ZipEntryRecord = {
        name: Buffer.from(name),
        method: stored ? storedMethod : deflatedMethod,
        descriptor: false,
        crc32: crc32(data),
        compressedSize: compressed.length,
        size: data.length,
        offset: file.position,
        time,
        date,
      };
      entries.push(entry);
      await file.append(Buffer.concat([localHeader(entry), compressed]));
    },

    /**
     * Files stored as is, in order, copied by the worker in one go (fd-copy.ts); each with
     * `sha256` has its bytes checked against it. The local headers and data descriptors are
     * laid out here, so the worker writes everything between the first header and the last
     * descriptor without waiting for this thread.
     */
    async copyFiles(
      files: readonly {
        name: string;
        path: string;
        size: number;
        sha256?: string;
        checks: CopyChecks;
      }[],
    ): Promise<void> {
      options.signal?.throwIfAborted();
      if (files.length === 0) return;
      let position = file.position;
      const copied: ZipEntryRecord[] = [];
      const jobs: CopyJob[] = files.map(({ name, path, size, sha256 }) => {
        const entry: ZipEntryRecord = {
          name: Buffer.from(name),
          method: storedMethod,
          descriptor: true,
          crc32: 0,
          compressedSize: size,
          size,
          offset: position,
          time,
          date,
        };
        copied.push(entry);
        const before = localHeader(entry);
        const after = dataDescriptor(entry);
        position += before.length + size + after.length;
        return { path, before, size, after, ...(sha256 !== undefined && { sha256 }) };
      });
      copier ??= createFdCopier(options.signal);
      let end: number;
      try {
        end = await copier.copyAll(
          file.fd,
          file.position,
          jobs,
          (index, crc) => void (copied[index]!.crc32 = crc),
          options.onBytes,
        );
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (!(error instanceof CopyFailure)) throw error;
        const { checks } = files[error.index]!;
        throw error.reason === 'mismatch' ? checks.mismatch() : checks.failure(error.error!);
      }
      file.appended(end - file.position);
      entries.push(...copied);
    },

    /** The central directory and end records: the zip is complete. */
    async finish(): Promise<void> {
      const offset = file.position;
      const directory = Buffer.concat(entries.map(centralRecord));
      await file.append(
        Buffer.concat([directory, endRecords(entries.length, directory.length, offset)]),
      );
    },

    /** Stops the copier; needed before the output file is closed. */
    close: async (): Promise<void> => copier?.close(),
  };
}
