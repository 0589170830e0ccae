import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../../src/shared/api/desktop';

type Handler = (event: unknown) => Promise<string[]>;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  showOpenDialog: vi.fn(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler),
  },
  dialog: { showOpenDialog: electron.showOpenDialog },
  app: { getLocale: () => 'id-ID' },
  BrowserWindow: { fromWebContents: () => ({ id: 1 }) },
}));

const appOrigin = 'linimasa://app';
const fromApp = { sender: {}, senderFrame: { url: 'linimasa://app/index.html', parent: null } };
const fromElsewhere = { sender: {}, senderFrame: { url: 'https://example.com/', parent: null } };

// Imported while the file loads, not in a hook: on a loaded machine the import alone can take
// longer than a hook's 10 s.
const { registerDesktopDialogs } = await import('../../../src/main/electron/dialogs');
beforeAll(() => registerDesktopDialogs(appOrigin));

beforeEach(() => electron.showOpenDialog.mockReset());

describe('desktop open dialogs', () => {
  it('registers one fixed channel per open dialog', () => {
    // save-export.ts, data-location-ipc.ts and office-connect.ts register the others; main
    // sends on the live feed's (live-ipc.ts); first-run.ts answers the first start's choice.
    const {
      saveExport,
      dataLocation: _location,
      moveData: _move,
      connectOffice: _connect,
      onLive: _live,
      firstRun: _firstRun,
      ...openDialogs
    } = desktopChannels;
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(openDialogs).sort());
    expect(electron.handlers.has(saveExport)).toBe(false); // save-export.ts registers that one
  });

  it('returns one bundle path, or null when cancelled', async () => {
    electron.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/media/flashdisk/desember.linimasa'],
    });
    const pick = electron.handlers.get(desktopChannels.pickBundle)! as (e: unknown) => unknown;
    expect(await pick(fromApp)).toBe('/media/flashdisk/desember.linimasa');
    expect(electron.showOpenDialog.mock.calls[0]![1]).toMatchObject({
      filters: [{ extensions: ['linimasa'] }],
    });
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await pick(fromApp)).toBeNull();
    expect(await pick(fromElsewhere)).toBeNull();
  });

  it('returns the chosen paths, files and folders with their own dialog options', async () => {
    electron.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/home/humas/Foto/a.jpg'],
    });
    expect(await electron.handlers.get(desktopChannels.pickAssetFiles)!(fromApp)).toEqual([
      '/home/humas/Foto/a.jpg',
    ]);
    expect(electron.showOpenDialog.mock.calls[0]![1]).toMatchObject({
      properties: ['openFile', 'multiSelections'],
    });
    await electron.handlers.get(desktopChannels.pickAssetFolders)!(fromApp);
    expect(electron.showOpenDialog.mock.calls[1]![1]).toMatchObject({
      properties: ['openDirectory', 'multiSelections'],
    });
  });

  it('returns nothing when cancelled', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: ['/ignored'] });
    expect(await electron.handlers.get(desktopChannels.pickAssetFiles)!(fromApp)).toEqual([]);
  });

  it('never opens a dialog for a page that is not the app', async () => {
    expect(await electron.handlers.get(desktopChannels.pickAssetFiles)!(fromElsewhere)).toEqual([]);
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });
});
