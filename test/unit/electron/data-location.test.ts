import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../../src/main/app';
import { readDataConfig, writeDataConfig } from '../../../src/main/data-location/config';
import { useTempDir } from '../helpers';

interface Box {
  message: string;
  signal?: AbortSignal;
}

const electron = vi.hoisted(() => ({
  answers: [] as { response: number; checkboxChecked?: boolean }[],
  boxes: [] as string[],
  picked: [] as string[],
  /** The computer's language, as Electron reports it. */
  locale: 'id-ID',
}));

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: async (options: Box) => {
      electron.boxes.push(options.message);
      // The "moving…" box stays until the app closes it.
      if (options.signal) {
        const signal = options.signal;
        return new Promise((resolve) =>
          signal.addEventListener('abort', () => resolve({ response: 0 })),
        );
      }
      return electron.answers.shift() ?? { response: 0, checkboxChecked: false };
    },
    showOpenDialog: async () => {
      const path = electron.picked.shift();
      return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
    },
  },
  app: { getLocale: () => electron.locale },
}));

const { chooseDataLocation } = await import('../../../src/main/electron/data-location');

const tempDir = useTempDir('linimasa-location-');
beforeEach(() => {
  electron.answers = [];
  electron.boxes = [];
  electron.picked = [];
});

/** A Linux profile in a temp folder: userData in .config, the default in .local/share. */
function profile() {
  const home = tempDir();
  const userData = join(home, '.config', 'Linimasa');
  const env = { XDG_DATA_HOME: join(home, '.local', 'share') };
  const defaultDir = join(home, '.local', 'share', 'linimasa');
  const facts = { argv: ['linimasa'], env, userData, platform: 'linux' as const };
  return { home, userData, defaultDir, facts };
}

async function dataIn(dir: string) {
  const app = openApp(dir);
  await app.library.ready;
  app.close();
}

describe('the desktop app’s data location at start', () => {
  it('first run: the default is preselected, and the choice is recorded', async () => {
    const { userData, defaultDir, facts } = profile();
    electron.answers = [{ response: 0 }];
    expect(await chooseDataLocation(facts)).toEqual({ dir: defaultDir, source: 'config' });
    expect(electron.boxes).toEqual(['Di mana Linimasa menyimpan datanya?']);
    expect(readDataConfig(userData)).toEqual({ dataDir: defaultDir });
  });

  it('first run with the window’s choice: no dialog here, nothing recorded yet', async () => {
    const { userData, defaultDir, facts } = profile();
    expect(await chooseDataLocation({ ...facts, firstRunInWindow: true })).toEqual({
      dir: defaultDir,
      source: 'first-run',
    });
    expect(electron.boxes).toEqual([]);
    expect(readDataConfig(userData)).toBeUndefined();
  });

  it('first run on an English computer asks in English (the office has no language yet)', async () => {
    const { facts } = profile();
    electron.locale = 'en-US';
    try {
      electron.answers = [{ response: 0 }];
      await chooseDataLocation(facts);
      expect(electron.boxes).toEqual(['Where should Linimasa keep its data?']);
    } finally {
      electron.locale = 'id-ID';
    }
  });

  it('first run: another folder must be empty; "Keluar" quits', async () => {
    const { home, userData, facts } = profile();
    const full = join(home, 'Dokumen');
    mkdirSync(full);
    writeFileSync(join(full, 'surat.docx'), 'x');
    const empty = join(home, 'D', 'Linimasa');
    electron.answers = [{ response: 1 }, { response: 0 }, { response: 1 }];
    electron.picked = [full, empty];
    expect(await chooseDataLocation(facts)).toEqual({ dir: empty, source: 'config' });
    expect(electron.boxes[1]).toMatch(/sudah berisi berkas lain/);
    expect(readDataConfig(userData)).toEqual({ dataDir: empty });

    const other = profile();
    electron.answers = [{ response: 2 }];
    expect(await chooseDataLocation(other.facts)).toBeNull();
    expect(readDataConfig(other.userData)).toBeUndefined();
  });

  it('an old install opens where it is, and moves when the person agrees', async () => {
    const { userData, defaultDir, facts } = profile();
    await dataIn(userData);
    electron.answers = [{ response: 0 }];
    expect(await chooseDataLocation(facts)).toEqual({ dir: defaultDir, source: 'config' });
    expect(electron.boxes).toEqual([
      'Pindahkan data Linimasa ke folder yang disarankan?',
      'Memindahkan data Linimasa…',
      'Data Linimasa sudah dipindahkan.',
    ]);
    expect(existsSync(join(defaultDir, 'linimasa.db'))).toBe(true);
    expect(existsSync(join(userData, 'linimasa.db'))).toBe(false);
    expect(readdirSync(userData).some((name) => name.includes('SUDAH-DIPINDAH'))).toBe(true);
  });

  it('"Nanti" keeps the old folder; with "Jangan tanya lagi" the question stops', async () => {
    const { userData, facts } = profile();
    await dataIn(userData);
    electron.answers = [{ response: 1, checkboxChecked: false }];
    expect(await chooseDataLocation(facts)).toMatchObject({ dir: userData, source: 'legacy' });
    expect(readDataConfig(userData)).toBeUndefined();
    electron.answers = [{ response: 1, checkboxChecked: true }];
    await chooseDataLocation(facts);
    expect(await chooseDataLocation(facts)).toEqual({ dir: userData, source: 'config' });
    expect(electron.boxes).toHaveLength(2);
  });

  it('a move asked for in Settings runs at the next start, once', async () => {
    const { home, userData, facts } = profile();
    const from = join(home, 'data-lama');
    const to = join(home, 'E', 'Linimasa');
    await dataIn(from);
    writeDataConfig(userData, { dataDir: from, pendingMove: { to } });
    expect(await chooseDataLocation(facts)).toEqual({ dir: to, source: 'config' });
    expect(readDataConfig(userData)).toEqual({ dataDir: to });
    expect(existsSync(join(to, 'linimasa.db'))).toBe(true);
  });

  it('a refused move at start changes nothing and says why', async () => {
    const { home, userData, facts } = profile();
    const from = join(home, 'data-lama');
    await dataIn(from);
    const full = join(home, 'penuh');
    mkdirSync(full);
    writeFileSync(join(full, 'x'), 'x');
    writeDataConfig(userData, { dataDir: from, pendingMove: { to: full } });
    expect(await chooseDataLocation(facts)).toEqual({ dir: from, source: 'config' });
    expect(electron.boxes.at(-1)).toBe('Data tidak dipindahkan.');
    expect(readDataConfig(userData)).toEqual({ dataDir: from });
  });

  it('--data-dir and LINIMASA_DATA_DIR win without a question', async () => {
    const { facts, home } = profile();
    const flagged = await chooseDataLocation({ ...facts, argv: ['x', '--data-dir', home] });
    expect(flagged).toEqual({ dir: home, source: 'flag' });
    const fromEnv = await chooseDataLocation({ ...facts, env: { LINIMASA_DATA_DIR: home } });
    expect(fromEnv).toEqual({ dir: home, source: 'env' });
    expect(electron.boxes).toEqual([]);
  });
});

describe('a chosen folder that is gone', () => {
  it('is not silently replaced by an empty library', async () => {
    const { home, userData, facts } = profile();
    const gone = join(home, 'flashdisk', 'Linimasa');
    writeDataConfig(userData, { dataDir: gone });
    electron.answers = [{ response: 2 }];
    expect(await chooseDataLocation(facts)).toBeNull();
    expect(electron.boxes).toEqual(['Folder data Linimasa tidak ditemukan.']);
    // Plugged in again, then "Coba lagi".
    electron.answers = [{ response: 0 }];
    const retried = chooseDataLocation(facts);
    mkdirSync(gone, { recursive: true });
    expect(await retried).toEqual({ dir: gone, source: 'config' });
    electron.answers = [];
  });
});
