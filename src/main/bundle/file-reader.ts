import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, as a string: a separate .ts file would need its own build entry in
 * electron-vite and a loader under tsx, while an eval'd CommonJS worker runs the same in the
 * CLI, the tests and the packaged app. It hashes whole files, one after another, reading them
 * in 1 MiB chunks into one reused buffer.
 */
const workerSource = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(1 << 20);
parentPort.on('message', ({ id, path }) => {
  let fd;
  try {
    fd = openSync(path, 'r');
    const hash = createHash('sha256');
    let size = 0;
    let length;
    while ((length = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      hash.update(buffer.subarray(0, length));
      size += length;
    }
    parentPort.postMessage({ id, sha256: hash.digest('hex'), size });
  } catch (error) {
    parentPort.postMessage({ id, code: error.code, message: String(error.message) });
  } finally {
    if (fd !== undefined) try { closeSync(fd); } catch {}
  }
});
`;

type Verdict =
  { id: number; sha256: string; size: number } | { id: number; code?: string; message: string };

export interface HashedFile {
  sha256: string;
  size: number;
}

export interface ReadHandlers {
  /** The error for a file whose bytes do not hash to what was expected. */
  mismatch: () => Error;
  /** The error for a file that cannot be read (ENOENT, EACCES…). */
  failure: (error: NodeJS.ErrnoException) => Error;
  onBytes?: (bytes: number) => void;
}

/** Files hashed ahead of the one being streamed, so the worker is never the one waited for. */
const hashAhead = 2;

/**
 * Streams library files whose content must match their SHA-256 (their name). The hashing, at
 * about 1.8 GB/s the dearest part of a bundle, runs in a worker thread on a second read of the
 * same file, alongside the main thread's streaming; each stream ends only once its file's hash
 * has been confirmed, and fails otherwise. Two reads of a file instead of one hashed stream:
 * store files are written once and never modified (store.ts), so both reads see the same bytes,
 * the second comes from the page cache, and the importer checks every byte again anyway. On
 * Electron's main thread, which also answers the window, that leaves only the copying.
 */
export function createVerifyingReader(paths: readonly string[]) {
  const worker = new Worker(workerSource, { eval: true });
  worker.unref();
  const waiting = new Map<number, (verdict: Verdict) => void>();
  const verdicts = new Map<number, Promise<Verdict>>();
  worker.on('message', (verdict: Verdict) => {
    waiting.get(verdict.id)?.(verdict);
    waiting.delete(verdict.id);
  });
  // A worker that died answers every later file with its error, rather than never.
  let died: Error | undefined;
  worker.on('error', (error) => {
    died = error;
    for (const [id, deliver] of waiting) deliver({ id, message: error.message });
    waiting.clear();
  });
  const hash = (index: number): Promise<Verdict> | undefined => {
    if (index >= paths.length) return undefined;
    let verdict = verdicts.get(index);
    if (!verdict) {
      verdict = died
        ? Promise.resolve({ id: index, message: died.message })
        : new Promise((resolve) => waiting.set(index, resolve));
      verdicts.set(index, verdict);
      if (!died) worker.postMessage({ id: index, path: paths[index] });
    }
    return verdict;
  };

  return {
    /** The `index`-th file of `paths`, to be read in order. */
    read(index: number, expected: HashedFile, handlers: ReadHandlers): Readable {
      for (let ahead = 1; ahead <= hashAhead; ahead++) void hash(index + ahead);
      const verdict = hash(index)!;
      const source = createReadStream(paths[index]!, { highWaterMark: 1 << 20 });
      const gate = new Transform({
        highWaterMark: 1 << 20,
        transform(chunk: Buffer, _encoding, next) {
          handlers.onBytes?.(chunk.length);
          next(null, chunk);
        },
        flush(next) {
          void verdict.then((result) => {
            verdicts.delete(index);
            if (!('sha256' in result)) {
              next(
                handlers.failure(Object.assign(new Error(result.message), { code: result.code })),
              );
            } else if (result.sha256 !== expected.sha256 || result.size !== expected.size) {
              next(handlers.mismatch());
            } else next();
          });
        },
      });
      source.on('error', (error) => gate.destroy(handlers.failure(error)));
      gate.on('close', () => source.destroy());
      return source.pipe(gate);
    },
    close: () => void worker.terminate(),
  };
}

/**
 * Streams library files checking only their size against the row: what an export uses when
 * the bytes are hashed elsewhere anyway. Store files are content-addressed and written once
 * (store.ts), the importer checks every byte against the manifest, and "Verifikasi pustaka"
 * re-hashes the library; re-hashing 2 GB here as well would cost the export a whole core.
 */
export function createSizeCheckingReader(paths: readonly string[]) {
  return {
    read(index: number, expected: HashedFile, handlers: ReadHandlers): Readable {
      let size = 0;
      const source = createReadStream(paths[index]!, { highWaterMark: 1 << 20 });
      const gate = new Transform({
        highWaterMark: 1 << 20,
        transform(chunk: Buffer, _encoding, next) {
          size += chunk.length;
          handlers.onBytes?.(chunk.length);
          next(null, chunk);
        },
        flush(next) {
          next(size === expected.size ? undefined : handlers.mismatch());
        },
      });
      source.on('error', (error) => gate.destroy(handlers.failure(error)));
      gate.on('close', () => source.destroy());
      return source.pipe(gate);
    },
    close: () => undefined,
  };
}
