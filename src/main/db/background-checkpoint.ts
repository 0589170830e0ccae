import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * The checkpointer, as CommonJS source (eval'd, for the reasons given in bundle/file-reader.ts).
 * For each request it opens its own connection to the database, runs one PASSIVE checkpoint
 * (copies what it can of the WAL into the database file, never waiting for a reader or writer)
 * and closes the connection again, so an idle worker holds nothing open.
 *
 * It must load the very better-sqlite3 the main thread loaded (its path comes in workerData):
 * SQLite keeps one table of POSIX locks per file for the whole process, and two copies of the
 * library in one process would each close descriptors that release the other's locks.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const Database = require(workerData.betterSqlite3);
parentPort.on('message', ({ id }) => {
  const started = performance.now();
  let db;
  try {
    db = new Database(workerData.file, { fileMustExist: true });
    db.pragma('busy_timeout = ' + workerData.busyTimeoutMs);
    db.pragma('synchronous = NORMAL');
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({
      id, busy: row.busy, log: row.log, checkpointed: row.checkpointed,
      ms: performance.now() - started,
    });
  } catch (error) {
    parentPort.postMessage({ id, code: error.code, message: String(error.message) });
  } finally {
    if (db !== undefined) try { db.close(); } catch {}
  }
});
`;

type Reply =
  | { id: number; busy: number; log: number; checkpointed: number; ms: number }
  | { id: number; code?: string; message: string };

/** One checkpoint's outcome: WAL frames (`log`) and how many of them are in the file now. */
export interface CheckpointOutcome {
  /** Another connection held the checkpoint or a lock: some frames may be left for later. */
  busy: boolean;
  log: number;
  checkpointed: number;
  /** Its time on the worker, open and close of the connection included. */
  ms: number;
}

/** What a writer needs: ask for a checkpoint once its big transaction has committed. */
export interface CheckpointRequester {
  request(): Promise<CheckpointOutcome | null>;
}

export interface BackgroundCheckpoint extends CheckpointRequester {
  /** Resolves once no checkpoint runs or waits. */
  idle(): Promise<void>;
  /**
   * Takes no more requests, lets those made finish, then stops the worker. Awaited before the
   * main connection closes (app.ts `shutdown`).
   */
  close(): Promise<void>;
}

export interface BackgroundCheckpointOptions {
  /** A failed or busy checkpoint is told here, never thrown (console.warn by default). */
  log?: (message: string, error?: unknown) => void;
  /** How long the worker's connection waits for a lock before SQLITE_BUSY (100 ms). */
  busyTimeoutMs?: number;
}

/**
 * WAL checkpoints off the main thread, for the database file `file`. A bulk write turns SQLite's
 * auto-checkpoint off for its transaction (it would copy the whole WAL into the file and fsync
 * inside the COMMIT, about 0.5 s for a 100,000-row import) and asks here instead: a worker
 * thread, started on the first request, checkpoints on its own connection while the main
 * process serves the UI. At most one checkpoint runs and one waits; requests meanwhile join
 * the waiting one, which starts after the running one (so it covers every commit before it).
 * A checkpoint that fails, or a worker that dies, loses nothing: the frames stay in the WAL,
 * which the next auto-checkpoint, checkpoint or close of the database copies.
 */
export function createBackgroundCheckpoint(
  file: string,
  options: BackgroundCheckpointOptions = {},
): BackgroundCheckpoint {
  const log =
    options.log ?? ((message: string, error?: unknown) => console.warn(message, error ?? ''));
  const busyTimeoutMs = options.busyTimeoutMs ?? 100;
  let worker: Worker | undefined;
  const waiting = new Map<number, (reply: Reply | null) => void>();
  let nextId = 0;
  let running: Promise<CheckpointOutcome | null> | undefined;
  let pending: Promise<CheckpointOutcome | null> | undefined;
  let closing: Promise<void> | undefined;
  let stopped = false;
  let accepting = true;

  function start(): Worker {
    const started = new Worker(workerSource, {
      eval: true,
      workerData: { file, betterSqlite3: betterSqlite3Path(), busyTimeoutMs },
    });
    started.on('message', (reply: Reply) => {
      const settle = waiting.get(reply.id);
      waiting.delete(reply.id);
      settle?.(reply);
    });
    started.on('error', (error) => log('[db] background checkpoint worker failed', error));
    started.on('exit', () => {
      if (worker === started) worker = undefined;
      for (const settle of waiting.values()) settle(null);
      waiting.clear();
    });
    // Idle, it never keeps a process alive; a checkpoint in flight does (see send).
    started.unref();
    return started;
  }

  function send(): Promise<CheckpointOutcome | null> {
    let target: Worker;
    try {
      target = worker ??= start();
    } catch (error) {
      log('[db] background checkpoint worker did not start', error);
      return Promise.resolve(null);
    }
    const id = nextId++;
    target.ref();
    return new Promise((resolve) => {
      waiting.set(id, (reply) => {
        if (waiting.size === 0) target.unref();
        if (reply === null) {
          log('[db] background checkpoint stopped with its worker');
          return resolve(null);
        }
        if ('message' in reply) {
          log(`[db] background checkpoint failed (${reply.code ?? 'error'}): ${reply.message}`);
          return resolve(null);
        }
        const outcome = { ...reply, busy: reply.busy !== 0 };
        if (outcome.busy) log('[db] background checkpoint was busy; the rest waits for the next');
        resolve(outcome);
      });
      target.postMessage({ id });
    });
  }

  function launch(): Promise<CheckpointOutcome | null> {
    const run = send();
    running = run;
    void run.finally(() => {
      if (running === run) running = undefined;
    });
    return run;
  }

  function request(): Promise<CheckpointOutcome | null> {
    if (!accepting) return Promise.resolve(null);
    if (!running) return launch();
    // Started after the running one ends, so it also covers what committed since that began.
    pending ??= running.then(() => {
      pending = undefined;
      return stopped ? null : launch();
    });
    return pending;
  }

  async function idle(): Promise<void> {
    while (pending ?? running) await (pending ?? running);
  }

  return {
    request,
    idle,
    close() {
      closing ??= (async () => {
        accepting = false;
        await idle();
        stopped = true;
        if (worker) await worker.terminate();
      })();
      return closing;
    },
  };
}

/**
 * The better-sqlite3 the main process loaded, as a file path for the worker (the app is bundled:
 * no path relative to the source tree would exist there). In the packaged app the package sits
 * unpacked beside app.asar (electron-builder.yml `asarUnpack`); the worker is given that real
 * folder, so it needs no asar support and dlopens the same .node file.
 */
function betterSqlite3Path(): string {
  const resolved = require.resolve('better-sqlite3');
  const unpacked = resolved.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return unpacked !== resolved && existsSync(unpacked) ? unpacked : resolved;
}
