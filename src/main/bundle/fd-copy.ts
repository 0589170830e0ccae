import { Worker } from 'node:worker_threads';

/**
 * The copier, as CommonJS source (eval'd, for the reasons given in file-reader.ts). Given the
 * whole list of files at once, it writes each one's bytes into the output fd with plain
 * readSync/writeSync, the way `tar` does, each preceded by the bytes the caller put before it
 * (the zip's local header) and followed by those put after it (the data descriptor, with the
 * CRC-32 it computed written at byte 4), computing the CRC-32 (zlib's native one) and, when
 * asked, the SHA-256 as it goes. Between chunks it looks at the shared cancel flag. A job with an
 * `offset` copies just `size` bytes from there (a zip entry stored in a received file), and with
 * no output fd (-1) the bytes are only checked, not written.
 *
 * Measured (bench/bundle.bench.ts, 400 files of 5 MB, see docs/ARCHITECTURE.md):
 * - one message per file, the main thread writing each header in between, left the copier idle
 *   for a round trip through a busy event loop 400 times;
 * - 4 MiB chunks cost three times the kernel time of 256 KiB chunks (3.0–3.6 s against 0.5–1.4 s
 *   of system time for 2 GB): each chunk is read into the buffer, checksummed and copied again
 *   into the page cache, and a chunk that fits the core's cache is read from it the second and
 *   third time instead of from memory.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, writeSync, closeSync } = require('node:fs');
const { crc32 } = require('node:zlib');
const { createHash } = require('node:crypto');
const cancelled = new Int32Array(workerData.shared);
const buffer = Buffer.allocUnsafe(workerData.chunkBytes);
const reportEvery = 16 << 20;
function writeAll(fd, bytes, position) {
  let written = 0;
  while (written < bytes.length) {
    written += writeSync(fd, bytes, written, bytes.length - written, position + written);
  }
}
parentPort.on('message', ({ fd, position, jobs }) => {
  let at = position;
  let reported = 0;
  let total = 0;
  for (let index = 0; index < jobs.length; index++) {
    const { path, offset, before, size, after, sha256 } = jobs[index];
    const ranged = offset !== undefined;
    let input;
    try {
      input = openSync(path, 'r');
      if (fd >= 0) writeAll(fd, before, at);
      at += before.length;
      const hash = sha256 ? createHash('sha256') : undefined;
      let crc = 0;
      let done = 0;
      for (;;) {
        if (Atomics.load(cancelled, 0) !== 0) return parentPort.postMessage({ kind: 'cancelled' });
        const wanted = ranged ? Math.min(buffer.length, size - done) : buffer.length;
        if (wanted === 0) break;
        const length = readSync(input, buffer, 0, wanted, ranged ? offset + done : null);
        if (length === 0) break;
        // A file grown since it was checked: never write past the size the headers promise.
        if (done + length > size) {
          return parentPort.postMessage({ kind: 'mismatch', index, size: done + length });
        }
        const chunk = buffer.subarray(0, length);
        crc = crc32(chunk, crc);
        if (hash) hash.update(chunk);
        if (fd >= 0) writeAll(fd, chunk, at);
        at += length;
        done += length;
        total += length;
        if (total - reported >= reportEvery) {
          parentPort.postMessage({ kind: 'progress', bytes: total - reported });
          reported = total;
        }
      }
      if (done !== size || (hash && hash.digest('hex') !== sha256)) {
        return parentPort.postMessage({ kind: 'mismatch', index, size: done });
      }
      if (after.length > 0) {
        const descriptor = Buffer.from(after.buffer, after.byteOffset, after.length);
        descriptor.writeUInt32LE(crc >>> 0, 4);
        if (fd >= 0) writeAll(fd, descriptor, at);
        at += descriptor.length;
      }
      parentPort.postMessage({ kind: 'file', index, crc32: crc >>> 0 });
    } catch (error) {
      return parentPort.postMessage({ kind: 'error', index, code: error.code, message: String(error.message) });
    } finally {
      if (input !== undefined) try { closeSync(input); } catch {}
    }
  }
  parentPort.postMessage({ kind: 'done', bytes: total - reported, end: at });
});
`;

/** See workerSource: small enough to stay in the core's cache between read, CRC and write. */
const chunkBytes = 256 << 10;

type Reply =
  | { kind: 'progress'; bytes: number }
  | { kind: 'file'; index: number; crc32: number }
  | { kind: 'done'; bytes: number; end: number }
  | { kind: 'mismatch'; index: number; size: number }
  | { kind: 'cancelled' }
  | { kind: 'error'; index?: number; code?: string; message: string };

export interface CopyJob {
  path: string;
  /** Where in `path` the bytes start; the whole file from its start when absent. */
  offset?: number;
  /** Written just before the file's bytes. */
  before: Buffer;
  /**
   * What the file must hold: the copy stops rather than write more, and fails on less. With an
   * `offset`, exactly this many bytes are read from there.
   */
  size: number;
  /** Written just after the file's bytes, with their CRC-32 (little-endian) at byte 4; or empty. */
  after: Buffer;
  /** When given, the file's bytes are hashed as they are copied and must match it. */
  sha256?: string;
}

/** Why a copy stopped, with the job it stopped at. */
export class CopyFailure extends Error {
  constructor(
    readonly index: number,
    readonly reason: 'mismatch' | 'error',
    readonly error?: NodeJS.ErrnoException,
  ) {
    super(error?.message ?? `file ${index} does not match its expected size or hash`);
  }
}

/**
 * Copies files into an open output file on a worker thread. `copyAll` writes the jobs one after
 * another from `position` on (or, given `noOutput` for the fd, only reads and checks them) and
 * resolves with the position after the last; `onFile` hears each
 * file's CRC-32 as it completes. It rejects with a CopyFailure naming the job (a read or write
 * error, with its `code`; a file that no longer matches), or with `signal.reason` once cancelled.
 */
/** The fd to give `copyAll` when the jobs' bytes are to be checked and not written anywhere. */
export const noOutput = -1;

export function createFdCopier(signal?: AbortSignal) {
  const shared = new SharedArrayBuffer(4);
  const flag = new Int32Array(shared);
  const worker = new Worker(workerSource, { eval: true, workerData: { shared, chunkBytes } });
  let current: { onReply: (reply: Reply) => void } | undefined;
  let died: Error | undefined;
  worker.on('message', (reply: Reply) => current?.onReply(reply));
  worker.on('error', (error) => {
    died = error;
    current?.onReply({ kind: 'error', message: error.message });
  });
  const cancel = () => Atomics.store(flag, 0, 1);
  signal?.addEventListener('abort', cancel, { once: true });

  return {
    copyAll(
      fd: number,
      position: number,
      jobs: readonly CopyJob[],
      onFile: (index: number, crc32: number) => void,
      onBytes?: (bytes: number) => void,
    ): Promise<number> {
      if (signal?.aborted) return Promise.reject(signal.reason as Error);
      if (died) return Promise.reject(died);
      return new Promise<number>((resolve, reject) => {
        current = {
          onReply(reply) {
            if (reply.kind === 'progress') return onBytes?.(reply.bytes);
            if (reply.kind === 'file') return onFile(reply.index, reply.crc32);
            current = undefined;
            if (reply.kind === 'done') {
              onBytes?.(reply.bytes);
              resolve(reply.end);
            } else if (reply.kind === 'mismatch') {
              reject(new CopyFailure(reply.index, 'mismatch'));
            } else if (reply.kind === 'cancelled') {
              reject((signal?.reason as Error | undefined) ?? new Error('cancelled'));
            } else {
              const error = Object.assign(new Error(reply.message), { code: reply.code });
              reject(
                reply.index === undefined ? error : new CopyFailure(reply.index, 'error', error),
              );
            }
          },
        };
        worker.postMessage({ fd, position, jobs });
      });
    },
    /** Stops the worker; once resolved it writes nothing more, so the fd may be closed. */
    async close(): Promise<void> {
      cancel();
      signal?.removeEventListener('abort', cancel);
      await worker.terminate();
    },
  };
}
