import type { FileHandle } from 'node:fs/promises';

/**
 * Sends a file's written bytes to the disk while more are still being written: every `every`
 * bytes an `fdatasync` is started on the libuv pool (one at a time), so the final fsync has
 * only the tail left to wait for instead of the whole file. Used where a large file must be
 * durable before it is named (the exchange outbox): the disk works while the copier reads.
 *
 * Not `sync_file_range`, which starts the writeback without waiting and would be the exact
 * tool, because Node does not expose it; an fdatasync on another thread waits on the pool,
 * not on the copier.
 */
export function earlyWriteback(handle: FileHandle, every = 32 << 20) {
  let pending = 0;
  let running: Promise<void> | undefined;
  let failed: unknown;
  return {
    /** Hears how many more bytes were written. */
    written(bytes: number): void {
      pending += bytes;
      if (running || pending < every) return;
      pending = 0;
      running = handle
        .datasync()
        .catch((error: unknown) => void (failed ??= error))
        .finally(() => (running = undefined));
    },
    /** Waits for the writeback in flight; rejects with its error, if one failed. */
    async settled(): Promise<void> {
      await running;
      if (failed) throw failed;
    },
  };
}
