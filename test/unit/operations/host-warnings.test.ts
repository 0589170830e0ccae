import { describe, expect, it } from 'vitest';
import {
  backupStaleMs,
  hostWarnings,
  lowDiskThreshold,
} from '../../../src/shared/domain/host-status';

const GiB = 1024 ** 3;
const now = Date.parse('2026-12-03T10:00:00Z');
const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();

describe('hostWarnings', () => {
  it('warns when free disk falls under 10 %, between 2 and 20 GiB', () => {
    expect(lowDiskThreshold(100 * GiB)).toBe(10 * GiB);
    expect(lowDiskThreshold(8 * GiB)).toBe(2 * GiB);
    expect(lowDiskThreshold(4000 * GiB)).toBe(20 * GiB);
    const at = (free: number, total: number) =>
      hostWarnings({ disk: { free, total }, lastBackupAt: hoursAgo(1), now });
    expect(at(11 * GiB, 100 * GiB)).toEqual([]);
    expect(at(9 * GiB, 100 * GiB)).toEqual([{ code: 'diskLow', free: 9 * GiB, total: 100 * GiB }]);
    expect(at(300 * GiB, 4000 * GiB)).toEqual([]);
    expect(hostWarnings({ disk: null, lastBackupAt: hoursAgo(1), now })).toEqual([]);
  });

  it('warns when the newest routine backup is over a day (plus the check hour) old, or missing', () => {
    const disk = { free: 500 * GiB, total: 1000 * GiB };
    expect(hostWarnings({ disk, lastBackupAt: hoursAgo(25), now })).toEqual([]);
    expect(backupStaleMs).toBe(26 * 3_600_000);
    expect(hostWarnings({ disk, lastBackupAt: hoursAgo(27), now })).toEqual([
      { code: 'backupOld', at: hoursAgo(27) },
    ]);
    expect(hostWarnings({ disk, lastBackupAt: null, now })).toEqual([{ code: 'backupNone' }]);
  });
});
