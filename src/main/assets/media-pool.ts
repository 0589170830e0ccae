import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { ImportFailure } from './messages';
import type { MediaJob, MediaJobValue, MediaReply, MediaRequest } from './media-protocol';

/*
 * Why a child process and not a worker thread (or an Electron utilityProcess)
 *
 * sharp's installation guide lists "Electron and Linux" as a known conflict: Electron's Linux
 * binary links the system's glib and leaks its symbols into the process, sharp's libvips carries
 * its own, and decoding then fails glib assertions or dies with SIGSEGV (electron#46323; sharp
 * issues #4351, #4522, #4525 show it in the main process and in a utilityProcess alike). A
 * worker thread shares its process: a segfault there ends the whole app, the window with it.
 * Only a separate process turns that crash into "this file failed". So: processes.
 *
 * Which kind: `child_process.fork` runs the same way under plain Node (tests, CLI, browser host)
 * and in Electron, where it starts Electron's own binary as Node (ELECTRON_RUN_AS_NODE, set
 * below), and it keeps this folder free of `electron`. A utilityProcess would isolate a crash
 * no better (same binary, same glib) and could only be driven from src/main/electron/. If the
 * packaged app ever disables Electron's RunAsNode fuse, this is the place to switch to
 * utilityProcess.fork (both speak the same message protocol, media-protocol.ts).
 *
 * Each worker runs one job at a time and there are at most `size` of them (one per core, as the
 * in-process limiter allowed before), so a crash is blamed on exactly the file it was reading,
 * and two imports together still do not oversubscribe the cores. Workers start on the first job
 * and exit after two quiet minutes (a person drops the next batch sooner than that, and a
 * warm worker saves its start-up), so a library that only browses pays nothing.
 */

export interface MediaPoolOptions {
  /** Concurrent jobs (= worker processes); one per core by default. */
  size?: number;
  /** A worker left idle this long exits (its memory goes back to the system). */
  idleMs?: number;
  /** A job taking longer than this is stopped and its file fails. */
  jobTimeoutMs?: number;
}

interface Pending {
  id: number;
  job: MediaJob;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Worker {
  child: ChildProcess;
  job: Pending | null;
  idle: NodeJS.Timeout | null;
  timeout: NodeJS.Timeout | null;
}

/** Said for a file whose job the worker did not survive (a crash, a kill, a hang). */
export const workerCrashed = () => new ImportFailure({ key: 'importFile.workerCrashed' });
export const workerTimedOut = () => new ImportFailure({ key: 'importFile.workerTimedOut' });
export const workerUnavailable = () => new ImportFailure({ key: 'importFile.workerUnavailable' });

export class MediaPool {
  readonly size: number;
  private readonly idleMs: number;
  private readonly jobTimeoutMs: number;
  private readonly workers = new Set<Worker>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly peaks = new Map<number, number>();

  constructor(options: MediaPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.idleMs = options.idleMs ?? 120_000;
    this.jobTimeoutMs = options.jobTimeoutMs ?? 10 * 60_000;
  }

  /** Runs one job in a worker; rejects with an ImportFailure when the worker dies doing it. */
  run<J extends MediaJob>(job: J): Promise<MediaJobValue<J>> {
    if (this.closed) return Promise.reject(workerUnavailable());
    return new Promise<MediaJobValue<J>>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Peak resident memory of every worker this pool started, added up (an upper bound), MB. */
  workersPeakRssMb(): number {
    let kb = 0;
    for (const peak of this.peaks.values()) kb += peak;
    return kb / 1024;
  }

  /** Stops every worker; jobs still waiting fail. For tests and shutdown. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(workerUnavailable());
    await Promise.all([...this.workers].map((worker) => this.stop(worker)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker = [...this.workers].find((w) => w.job === null);
      if (!worker) {
        if (this.workers.size >= this.size) return;
        worker = this.start() ?? undefined;
        if (!worker) return;
      }
      this.assign(worker, this.queue.shift()!);
    }
  }

  private start(): Worker | null {
    const entry = workerEntry();
    let child: ChildProcess;
    try {
      if (!entry) throw new Error('media-worker not found');
      child = fork(entry.file, [], {
        execArgv: entry.execArgv,
        cwd: entry.cwd,
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        serialization: 'advanced', // Buffers (a video's poster frame) travel as bytes
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        windowsHide: true,
      });
    } catch (error) {
      console.error('[media] cannot start the media worker', error);
      for (const pending of this.queue.splice(0)) pending.reject(workerUnavailable());
      return null;
    }
    const worker: Worker = { child, job: null, idle: null, timeout: null };
    this.workers.add(worker);
    child.on('message', (reply: MediaReply) => this.answer(worker, reply));
    child.on('error', (error) => {
      console.error('[media] media worker error', error);
      this.lost(worker, workerUnavailable());
    });
    child.on('exit', (code, signal) => {
      if (worker.job) console.error(`[media] media worker stopped (${signal ?? code})`);
      this.lost(worker, workerCrashed());
    });
    return worker;
  }

  private assign(worker: Worker, pending: Pending): void {
    if (worker.idle) clearTimeout(worker.idle);
    worker.idle = null;
    worker.job = pending;
    // Busy workers keep the process alive (a CLI import waits for them); idle ones do not.
    worker.child.ref();
    (worker.child.channel as { ref?: () => void } | null | undefined)?.ref?.();
    worker.timeout = setTimeout(() => {
      const job = worker.job;
      worker.job = null;
      job?.reject(workerTimedOut());
      worker.child.kill('SIGKILL');
    }, this.jobTimeoutMs);
    worker.timeout.unref();
    const request: MediaRequest = { id: pending.id, job: pending.job };
    worker.child.send(request, (error) => {
      if (error) this.lost(worker, workerCrashed());
    });
  }

  private answer(worker: Worker, reply: MediaReply): void {
    const pending = worker.job;
    if (!pending || pending.id !== reply.id) return;
    if (worker.child.pid) this.peaks.set(worker.child.pid, reply.peakRssKb);
    this.release(worker);
    if (reply.ok) pending.resolve(reply.value);
    else if (reply.failure !== undefined)
      pending.reject(new ImportFailure(reply.failure, reply.failureKind));
    else pending.reject(Object.assign(new Error(reply.message), { code: reply.code }));
    this.dispatch();
  }

  private release(worker: Worker): void {
    if (worker.timeout) clearTimeout(worker.timeout);
    worker.timeout = null;
    worker.job = null;
    worker.child.unref();
    (worker.child.channel as { unref?: () => void } | null | undefined)?.unref?.();
    worker.idle = setTimeout(() => void this.stop(worker), this.idleMs);
    worker.idle.unref();
  }

  /** The worker is gone: its job (if any) fails with `reason`, and the queue moves on. */
  private lost(worker: Worker, reason: ImportFailure): void {
    if (!this.workers.delete(worker)) return;
    if (worker.timeout) clearTimeout(worker.timeout);
    if (worker.idle) clearTimeout(worker.idle);
    const pending = worker.job;
    worker.job = null;
    pending?.reject(reason);
    if (!worker.child.killed && worker.child.exitCode === null) worker.child.kill('SIGKILL');
    if (!this.closed) this.dispatch();
  }

  private stop(worker: Worker): Promise<void> {
    return new Promise((resolve) => {
      if (worker.child.exitCode !== null || worker.child.signalCode !== null) {
        this.lost(worker, workerCrashed());
        return resolve();
      }
      worker.child.once('exit', () => resolve());
      worker.child.kill();
    });
  }
}

/**
 * Where the worker's code is. From the electron-vite bundle it is out/main/media-worker.js,
 * beside index.js (or one folder up, should this code land in a chunk); from source (tsx,
 * vitest, the browser host) it is media-worker.ts beside this file, run through tsx's loader
 * from the folder that has it.
 */
export function workerEntry(): { file: string; execArgv: string[]; cwd?: string } | null {
  for (const dir of [__dirname, dirname(__dirname)]) {
    const built = join(dir, 'media-worker.js');
    if (existsSync(built)) return { file: built, execArgv: [] };
  }
  const source = join(__dirname, 'media-worker.ts');
  if (!existsSync(source)) return null;
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', 'tsx'))) {
      return { file: source, execArgv: ['--import', 'tsx'], cwd: dir };
    }
  }
  return null;
}

let shared: MediaPool | null = null;

/** The process's one pool: every import and upload shares its workers. */
export const mediaPool = (): MediaPool => (shared ??= new MediaPool());
