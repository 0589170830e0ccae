import { Worker } from 'node:worker_threads';

/**
 * The worker, as CommonJS source (the same reasoning as bundle/file-reader.ts: no extra build
 * entry or loader). It follows a file while another thread appends to it, hashing what has
 * been written so far from the page cache, until told the final size; or, given a complete
 * file, reads it to its end.
 */
const workerSource = `
const { workerData, parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const state = new Int32Array(workerData.shared);
const buffer = Buffer.allocUnsafe(1 << 20);
const hash = createHash('sha256');
let fd;
let position = 0;
try {
  for (;;) {
    const flag = Atomics.load(state, 0);
    if (flag === 2) break; // cancelled
    if (fd === undefined) {
      try { fd = openSync(workerData.path, 'r'); } catch (error) {
        if (error.code !== 'ENOENT' || workerData.complete) throw error;
        Atomics.wait(state, 0, flag, 5);
        continue;
      }
    }
    const length = readSync(fd, buffer, 0, buffer.length, position);
    if (length > 0) {
      hash.update(buffer.subarray(0, length));
      position += length;
      continue;
    }
    if (workerData.complete) {
      parentPort.postMessage({ sha256: hash.digest('hex'), size: position });
      break;
    }
    if (flag === 1 && position >= state[1] * 4294967296 + (state[2] >>> 0)) {
      parentPort.postMessage({ sha256: hash.digest('hex'), size: position });
      break;
    }
    Atomics.wait(state, 0, flag, 5);
  }
} catch (error) {
  parentPort.postMessage({ message: String(error.message) });
} finally {
  if (fd !== undefined) closeSync(fd);
}
`;

/**
 * SHA-256 of a file being written, computed on the second core while the writer fills it: a
 * 2 GB bundle would otherwise spend a second of the main thread hashing what it just wrote.
 * The file must only ever be appended to (writeFileAtomically's temp file is).
 */
export function hashWhileWriting(path: string) {
  return startHashing(path, false);
}

/**
 * SHA-256 and size of a complete file, read to its end on another thread: a received file of
 * 200 MB hashed here would hold this thread for a second in 1 MiB slices, each long enough for
 * the window to miss frames.
 */
export function hashInBackground(path: string): Promise<{ sha256: string; size: number }> {
  return startHashing(path, true).result;
}

function startHashing(path: string, complete: boolean) {
  const shared = new SharedArrayBuffer(12);
  const state = new Int32Array(shared);
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { path, shared, complete },
  });
  const result = new Promise<{ sha256: string; size: number }>((resolve, reject) => {
    worker.once('message', (message: { sha256: string; size: number } | { message: string }) =>
      'sha256' in message ? resolve(message) : reject(new Error(message.message)),
    );
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('hash worker stopped')));
  });
  result.catch(() => undefined); // awaited by `finish`; a cancelled hash is nobody's error
  return {
    result,
    /** All `size` bytes are written: resolves with the file's hash once the worker caught up. */
    finish(size: number): Promise<{ sha256: string; size: number }> {
      state[1] = Math.floor(size / 4294967296);
      state[2] = (size % 4294967296) | 0;
      Atomics.store(state, 0, 1);
      Atomics.notify(state, 0);
      return result;
    },
    cancel(): void {
      Atomics.store(state, 0, 2);
      Atomics.notify(state, 0);
    },
  };
}
