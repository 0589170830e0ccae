import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { DataDirInUseError, type OwnerProgram, type OwnerRecord } from './in-use-error';
import { isAlive, processStartTime } from './process-identity';
import { releaseOnExit } from './release-on-exit';

/** The owner lock's name inside the data directory. */
export const lockFileName = 'linimasa.lock';

/** A lock file that cannot be parsed this long after it was written was left by a crash. */
const unreadableGraceMs = 10_000;

export interface OwnerLock {
  record: OwnerRecord;
  path: string;
  /** Removes the lock file, if it is still ours; safe to call twice. */
  release(): void;
}

/**
 * Makes this process the one owner of a data directory, or throws DataDirInUseError saying
 * who owns it. The lock file records pid, host, process start time, program and since when;
 * it appears whole or not at all (written under a private name, then hard-linked into place,
 * which fails when a lock exists). A stale lock — its pid is gone, or alive but with another
 * start time (the pid was reused) — is taken over; one from another computer is never taken
 * over silently (its pid cannot be checked from here). Released by `release()`, at exit, and
 * on Ctrl+C / SIGTERM (see release-on-exit.ts). A SIGKILL or power cut leaves it behind; the
 * next start finds its pid dead (or reused) and takes over.
 */
export function acquireOwnerLock(dataDir: string, program: OwnerProgram): OwnerLock {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const path = join(root, lockFileName);
  const record: OwnerRecord = {
    pid: process.pid,
    host: hostname(),
    startTime: processStartTime(process.pid),
    program,
    since: new Date().toISOString(),
    token: randomUUID(),
  };
  // Each round either creates the lock, refuses, or removes one stale lock: a few suffice.
  for (let round = 0; round < 5; round++) {
    if (create(path, record)) {
      let held = true;
      const lock: OwnerLock = {
        record,
        path,
        release: () => {
          if (!held) return;
          held = false;
          forget();
          const now = readLock(path);
          if (typeof now === 'object' && now.token === record.token) rmSync(path, { force: true });
        },
      };
      const forget = releaseOnExit(lock.release);
      return lock;
    }
    const current = readLock(path);
    if (current === 'gone') continue;
    if (current === 'unreadable') {
      if (ageMs(path) < unreadableGraceMs) throw new DataDirInUseError(null, path);
      takeOver(path, null);
      continue;
    }
    const verdict = judge(current);
    if (verdict === 'live') throw new DataDirInUseError(current, path);
    if (verdict === 'elsewhere') throw new DataDirInUseError(current, path, true);
    takeOver(path, current.token);
  }
  throw new DataDirInUseError(null, path);
}

type Verdict = 'live' | 'stale' | 'elsewhere';

export function judge(owner: OwnerRecord): Verdict {
  if (owner.host !== hostname()) return 'elsewhere';
  if (!isAlive(owner.pid)) return 'stale';
  if (owner.startTime === null) return 'live';
  const now = processStartTime(owner.pid);
  // Alive, but started at another time: a different process that was given the same pid.
  return now !== null && now !== owner.startTime ? 'stale' : 'live';
}

/** Writes the record under a private name, fsyncs it, and links it into place: all or nothing. */
function create(path: string, record: OwnerRecord): boolean {
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  const content = `${JSON.stringify(record, null, 2)}\n`;
  writeDurably(temp, content, 'wx');
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links (FAT/exFAT flash drives): exclusive create instead.
    // A reader may then see a half-written file for a moment; readLock treats a young
    // unreadable lock as held.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') {
      try {
        writeDurably(path, content, 'wx');
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw inner;
      }
    }
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

function writeDurably(path: string, content: string, flag: 'wx'): void {
  const fd = openSync(path, flag);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Removes a stale lock without ever removing a live one. Two processes may judge the same
 * stale lock at once; each moves "the lock" aside under its own name (a rename is atomic, so
 * only one of them gets the stale file) and checks that what it moved is the stale lock it
 * judged. If not — another process took over in between and this one moved that fresh lock —
 * it links it back. What remains: if a third process creates a lock in the microseconds
 * between that move and the link back, the link fails and two processes believe they own the
 * folder. That needs three processes starting on one stale lock within microseconds; the store
 * stays safe even then (see assets/stored-files.ts).
 */
export function takeOver(path: string, staleToken: string | null): void {
  const aside = `${path}.${process.pid}.${randomUUID()}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else removed it
    throw error;
  }
  try {
    const moved = readLock(aside);
    const wasStale =
      staleToken === null
        ? moved === 'unreadable'
        : typeof moved === 'object' && moved.token === staleToken;
    if (!wasStale) {
      try {
        linkSync(aside, path);
      } catch {
        // EEXIST: the remaining window described above; nothing better can be done here.
      }
    }
  } finally {
    rmSync(aside, { force: true });
  }
}

function readLock(path: string): OwnerRecord | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<OwnerRecord>;
    if (
      typeof value.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.token === 'string' &&
      typeof value.since === 'string' &&
      typeof value.program === 'string'
    ) {
      return { ...value, startTime: value.startTime ?? null } as OwnerRecord;
    }
  } catch {
    // fall through
  }
  return 'unreadable';
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}
