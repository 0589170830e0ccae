import { Worker } from 'node:worker_threads';

/**
 * The copier, as CommonJS source (eval'd, for the reasons given in file-reader.ts). It copies
 * one file at a time into the output fd at the given position with plain readSync/writeSync in
 * 4 MiB chunks, the way `tar` does, computing the CRC-32 (zlib's native one) and, when asked,
 * the SHA-256 as it goes. A stream pipeline did the same with seven stream hops per chunk on
 * the main thread: on a busy two-core machine each hop waited for the event loop, and the
 * export ran at a fraction of tar's speed. Between chunks it looks at the shared cancel flag.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, writeSync, closeSync } = require('node:fs');
const { crc32 } = require('node:zlib');
const { createHash } = require('node:crypto');
const cancelled = new Int32Array(workerData.shared);
const buffer = Buffer.allocUnsafe(4 << 20);
const reportEvery = 16 << 20;
parentPort.on('message', ({ path, fd, position, size, verify }) => {
  let input;
  try {
    input = openSync(path, 'r');
    const hash = verify ? createHash('sha256') : undefined;
    let crc = 0;
    let done = 0;
    let reported = 0;
    for (;;) {
      if (Atomics.load(cancelled, 0) !== 0) return parentPort.postMessage({ kind: 'cancelled' });
      const length = readSync(input, buffer, 0, buffer.length, null);
      if (length === 0) break;
      // A file grown since it was checked: never write past the size the headers promise.
      if (done + length > size) return parentPort.postMessage({ kind: 'size', size: done + length });
      const chunk = buffer.subarray(0, length);
      crc = crc32(chunk, crc);
      if (hash) hash.update(chunk);
      let written = 0;
      while (written < length) {
        written += writeSync(fd, chunk, written, length - written, position + done + written);
      }
      done += length;
      if (done - reported >= reportEvery) {
        parentPort.postMessage({ kind: 'progress', bytes: done - reported });
        reported = done;
      }
    }
    parentPort.postMessage({ kind: 'done', crc32: crc, size: done, bytes: done - reported,
      sha256: hash ? hash.digest('hex') : undefined });
  } catch (error) {
    parentPort.postMessage({ kind: 'error', code: error.code, message: String(error.message) });
  } finally {
    if (input !== undefined) try { closeSync(input); } catch {}
  }
});
`;

type Reply =
  | { kind: 'progress'; bytes: number }
  | { kind: 'done'; crc32: number; size: number; bytes: number; sha256?: string }
  | { kind: 'size'; size: number }
  | { kind: 'cancelled' }
  | { kind: 'error'; code?: string; message: string };

export interface CopyRequest {
  path: string;
  fd: number;
  position: number;
  /** What the file must hold: the copy stops rather than write more. */
  size: number;
  verify: boolean;
}

export interface Copied {
  crc32: number;
  size: number;
  sha256?: string;
}

/**
 * Copies files into an open output file on a worker thread, one at a time. `copy` rejects with
 * the read or write error (ENOENT, ENOSPC… as `code`), or with `signal.reason` once cancelled;
 * the caller checks size and hash against what it expected.
 */
export function createFdCopier(signal?: AbortSignal) {
  const shared = new SharedArrayBuffer(4);
  const flag = new Int32Array(shared);
  const worker = new Worker(workerSource, { eval: true, workerData: { shared } });
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
    copy(request: CopyRequest, onBytes?: (bytes: number) => void): Promise<Copied> {
      if (signal?.aborted) return Promise.reject(signal.reason as Error);
      if (died) return Promise.reject(died);
      return new Promise<Copied>((resolve, reject) => {
        current = {
          onReply(reply) {
            if (reply.kind === 'progress') return onBytes?.(reply.bytes);
            current = undefined;
            if (reply.kind === 'done') {
              onBytes?.(reply.bytes);
              resolve({ crc32: reply.crc32, size: reply.size, sha256: reply.sha256 });
            } else if (reply.kind === 'size') {
              resolve({ crc32: 0, size: reply.size });
            } else if (reply.kind === 'cancelled') {
              reject((signal?.reason as Error | undefined) ?? new Error('cancelled'));
            } else {
              reject(Object.assign(new Error(reply.message), { code: reply.code }));
            }
          },
        };
        worker.postMessage(request);
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
