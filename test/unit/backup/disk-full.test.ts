import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/app';
import { runCli } from '../../../src/main/cli/run';
import { DiskFullError, explainStartupError } from '../../../src/main/startup/disk-full';

const gib = 1024 ** 3;

describe('a full disk at start-up is named as such', () => {
  const dir = '/data/Linimasa';
  it.each([
    [{ code: 'SQLITE_FULL', message: 'database or disk is full' }, 5 * gib],
    [Object.assign(new Error('ENOSPC: no space left on device, mkdir'), { code: 'ENOSPC' }), 0],
    [{ code: 'SQLITE_IOERR_WRITE', message: 'disk I/O error' }, 0],
    [{ code: 'SQLITE_IOERR_SHMSIZE', message: 'disk I/O error' }, 0],
  ])('%j with %d bytes free', (error, free) => {
    const explained = explainStartupError(error, dir, () => free);
    expect(explained).toBeInstanceOf(DiskFullError);
    expect((explained as Error).message).toMatch(/^Disk penuh: .* tinggal /);
    expect((explained as Error).message).not.toMatch(/restore|cadangan|ENOSPC|I\/O/);
  });

  it('says how much is free, in Indonesian numbers', () => {
    const error = explainStartupError({ code: 'SQLITE_FULL' }, dir, () => 1.5 * 1024 ** 2);
    expect((error as Error).message).toContain('tinggal 1,5 MB');
  });

  it('never calls a failing disk with free space "full"', () => {
    const failing = { code: 'SQLITE_IOERR_READ', message: 'disk I/O error' };
    expect(explainStartupError(failing, dir, () => 20 * gib)).toBe(failing);
    const damaged = { code: 'SQLITE_NOTADB', message: 'file is not a database' };
    expect(explainStartupError(damaged, dir, () => 0)).toBe(damaged);
  });
});

/** A real full disk: a 4 MB tmpfs, where the system lets us mount one (root on Linux). */
function smallDisk(): string | null {
  if (process.platform !== 'linux') return null;
  const mountPoint = mkdtempSync(join(tmpdir(), 'linimasa-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]);
  if (mounted.status === 0) return mountPoint;
  rmSync(mountPoint, { recursive: true, force: true });
  return null;
}
const probe = smallDisk();
if (probe) {
  spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
}
const canMount = probe !== null;

describe.skipIf(!canMount)('on a real full disk (tmpfs)', () => {
  let mountPoint: string | null = null;
  afterEach(() => {
    // Lazy: detached at once even if a file handle closes a moment later.
    if (mountPoint) spawnSync('umount', ['-l', mountPoint]);
    if (mountPoint) rmSync(mountPoint, { recursive: true, force: true });
    mountPoint = null;
  });

  it('info names the disk full with the free space, never the restore command, and changes nothing', async () => {
    mountPoint = smallDisk()!;
    const dataDir = join(mountPoint, 'data');
    const app = openApp(dataDir);
    await app.library.ready;
    await app.services.backup.create(); // a backup exists: the old code offered it
    app.close();
    const database = join(dataDir, 'linimasa.db');
    const before = createHash('sha256').update(readFileSync(database)).digest('hex');
    fill(join(mountPoint, 'video-besar.mp4'));

    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['info', '--data-dir', dataDir], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: {},
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/^Disk penuh: .* tinggal 0 byte\./);
    expect(err.join('\n')).not.toMatch(/restore|Cadangan terbaru|disk I\/O|rusak,/);
    expect(createHash('sha256').update(readFileSync(database)).digest('hex')).toBe(before);
  });
});

/** Writes until the disk refuses another byte. */
function fill(file: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    for (const size of [64 * 1024, 512, 1]) {
      try {
        for (;;) writeSync(fd, Buffer.alloc(size));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}
