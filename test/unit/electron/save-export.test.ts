import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as fsPromises from 'node:fs/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels, type SaveExportResult } from '../../../src/shared/api/desktop';
import { useTempDir } from '../helpers';

type Handler = (event: unknown, exportId: unknown) => Promise<SaveExportResult>;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  showSaveDialog: vi.fn(),
}));
/** Windows refuses to rename over a file another program (Excel) holds open: EPERM, for as long as it is open. */
const faults = vi.hoisted(() => ({ renameLocked: false }));

vi.mock('electron', () => ({
  app: { getPath: () => '/home/humas/Dokumen', getLocale: () => 'id-ID' },
  ipcMain: {
    handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler),
  },
  dialog: { showSaveDialog: electron.showSaveDialog },
  BrowserWindow: { fromWebContents: () => null },
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  const rename: typeof real.rename = async (from, to) => {
    if (!faults.renameLocked) return real.rename(from, to);
    throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
  };
  return { ...real, rename, default: { ...real, rename } };
});

const appOrigin = 'linimasa://app';
const fromApp = { sender: {}, senderFrame: { url: 'linimasa://app/index.html', parent: null } };
const fromElsewhere = { sender: {}, senderFrame: { url: 'https://example.com/', parent: null } };
const exportId = '0b8f8a52-5f55-4b8e-9f6c-0d6b1c1f7a10';

const tempDir = useTempDir();
let stored: string;
let dir: string;
let dataDir: string;
// Loaded at the top, not in a hook: on a busy machine the import alone can outlast a hook's timeout.
const { registerSaveExport } = await import('../../../src/main/electron/save-export');
beforeAll(() => {
  registerSaveExport(appOrigin, (id) =>
    id === exportId ? { path: stored, fileName: 'jadwal-2026-12.pdf', dataDir } : undefined,
  );
});
beforeEach(() => {
  electron.showSaveDialog.mockReset();
  dir = tempDir();
  dataDir = join(dir, 'data');
  stored = join(dataDir, 'exports', `${exportId}.pdf`);
  mkdirSync(join(dataDir, 'exports'), { recursive: true });
  writeFileSync(join(dataDir, 'linimasa.db'), 'SQLite format 3\0');
  writeFileSync(stored, '%PDF-1.7 jadwal desember');
});
const save = (event: unknown, id: unknown) =>
  electron.handlers.get(desktopChannels.saveExport)!(event, id);

describe('save an export through the desktop save dialog', () => {
  it('suggests the export’s name in Documents and copies the file where the user chose', async () => {
    const target = join(dir, 'flashdisk', 'jadwal.pdf');
    mkdirSync(join(dir, 'flashdisk'));
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await save(fromApp, exportId)).toEqual({ outcome: 'saved', path: target });
    expect(electron.showSaveDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: '/home/humas/Dokumen/jadwal-2026-12.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 jadwal desember');
    expect(readdirSync(join(dir, 'flashdisk'))).toEqual(['jadwal.pdf']);
  });

  it('reports a cancelled dialog, an unknown id and a failed write without leaving a file', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true });
    expect(await save(fromApp, exportId)).toEqual({ outcome: 'cancelled' });
    expect((await save(fromApp, 'bukan-id')).outcome).toBe('failed');
    expect((await save(fromApp, 42)).outcome).toBe('failed');
    const missingDir = join(dir, 'tidak-ada', 'sub');
    // A folder that cannot be created (a file stands where it should be) fails the copy.
    writeFileSync(join(dir, 'tidak-ada'), 'berkas, bukan folder');
    electron.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: join(missingDir, 'x.pdf'),
    });
    const failed = await save(fromApp, exportId);
    expect(failed.outcome).toBe('failed');
  });

  it('refuses a target inside the data directory and leaves everything there as it was', async () => {
    for (const target of [
      join(dataDir, 'linimasa.db'),
      join(dataDir, 'exports', 'salinan.pdf'),
      join(dir, 'data', '..', 'data', 'baru', 'x.pdf'),
    ]) {
      electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
      const result = await save(fromApp, exportId);
      expect(result.outcome, target).toBe('failed');
      expect(result.outcome === 'failed' && result.message, target).toContain(
        'tidak boleh disimpan di dalam folder data Linimasa',
      );
    }
    expect(readFileSync(join(dataDir, 'linimasa.db'), 'utf8')).toBe('SQLite format 3\0');
    expect(readdirSync(dataDir).sort()).toEqual(['exports', 'linimasa.db']);
    expect(readdirSync(join(dataDir, 'exports'))).toEqual([`${exportId}.pdf`]);
  });

  it('answers only the app’s own page', async () => {
    expect(await save(fromElsewhere, exportId)).toEqual({ outcome: 'cancelled' });
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('save an export over a file another program holds open', () => {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  beforeEach(() => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    faults.renameLocked = true;
  });
  afterEach(() => {
    Object.defineProperty(process, 'platform', platform);
    faults.renameLocked = false;
  });

  it('asks to close the file instead of showing a raw EPERM, and leaves the file as it was', async () => {
    const target = join(dir, 'jadwal.pdf');
    writeFileSync(target, 'dibuka di aplikasi lain');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await save(fromApp, exportId)).toEqual({
      outcome: 'failed',
      message: 'Berkas sedang dipakai aplikasi lain (mis. Excel). Tutup berkas itu lalu coba lagi.',
    });
    expect(readFileSync(target, 'utf8')).toBe('dibuka di aplikasi lain');
  }, 30_000);
});
