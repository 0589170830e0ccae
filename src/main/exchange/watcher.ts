import { watch as watchFolder, type FSWatcher } from 'node:fs';

export interface ExchangeWatcherOptions {
  /** The exchange folder as now set (read again at every rescan: the setting may change). */
  folder(): string | null;
  /** One sync pass; its errors (no identity yet, folder gone) are the next pass's business. */
  pass(): Promise<unknown>;
  /** Quiet time after the last change before a pass: Syncthing renames many files at once. */
  debounceMs?: number;
  /**
   * A pass this often whatever the watcher says: `fs.watch` misses changes on network drives
   * and some USB file systems, and is not recursive everywhere.
   */
  rescanMs?: number;
  /** Injectable for tests. */
  watch?: typeof watchFolder;
}

export interface ExchangeWatcher {
  /** The folder setting may have changed: watch the new one and look at it soon. */
  refresh(): void;
  close(): void;
}

/**
 * Runs a sync pass when something changes in the exchange folder (debounced), and every
 * `rescanMs` anyway. Never two passes at once: a change during a pass runs one more after it.
 */
export function watchExchangeFolder(options: ExchangeWatcherOptions): ExchangeWatcher {
  const debounceMs = options.debounceMs ?? 1_500;
  const rescanMs = options.rescanMs ?? 60_000;
  const watch = options.watch ?? watchFolder;
  let watched: string | null = null;
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let again = false;
  let closed = false;

  const run = (): void => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    void options
      .pass()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again && !closed) {
          again = false;
          schedule();
        }
      });
  };
  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
    timer.unref();
  };
  const follow = (): void => {
    const folder = options.folder();
    if (folder === watched) return;
    watcher?.close();
    watcher = null;
    watched = folder;
    if (!folder) return;
    try {
      watcher = watch(folder, { recursive: true, persistent: false }, schedule);
      watcher.on('error', () => {
        // The folder went away (a flash drive pulled): the rescans look again.
        watcher?.close();
        watcher = null;
        watched = null;
      });
    } catch {
      watcher = null; // not watchable here: the rescans carry on alone
    }
  };

  follow();
  if (watched) schedule();
  const rescans = setInterval(() => {
    follow();
    if (watched) run();
  }, rescanMs);
  rescans.unref();

  return {
    refresh() {
      if (closed) return;
      const before = watched;
      follow();
      if (watched && watched !== before) schedule();
    },
    close() {
      closed = true;
      clearInterval(rescans);
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}
