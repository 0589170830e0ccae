import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as fsPromises from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * The call sites on a simulated Windows: process.platform reads win32 and fs.promises.rename
 * fails with the codes a scanner or Excel produce before (maybe) letting the real rename run.
 */
const locks = vi.hoisted(() => ({
  queue: [] as string[],
  always: undefined as string | undefined,
}));

type FsPromises = typeof fsPromises;

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<FsPromises>();
  const rename = async (from: string, to: string) => {
    const code = locks.always ?? locks.queue.shift();
    if (code) throw Object.assign(new Error(`${code}: simulated lock`), { code });
    return real.rename(from, to);
  };
  return { ...real, rename, default: { ...real, rename } };
});

const { place } = await import('../../../src/main/assets/store');
const { writeFileAtomically } = await import('../../../src/main/export/output-file');
const { reasonFor } = await import('../../../src/main/assets/messages');
const { FileLockedError } = await import('../../../src/main/fs/replace');

const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
beforeAll(() => Object.defineProperty(process, 'platform', { value: 'win32' }));
afterAll(() => Object.defineProperty(process, 'platform', platform));

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'linimasa-locks-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  locks.queue = [];
  locks.always = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Windows locks at the rename call sites', () => {
  it('an imported photo lands even when a scanner holds the temp file for a moment', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'incoming'));
    const temp = join(dir, 'incoming', '1.part');
    writeFileSync(temp, 'foto');
    locks.queue = ['EPERM', 'EBUSY', 'EACCES'];
    const target = join(dir, 'assets', 'ab', 'ab12.jpg');
    await place(temp, target);
    expect(readFileSync(target, 'utf8')).toBe('foto');
    expect(locks.queue).toEqual([]);
  });

  it('a lock that never lets go is not blamed on the photo', () => {
    const reason = reasonFor(new FileLockedError('/d/assets/ab/ab12.jpg', { code: 'EPERM' }));
    expect(reason).not.toMatch(/izin ditolak/);
    expect(reason).toMatch(/dikunci aplikasi lain/);
    expect(reasonFor(Object.assign(new Error('busy'), { code: 'EBUSY' }))).toBe(reason);
  });

  it('saving over a workbook Excel holds open says so, and leaves both files as they were', async () => {
    const dir = tempDir();
    const target = join(dir, 'jadwal.xlsx');
    writeFileSync(target, 'dibuka di Excel');
    locks.always = 'EPERM';
    const started = Date.now();
    const error = await writeFileAtomically(target, async (out) => {
      out.end('ekspor baru');
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileLockedError);
    expect((error as Error).message).toBe(
      'Berkas sedang dipakai aplikasi lain (mis. Excel). Tutup berkas itu lalu coba lagi.',
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(readFileSync(target, 'utf8')).toBe('dibuka di Excel');
    expect(readdirSync(dir)).toEqual(['jadwal.xlsx']); // the hidden .partial is gone
    expect(existsSync(join(dir, 'jadwal.xlsx'))).toBe(true);
  }, 30_000);
});
