import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { listBackups } from '../../../src/main/backup/backups';
import {
  backupCheckEveryMs,
  startDailyBackups,
  type BackupClock,
} from '../../../src/main/operations/daily-backup';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(() => app?.close());

const hour = 60 * 60_000;

/** A clock that moves only when told; `hourPasses` fires the host's hourly check and awaits it. */
function handClock(start: string) {
  let ms = Date.parse(start);
  const checks: { every: number; tick: () => Promise<unknown> }[] = [];
  const clock: BackupClock = {
    now: () => new Date(ms),
    every(every, tick) {
      const check = { every, tick };
      checks.push(check);
      return () => checks.splice(checks.indexOf(check), 1);
    },
  };
  return {
    clock,
    checks,
    async hourPasses() {
      ms += hour;
      for (const check of [...checks]) await check.tick();
    },
  };
}

const autoBackups = (dir: string) =>
  listBackups(dir)
    .filter((backup) => backup.reason === 'auto')
    .map((backup) => backup.createdAt)
    .sort();

describe('the host keeps its daily backups', () => {
  it('takes one backup per day while it runs for days, checking every hour', async () => {
    const time = handClock('2026-12-01T01:00:00.000Z');
    app = openApp(join(tempDir(), 'data'), { autoBackup: true, backupClock: time.clock });
    await app.startupBackup;
    expect(time.checks.map((check) => check.every)).toEqual([backupCheckEveryMs]);
    expect(autoBackups(app.paths.backups)).toEqual(['2026-12-01T01:00:00.000Z']);

    for (let h = 0; h < 23; h++) await time.hourPasses();
    expect(autoBackups(app.paths.backups)).toHaveLength(1);

    for (let h = 0; h < 3 * 24 - 23; h++) await time.hourPasses();
    expect(autoBackups(app.paths.backups)).toEqual([
      '2026-12-01T01:00:00.000Z',
      '2026-12-02T01:00:00.000Z',
      '2026-12-03T01:00:00.000Z',
      '2026-12-04T01:00:00.000Z',
    ]);
  });

  it('stops checking when the app closes, and never checks without autoBackup', async () => {
    const time = handClock('2026-12-01T01:00:00.000Z');
    app = openApp(join(tempDir(), 'data'), { autoBackup: true, backupClock: time.clock });
    await app.startupBackup;
    app.close();
    app = undefined;
    expect(time.checks).toEqual([]);

    const quiet = handClock('2026-12-01T01:00:00.000Z');
    app = openApp(join(tempDir(), 'other'), { backupClock: quiet.clock });
    expect(quiet.checks).toEqual([]);
  });

  it('runs one check at a time and survives a failed backup', async () => {
    const time = handClock('2026-12-01T01:00:00.000Z');
    const errors: unknown[] = [];
    let calls = 0;
    let finish: (value: string) => void = () => undefined;
    const daily = startDailyBackups<string>({
      clock: time.clock,
      onError: (error) => errors.push(error),
      takeIfDue: () => {
        calls += 1;
        if (calls === 1) return new Promise<string>((resolve) => (finish = resolve));
        return Promise.reject(new Error('disk unplugged'));
      },
    });
    const first = daily.runNow();
    const second = daily.runNow();
    expect(calls).toBe(1);
    finish('linimasa-a.db');
    expect(await first).toBe('linimasa-a.db');
    expect(await second).toBe('linimasa-a.db');
    await time.hourPasses();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
    daily.stop();
    expect(await daily.runNow()).toBeNull();
  });
});
