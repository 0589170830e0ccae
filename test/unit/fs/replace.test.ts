import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  existingTargetLimitMs,
  FileLockedError,
  fileLockedMessage,
  newNameLimitMs,
  replaceFile,
  replaceFileSync,
  syncLimitMs,
} from '../../../src/main/fs/replace';
import { AppError } from '../../../src/shared/api/errors';

const errno = (code: string) =>
  Object.assign(new Error(`${code}: operation not permitted`), { code });

/** A clock that only moves when the code under test sleeps. */
function fakeClock() {
  let time = 1_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => time,
    sleep: async (ms: number) => {
      slept.push(ms);
      time += ms;
    },
    sleepSync: (ms: number) => {
      slept.push(ms);
      time += ms;
    },
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('replaceFile', () => {
  it('retries a scanner lock (EPERM, EBUSY, EACCES) with growing waits, then renames', async () => {
    const clock = fakeClock();
    const failures = ['EPERM', 'EBUSY', 'EACCES'];
    const calls: string[] = [];
    await replaceFile('/d/incoming/1.part', '/d/assets/ab/ab.jpg', {
      platform: 'win32',
      rename: async (from, to) => {
        calls.push(`${from} -> ${to}`);
        const code = failures.shift();
        if (code) throw errno(code);
      },
      exists: async () => false,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(calls).toHaveLength(4);
    expect(clock.slept).toEqual([10, 20, 40]);
  });

  it('gives up after the bound with a typed file_locked error carrying the cause', async () => {
    const clock = fakeClock();
    let attempts = 0;
    const error = await replaceFile('/d/x.partial', '/out/jadwal.xlsx', {
      platform: 'win32',
      rename: async () => {
        attempts += 1;
        throw errno('EPERM');
      },
      exists: async () => true, // Excel has the workbook open
      now: clock.now,
      sleep: clock.sleep,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileLockedError);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('file_locked');
    expect((error as AppError).message).toBe(fileLockedMessage);
    expect(((error as FileLockedError).cause as NodeJS.ErrnoException).code).toBe('EPERM');
    const waited = clock.slept.reduce((a, b) => a + b, 0);
    expect(waited).toBeLessThanOrEqual(existingTargetLimitMs);
    expect(waited).toBeGreaterThan(existingTargetLimitMs - 300);
    expect(attempts).toBe(clock.slept.length + 1);
  });

  it('waits up to graceful-fs’s 60 s when the target is a new name (a scanner on our temp file)', async () => {
    const clock = fakeClock();
    await expect(
      replaceFile('/a', '/b', {
        platform: 'win32',
        rename: async () => {
          throw errno('EBUSY');
        },
        exists: async () => false,
        now: clock.now,
        sleep: clock.sleep,
      }),
    ).rejects.toBeInstanceOf(FileLockedError);
    const waited = clock.slept.reduce((a, b) => a + b, 0);
    expect(waited).toBeLessThanOrEqual(newNameLimitMs);
    expect(waited).toBeGreaterThan(newNameLimitMs - 300);
  });

  it('throws other errors at once, and does not retry off Windows', async () => {
    const clock = fakeClock();
    const options = { now: clock.now, sleep: clock.sleep, exists: async () => false };
    await expect(
      replaceFile('/a', '/b', {
        ...options,
        platform: 'win32',
        rename: async () => {
          throw errno('EXDEV');
        },
      }),
    ).rejects.toMatchObject({ code: 'EXDEV' });
    await expect(
      replaceFile('/a', '/b', {
        ...options,
        platform: 'linux',
        rename: async () => {
          throw errno('EACCES');
        },
      }),
    ).rejects.toMatchObject({ code: 'EACCES' });
    expect(clock.slept).toEqual([]);
  });

  it('renames real files, replacing an existing target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linimasa-replace-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'new'), 'baru');
    writeFileSync(join(dir, 'target'), 'lama');
    await replaceFile(join(dir, 'new'), join(dir, 'target'));
    expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('baru');
    writeFileSync(join(dir, 'again'), 'lagi');
    replaceFileSync(join(dir, 'again'), join(dir, 'target'));
    expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('lagi');
  });
});

describe('replaceFileSync', () => {
  it('retries then succeeds, or gives up within its shorter bound', () => {
    const clock = fakeClock();
    let failures = 2;
    replaceFileSync('/a', '/b', {
      platform: 'win32',
      rename: () => {
        if (failures-- > 0) throw errno('EPERM');
      },
      now: clock.now,
      sleep: clock.sleepSync,
    });
    expect(clock.slept).toEqual([10, 20]);

    const locked = fakeClock();
    expect(() =>
      replaceFileSync('/a', '/b', {
        platform: 'win32',
        rename: () => {
          throw errno('EBUSY');
        },
        now: locked.now,
        sleep: locked.sleepSync,
      }),
    ).toThrow(FileLockedError);
    expect(locked.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(syncLimitMs);
  });
});
