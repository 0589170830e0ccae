import { crc32, deflateRawSync } from 'node:zlib';
import type { DirectFile } from '../export/output-file';
import { createFdCopier, type Copied } from './fd-copy';
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
    /** A small entry (JSON), deflated. */
    async addBuffer(name: string, data: Buffer): Promise<void> {
      const compressed = deflateRawSync(data);
      const entry: ZipEntryRecord = {
        name: Buffer.from(name),
        method: deflatedMethod,
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

    /** A file of `size` bytes, stored as is; with `sha256`, its bytes are checked against it. */
    async copyFile(
      name: string,
      path: string,
      expected: { size: number; sha256?: string },
      checks: CopyChecks,
    ): Promise<void> {
      options.signal?.throwIfAborted();
      const entry: ZipEntryRecord = {
        name: Buffer.from(name),
        method: storedMethod,
        descriptor: true,
        crc32: 0,
        compressedSize: expected.size,
        size: expected.size,
        offset: file.position,
        time,
        date,
      };
      await file.append(localHeader(entry));
      copier ??= createFdCopier(options.signal);
      let copied: Copied;
      try {
        copied = await copier.copy(
          {
            path,
            fd: file.fd,
            position: file.position,
            size: expected.size,
            verify: expected.sha256 !== undefined,
          },
          options.onBytes,
        );
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        throw checks.failure(error as NodeJS.ErrnoException);
      }
      if (
        copied.size !== expected.size ||
        (expected.sha256 !== undefined && copied.sha256 !== expected.sha256)
      ) {
        throw checks.mismatch();
      }
      file.appended(copied.size);
      entry.crc32 = copied.crc32;
      entries.push(entry);
      await file.append(dataDescriptor(entry));
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
