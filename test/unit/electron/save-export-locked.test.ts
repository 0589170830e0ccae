import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as fsPromises from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { desktopChannels, type SaveExportResult } from '../../../src/shared/api/desktop';
import { useTempDir } from '../helpers';

type Handler = (event: unknown, exportId: unknown) => Promise<SaveExportResult>;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  showSaveDialog: vi.fn(),
}));

vi.mock('electron', () => ({
  app: { getPath: () => '/home/humas/Dokumen' },
  ipcMain: {
    handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler),
  },
  dialog: { showSaveDialog: electron.showSaveDialog },
  BrowserWindow: { fromWebContents: () => null },
}));

// Windows refuses to rename over a workbook Excel has open: EPERM, for as long as it is open.
type FsPromises = typeof fsPromises;

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<FsPromises>();
  const rename = async () => {
    throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
  };
  return { ...real, rename, default: { ...real, rename } };
});

const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
beforeAll(() => Object.defineProperty(process, 'platform', { value: 'win32' }));
afterAll(() => Object.defineProperty(process, 'platform', platform));

const appOrigin = 'linimasa://app';
const fromApp = { sender: {}, senderFrame: { url: 'linimasa://app/index.html', parent: null } };
const exportId = '0b8f8a52-5f55-4b8e-9f6c-0d6b1c1f7a10';
const tempDir = useTempDir();
// Loaded here, not in the test: on a busy machine the import alone can outlast a test's timeout.
const { registerSaveExport } = await import('../../../src/main/electron/save-export');

describe('save an export over a file another program holds open', () => {
  it('asks to close the file instead of showing a raw EPERM', async () => {
    const dir = tempDir();
    const stored = join(dir, 'exports', `${exportId}.xlsx`);
    mkdirSync(join(dir, 'exports'));
    writeFileSync(stored, 'ekspor baru');
    const target = join(dir, 'jadwal.xlsx');
    writeFileSync(target, 'dibuka di Excel');
    registerSaveExport(appOrigin, () => ({
      path: stored,
      fileName: 'jadwal.xlsx',
      dataDir: join(dir, 'data-linimasa'),
    }));
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await electron.handlers.get(desktopChannels.saveExport)!(fromApp, exportId);
    expect(result).toEqual({
      outcome: 'failed',
      message: 'Berkas sedang dipakai aplikasi lain (mis. Excel). Tutup berkas itu lalu coba lagi.',
    });
    expect(readFileSync(target, 'utf8')).toBe('dibuka di Excel');
  }, 30_000);
});
