import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDispatch,
  type Dispatch,
  type DispatchOptions,
  type LocalDispatch,
} from './api/dispatch';
import { createHandlers } from './api/handlers';
import { createJobs, type Jobs } from './assets/jobs';
import type { Job } from '../shared/domain/jobs';
import { backupIfDue, type BackupFile } from './backup/backups';
import { createAssetLibrary, type AssetLibrary } from './assets/library';
import { createBackgroundCheckpoint, type BackgroundCheckpoint } from './db/background-checkpoint';
import type { Db, OpenedDatabase } from './db/connection';
import type { DataPaths } from './data-dir';
import { sweepPartials } from './export/output-file';
import { acquireOwnerLock } from './ownership/owner-lock';
import type { OwnerProgram } from './ownership/in-use-error';
import { createEventBus, type EventBus } from './events/bus';
import { createPresence, type Presence } from './events/presence';
import { startDailyBackups, type BackupClock } from './operations/daily-backup';
import { createServices, type Services } from './services';
import type { Actor } from './services/auth';
import { openDataDir, type OpenDataDirOptions } from './startup/open-data-dir';
import { watchExchangeFolder } from './exchange/watcher';

export interface LinimasaApp {
  paths: DataPaths;
  db: Db;
  services: Services;
  /** The asset store; `library.ready` resolves after the start-up sweep. */
  library: AssetLibrary;
  jobs: Jobs;
  /** Changes as they are committed, for the live stream (`GET /events`). */
  events: EventBus;
  /** Who has which post open in an editor (in memory, announced on `events`). */
  presence: Presence;
  /** The transports' door: the caller's session names the actor (api/dispatch.ts). */
  dispatch: Dispatch;
  /**
   * An in-process door for a known actor: the CLI at the machine (`{ kind: 'local', osUser }`,
   * acting as an administrator) and tests. Roles are checked all the same.
   */
  dispatchAs: (actor: Actor) => LocalDispatch;
  migration: OpenedDatabase['migration'];
  /**
   * The start-up backup (null when none was due or autoBackup is off); never rejects. With
   * autoBackup the host also checks every hour and takes the next day's backup itself.
   */
  startupBackup: Promise<BackupFile | null>;
  /** WAL checkpoints after bulk writes, on a worker thread (db/background-checkpoint.ts). */
  checkpoints: BackgroundCheckpoint;
  /**
   * Closes at once: a checkpoint already running on the worker ends on its own (SQLite's locks
   * keep both connections safe), and the last connection to close copies what is left.
   */
  close(): void;
  /** Waits for the background checkpoints to finish, then closes: every long-lived owner's way. */
  shutdown(): Promise<void>;
}

export interface OpenAppOptions extends DispatchOptions, OpenDataDirOptions {
  appVersion?: string;
  /** Sweep the asset store at open (default). Tests that sweep by hand turn it off. */
  sweepAssets?: boolean;
  /**
   * Take the daily automatic backup at open, and check every hour while open that one is taken
   * each day (operations/daily-backup.ts). The desktop app and the browser host do.
   */
  autoBackup?: boolean;
  /**
   * Watch the exchange folder (Pertukaran antar-kantor) and apply what arrives: on a change,
   * debounced, and every minute. Defaults to `autoBackup`: the desktop app and the browser host,
   * the long-running owners of a data directory; never the CLI, which syncs on request.
   */
  watchExchange?: boolean;
  /** The daily backup's clock; tests move it by hand. */
  backupClock?: BackupClock;
  /**
   * Own the data directory (ownership/owner-lock.ts): the desktop app, the browser host. Throws
   * DataDirInUseError when another process owns it. Without it (tests, the CLI, which locks
   * for itself) nothing is locked.
   */
  owner?: OwnerProgram | false;
  /** A reader beside a possible owner (read-only CLI commands): no start-up sweeps. */
  reader?: boolean;
}

/** Everything the main process owns for one data directory, wired once for every transport. */
export function openApp(dataDir: string, options: OpenAppOptions = {}): LinimasaApp {
  const lock = options.owner ? acquireOwnerLock(dataDir, options.owner) : null;
  if (!lock) return openUnlocked(dataDir, options);
  try {
    const app = openUnlocked(dataDir, options);
    const close = () => {
      try {
        app.close();
      } finally {
        lock.release();
      }
    };
    return {
      ...app,
      close,
      async shutdown() {
        await app.checkpoints.close();
        close();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function openUnlocked(dataDir: string, options: OpenAppOptions): LinimasaApp {
  // Refuses a missing database beside a library or backups; names a full disk (startup/).
  const { paths, db, migration } = openDataDir(dataDir, options);
  const sweep = !options.reader; // a reader must not tidy what the owner may be writing
  const library = createAssetLibrary(db, paths, { sweep: sweep && (options.sweepAssets ?? true) });
  const events = createEventBus();
  // One per opened database, started on the first bulk write that asks for it.
  const checkpoints = createBackgroundCheckpoint(paths.database);
  const jobs = createJobs({ onFinished: (job) => announceJobEnd(events, job) });
  // An export killed mid-write leaves only a hidden .partial beside its target; clear those.
  if (sweep) void sweepPartials(paths.exports);
  const services = createServices(db, library, jobs, paths, events, checkpoints);
  const presence = createPresence(events);
  const handlers = createHandlers(db, services, options.appVersion ?? packageVersion(), presence);
  const { dispatch, dispatchAs } = createDispatch(handlers, services.auth, {
    ...options,
    publish: (change) => events.publish(change),
  });
  const dailyBackups = options.autoBackup
    ? startDailyBackups<BackupFile>({
        takeIfDue: (now) => backupIfDue(db, paths.backups, services.settings.get().backupKeep, now),
        clock: options.backupClock,
      })
    : null;
  const startupBackup = dailyBackups ? dailyBackups.runNow() : Promise.resolve(null);
  const exchangeWatcher =
    (options.watchExchange ?? options.autoBackup ?? false) && !options.reader
      ? watchExchangeFolder({
          folder: () => services.exchange.status().identity?.folder ?? null,
          pass: async () => {
            const pass = await services.exchange.sync();
            // Open exchange sections reread their log (a pass started in the app publishes
            // through dispatch; this one has no caller).
            if (
              pass.items.some((item) => item.outcome === 'applied' || item.outcome === 'refused')
            ) {
              events.publish({ kind: 'settings', ids: [], method: 'exchange.sync', by: null });
            }
          },
        })
      : null;
  // A new folder chosen in Settings (or an identity set) is watched at once, not at the next rescan.
  const stopFollowing = exchangeWatcher
    ? events.subscribe((change) => {
        if (change.kind === 'settings') exchangeWatcher.refresh();
      })
    : null;
  return {
    paths,
    db,
    services,
    library,
    jobs,
    events,
    presence,
    dispatch,
    dispatchAs,
    migration,
    startupBackup,
    checkpoints,
    close,
    async shutdown() {
      await checkpoints.close();
      close();
    },
  };
  function close(): void {
    dailyBackups?.stop();
    stopFollowing?.();
    exchangeWatcher?.close();
    // Running jobs stop at their next step; a file in flight is swept at the next start.
    jobs.cancelAll();
    presence.close();
    library.close();
    // No new checkpoints; shutdown() is the one that waits for a running one.
    void checkpoints.close();
    db.close();
  }
}

/**
 * A job's end on the live stream: the job itself, and what it changed (an import adds assets,
 * a bundle import posts and assets) for the screens that show those.
 */
function announceJobEnd(events: EventBus, job: Job): void {
  events.publish({ kind: 'job', ids: [job.id], by: null, method: `jobs.${job.state}` });
  if (job.state === 'cancelled' && job.kind !== 'import') return;
  if (job.kind === 'import' || job.kind === 'bundle-import') {
    events.publish({ kind: 'asset', ids: [], by: null });
  }
  if (job.kind === 'bundle-import') events.publish({ kind: 'post', ids: [], by: null });
}

let cachedVersion: string | undefined;
/** The version in package.json, read from the working tree (dev) or the app folder (packaged). */
export function packageVersion(root = process.cwd()): string {
  if (cachedVersion) return cachedVersion;
  try {
    cachedVersion = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    cachedVersion = '0.0.0';
  }
  return cachedVersion;
}
