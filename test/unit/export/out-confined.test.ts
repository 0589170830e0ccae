import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseInsideDataDir } from '../../../src/main/export/output-target';
import { runCliCaptured } from '../cli-run';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

const cli = runCliCaptured;

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const exportTo = (dataDir: string, out: string) =>
  cli(
    'export',
    '--from',
    '2026-12-01',
    '--to',
    '2026-12-31',
    '--format',
    'csv',
    '--out',
    out,
    '--data-dir',
    dataDir,
  );

describe('an export never lands inside the data directory', () => {
  it('refuses --out <data-dir>/linimasa.db and leaves the database as it was', async () => {
    const dataDir = join(tempDir(), 'data');
    expect((await cli('seed-demo', '--month', '2026-12', '--data-dir', dataDir)).code).toBe(0);
    const database = join(dataDir, 'linimasa.db');
    const before = sha(database);
    const result = await exportTo(dataDir, database);
    expect(result.code).toBe(1);
    expect(result.err).toContain('tidak boleh disimpan di dalam folder data Linimasa');
    expect(result.out).toBe('');
    expect(sha(database)).toBe(before);
    // Still a database that opens and holds the demo month.
    expect((await exportTo(dataDir, join(tempDir(), 'jadwal.csv'))).code).toBe(0);
    // Deeper folders, folders not yet made, and `..` detours are refused the same way.
    for (const out of [
      join(dataDir, 'exports', 'jadwal.csv'),
      join(dataDir, 'baru', 'sub', 'jadwal.csv'),
      join(dataDir, '..', 'data', 'assets', 'jadwal.csv'),
    ]) {
      const refused = await exportTo(dataDir, out);
      expect(refused.code, out).toBe(1);
      expect(refused.err, out).toContain('folder data Linimasa');
    }
    expect(readdirSync(dataDir).sort()).not.toContain('baru');
  });

  it('follows symlinks and does not confuse a sibling folder sharing the prefix', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    mkdirSync(join(dataDir, 'exports'), { recursive: true });
    symlinkSync(dataDir, join(root, 'pintasan'));
    await expect(refuseInsideDataDir(dataDir, join(root, 'pintasan', 'x.csv'))).rejects.toThrow(
      'folder data Linimasa',
    );
    await expect(refuseInsideDataDir(dataDir, dataDir)).rejects.toThrow('folder data Linimasa');
    await expect(
      refuseInsideDataDir(dataDir, join(root, 'data-lain', 'x.csv')),
    ).resolves.toBeUndefined();
    await expect(refuseInsideDataDir(dataDir, join(root, 'x.csv'))).resolves.toBeUndefined();
  });

  it('compares case-insensitively where the file system does (Windows, macOS)', async () => {
    const root = tempDir();
    const dataDir = join(root, 'Data');
    mkdirSync(dataDir);
    const other = join(root, 'DATA', 'x.csv');
    await expect(refuseInsideDataDir(dataDir, other, 'linux')).resolves.toBeUndefined();
    await expect(refuseInsideDataDir(dataDir, other, 'win32')).rejects.toThrow('folder data');
    await expect(refuseInsideDataDir(dataDir, other, 'darwin')).rejects.toThrow('folder data');
  });
});
