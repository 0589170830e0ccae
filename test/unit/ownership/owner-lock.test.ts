import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../../src/main/app';
import { DataDirInUseError, type OwnerRecord } from '../../../src/main/ownership/in-use-error';
import { acquireOwnerLock, lockFileName, takeOver } from '../../../src/main/ownership/owner-lock';
import { processStartTime } from '../../../src/main/ownership/process-identity';
import { useTempDir } from '../helpers';

const electron = vi.hoisted(() => ({ showErrorBox: vi.fn(), showMessageBoxSync: vi.fn() }));
vi.mock('electron', () => ({
  app: { relaunch: vi.fn(), exit: vi.fn(), getLocale: () => 'id-ID' },
  dialog: electron,
}));
const { showStartupError } = await import('../../../src/main/electron/startup-error');

const tempDir = useTempDir('linimasa-owner-');
beforeEach(() => {
  electron.showErrorBox.mockReset();
  electron.showMessageBoxSync.mockReset();
});

const readRecord = (dataDir: string) =>
  JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8')) as OwnerRecord;

function writeRecord(dataDir: string, record: Partial<OwnerRecord>): void {
  const full: OwnerRecord = {
    pid: process.pid,
    host: hostname(),
    startTime: processStartTime(process.pid),
    program: 'host',
    since: '2026-12-02T01:15:00.000Z',
    token: 'token-lain',
    ...record,
  };
  writeFileSync(join(dataDir, lockFileName), JSON.stringify(full));
}

/** A pid that was alive a moment ago and is not any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('the owner lock of a data directory', () => {
  it('records pid, host, process start time, program and since; a second owner is refused in Indonesian', () => {
    const dataDir = tempDir();
    const lock = acquireOwnerLock(dataDir, 'cli:import-assets');
    const record = readRecord(dataDir);
    expect(record).toMatchObject({
      pid: process.pid,
      host: hostname(),
      program: 'cli:import-assets',
    });
    expect(record.startTime).toMatch(/^[0-9a-f-]+:\d+$/); // Linux: boot id and start ticks
    expect(Date.parse(record.since)).toBeGreaterThan(Date.now() - 60_000);

    let refused: unknown;
    try {
      acquireOwnerLock(dataDir, 'host');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect((refused as Error).message).toMatch(
      new RegExp(
        `^Linimasa sudah terbuka untuk folder ini \\(pid ${process.pid}, sejak \\d{1,2} \\p{L}+ \\d{4} pukul \\d\\d\\.\\d\\d\\), oleh perintah "import-assets"`,
        'u',
      ),
    );
    expect((refused as Error).message).toContain('export, info, check, verify-assets, backup');
    // The refused attempt changed nothing.
    expect(readRecord(dataDir).token).toBe(record.token);

    lock.release();
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
    lock.release(); // twice is harmless
    acquireOwnerLock(dataDir, 'host').release();
  });

  it('takes over a stale lock whose process is gone', () => {
    const dataDir = tempDir();
    writeRecord(dataDir, { pid: deadPid(), startTime: null });
    const lock = acquireOwnerLock(dataDir, 'desktop');
    expect(readRecord(dataDir)).toMatchObject({ pid: process.pid, token: lock.record.token });
    lock.release();
  });

  it('treats a live pid with another start time as a reused pid: stale, taken over', () => {
    const dataDir = tempDir();
    // Our own pid is certainly alive; the recorded start time says it was another process.
    writeRecord(dataDir, { startTime: 'boot-lama:12345' });
    const lock = acquireOwnerLock(dataDir, 'host');
    expect(readRecord(dataDir).token).toBe(lock.record.token);
    lock.release();
  });

  it('refuses a live pid with the same start time', () => {
    const dataDir = tempDir();
    writeRecord(dataDir, {});
    expect(() => acquireOwnerLock(dataDir, 'host')).toThrow(DataDirInUseError);
    expect(readRecord(dataDir).token).toBe('token-lain');
  });

  it('never takes over silently a lock from another computer: it says which, and how to free it', () => {
    const dataDir = tempDir();
    writeRecord(dataDir, { host: 'PC-HUMAS-2', pid: deadPid() });
    expect(() => acquireOwnerLock(dataDir, 'host')).toThrow(
      /di komputer lain, "PC-HUMAS-2".*tidak dapat diperiksa.*hapus berkas kunci .*linimasa\.lock/s,
    );
    expect(readRecord(dataDir).host).toBe('PC-HUMAS-2');
  });

  it('waits on an unreadable lock being written, and takes over one left unreadable by a crash', () => {
    const dataDir = tempDir();
    const path = join(dataDir, lockFileName);
    writeFileSync(path, '');
    expect(() => acquireOwnerLock(dataDir, 'host')).toThrow(/sedang ditulis oleh proses lain/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    acquireOwnerLock(dataDir, 'host').release();
  });

  it('a takeover that finds a fresh lock where it judged a stale one puts the fresh one back', () => {
    // Process A judged the lock with token "basi" stale; before A moved it, process B took
    // over and wrote its own. A must not remove B's lock.
    const dataDir = tempDir();
    writeRecord(dataDir, { token: 'milik-B' });
    takeOver(join(dataDir, lockFileName), 'basi');
    expect(readRecord(dataDir).token).toBe('milik-B');
    takeOver(join(dataDir, lockFileName), 'milik-B');
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  });

  it('release leaves alone a lock that is no longer ours', () => {
    const dataDir = tempDir();
    const lock = acquireOwnerLock(dataDir, 'host');
    writeRecord(dataDir, { token: 'pemilik-baru' });
    lock.release();
    expect(readRecord(dataDir).token).toBe('pemilik-baru');
  });
});

describe('openApp as an owner', () => {
  it('refuses a second app or host on the same directory, and frees it on close', () => {
    const dataDir = join(tempDir(), 'data');
    const first = openApp(dataDir, { owner: 'desktop', sweepAssets: false });
    expect(() => openApp(dataDir, { owner: 'host', sweepAssets: false })).toThrow(
      /^Linimasa sudah terbuka untuk folder ini \(pid \d+, sejak .*\), oleh aplikasi desktop Linimasa\./,
    );
    // The first one still works.
    expect(first.services.settings.get()).toBeTruthy();
    first.close();
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
    openApp(dataDir, { owner: 'host', sweepAssets: false }).close();
  });

  it('the desktop app shows the message in a dialog, without offering a restore', async () => {
    const dataDir = join(tempDir(), 'data');
    const first = openApp(dataDir, { owner: 'host', sweepAssets: false });
    let error: unknown;
    try {
      openApp(dataDir, { owner: 'desktop' });
    } catch (caught) {
      error = caught;
    }
    first.close();
    expect(await showStartupError(error, dataDir)).toBe('quit');
    expect(electron.showMessageBoxSync).not.toHaveBeenCalled();
    const [title, content] = electron.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Linimasa tidak dapat dibuka');
    expect(content).toMatch(/^Linimasa sudah terbuka untuk folder ini \(pid \d+, sejak /);
    expect(content).toContain(`Folder data: ${dataDir}`);
  });
});
