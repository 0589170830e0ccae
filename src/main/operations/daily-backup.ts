/**
 * The host keeps its daily backups while it runs for weeks: the start-up backup alone happens
 * once per start, and an office host is started once a month. Every hour the host asks whether a
 * backup is due (`backupIfDue` takes one when the newest routine copy is a day old, so asking
 * often costs a directory listing, never a second copy the same day).
 *
 * The clock is injected: the unit test moves time and fires the hourly check itself, without
 * sleeping.
 */
export interface BackupClock {
  now(): Date;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => Promise<unknown>): () => void;
}

export const systemClock: BackupClock = {
  now: () => new Date(),
  every(ms, tick) {
    const timer = setInterval(() => void tick(), ms);
    // The hourly check never keeps a process alive on its own (a CLI, a test run).
    timer.unref();
    return () => clearInterval(timer);
  },
};

export const backupCheckEveryMs = 60 * 60_000;

export interface DailyBackups<T> {
  /** Asks now (the start-up backup); never rejects: a failure is logged and retried next hour. */
  runNow(): Promise<T | null>;
  /** Stops the hourly check (app close). A backup already under way finishes or fails alone. */
  stop(): void;
}

export function startDailyBackups<T>(options: {
  takeIfDue: (now: Date) => Promise<T | null>;
  clock?: BackupClock;
  everyMs?: number;
  onError?: (error: unknown) => void;
}): DailyBackups<T> {
  const clock = options.clock ?? systemClock;
  const onError =
    options.onError ??
    ((error: unknown) => console.error('[backup] automatic backup failed', error));
  let inFlight: Promise<T | null> | null = null;
  let stopped = false;

  const runNow = (): Promise<T | null> => {
    // One check at a time: a slow copy on a busy disk must not be started twice.
    if (inFlight) return inFlight;
    if (stopped) return Promise.resolve(null);
    inFlight = options
      .takeIfDue(clock.now())
      .catch((error: unknown) => {
        // A failed backup must not stop the office from working; the next check tries again.
        onError(error);
        return null;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  const cancel = clock.every(options.everyMs ?? backupCheckEveryMs, runNow);
  return {
    runNow,
    stop() {
      stopped = true;
      cancel();
    },
  };
}
