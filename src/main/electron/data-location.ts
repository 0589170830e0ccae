import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dialog } from 'electron';
import { defaultDataDir } from '../data-dir';
import { readDataConfig, writeDataConfig } from '../data-location/config';
import { decideDataLocation, type DataLocation } from '../data-location/decide';
import { checkMoveTarget, moveDataDir, MoveRefused } from '../data-location/move';
import { dataDirFlag } from './launch-options';

/*
 * Where the desktop app's data lives, decided once before the data is opened: --data-dir and
 * LINIMASA_DATA_DIR win; then config.json in userData (the first-run choice or Settings ›
 * Lokasi data); then an old install's data in userData itself, which keeps working and is
 * offered the move; else, at the very first run, the person confirms or changes the default.
 * A move asked for in Settings runs here too, before anything holds the database open.
 */

export interface StartLocation {
  dir: string;
  source: DataLocation['source'];
}

interface Facts {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  userData: string;
  platform?: NodeJS.Platform;
}

const title = 'Lokasi data Linimasa';

/** The data directory to open, or null when the person chose to quit at the first run. */
export async function chooseDataLocation(facts: Facts): Promise<StartLocation | null> {
  const flag = dataDirFlag(facts.argv);
  const defaultDir = defaultDataDir(facts.platform ?? process.platform, facts.env);
  const decide = () =>
    decideDataLocation({
      flag,
      env: facts.env,
      config: readDataConfig(facts.userData),
      defaultDir,
      legacyDir: facts.userData,
      hasDatabase: (dir) => existsSync(join(dir, 'linimasa.db')),
      resolve: (path) => resolve(path),
    });
  let location = decide();
  if (location.source === 'flag' || location.source === 'env') return location;

  const pending = readDataConfig(facts.userData)?.pendingMove;
  if (pending) {
    // Cleared first: a crash during the move must not start it again at every launch.
    writeDataConfig(facts.userData, { ...readDataConfig(facts.userData), pendingMove: undefined });
    const intoDefault = location.dir === facts.userData && pending.to === defaultDir;
    await moveWithNotice(location.dir, pending.to, facts.userData, intoDefault);
    return decide();
  }

  if (location.source === 'legacy') {
    const { response, checkboxChecked } = await dialog.showMessageBox({
      type: 'question',
      title,
      message: 'Pindahkan data Linimasa ke folder yang disarankan?',
      detail:
        `Data masih berada di folder lama:\n${location.dir}\n\n` +
        `Folder yang disarankan, khusus untuk komputer ini:\n${location.suggested}\n\n` +
        'Di Windows, folder lama ikut tersalin setiap kali masuk bila kantor memakai profil jelajah ' +
        '(roaming); foto dan video yang besar memperlambatnya. Semua berkas disalin lalu diperiksa; ' +
        'folder lama disimpan sampai Anda menghapusnya.',
      buttons: ['Pindahkan sekarang', 'Nanti'],
      defaultId: 0,
      cancelId: 1,
      checkboxLabel: 'Jangan tanya lagi (tetap di folder lama)',
    });
    if (response === 0 && location.suggested) {
      await moveWithNotice(location.dir, location.suggested, facts.userData, true);
      location = decide();
    } else if (checkboxChecked) {
      writeDataConfig(facts.userData, { ...readDataConfig(facts.userData), dataDir: location.dir });
    }
    return location;
  }

  if (location.source === 'first-run') {
    const chosen = await askFirstRun(defaultDir);
    if (!chosen) return null;
    writeDataConfig(facts.userData, { ...readDataConfig(facts.userData), dataDir: chosen });
    return { dir: chosen, source: 'config' };
  }
  if (location.source === 'config' && !existsSync(location.dir)) {
    return (await askMissingFolder(location.dir)) ? location : null;
  }
  return location;
}

/**
 * The chosen folder is gone (a drive not plugged in, a folder deleted): opening it would start
 * an empty library there, which looks like lost data. The person decides.
 */
async function askMissingFolder(dir: string): Promise<boolean> {
  for (;;) {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title,
      message: 'Folder data Linimasa tidak ditemukan.',
      detail:
        `${dir}\n\nBila data ada di flashdisk atau disk lain, pasang dulu lalu pilih "Coba lagi". ` +
        '"Mulai kosong" membuat pustaka baru yang kosong di folder itu.',
      buttons: ['Coba lagi', 'Mulai kosong di folder itu', 'Keluar'],
      defaultId: 0,
      cancelId: 2,
    });
    if (response === 2) return false;
    if (response === 1 || existsSync(dir)) return true;
  }
}

/** The first-run question: the default preselected, another empty folder, or quit. */
async function askFirstRun(defaultDir: string): Promise<string | null> {
  for (;;) {
    const { response } = await dialog.showMessageBox({
      type: 'question',
      title,
      message: 'Di mana Linimasa menyimpan datanya?',
      detail:
        `Folder yang disarankan:\n${defaultDir}\n\n` +
        'Basis data, foto, video, dan cadangan disimpan di sana. Pilih folder di disk komputer ini ' +
        '(bukan folder jaringan). Lokasi bisa diubah nanti di Pengaturan › Lokasi data.',
      buttons: ['Gunakan folder ini', 'Pilih folder lain…', 'Keluar'],
      defaultId: 0,
      cancelId: 2,
    });
    if (response === 0) return defaultDir;
    if (response === 2) return null;
    const picked = await dialog.showOpenDialog({
      title: 'Pilih folder kosong untuk data Linimasa',
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    });
    const dir = picked.canceled ? undefined : picked.filePaths[0];
    if (!dir) continue;
    const problem = emptyFolderProblem(dir);
    if (!problem) return resolve(dir);
    await dialog.showMessageBox({ type: 'warning', title, message: problem, buttons: ['OK'] });
  }
}

/** A new data folder must be empty (or not exist yet) and on this computer's own disk. */
export function emptyFolderProblem(dir: string, platform = process.platform): string | null {
  if (platform === 'win32' && /^(\\\\|\/\/)/.test(dir)) {
    return 'Folder jaringan tidak bisa dipakai: basis data harus di disk komputer ini.';
  }
  try {
    if (readdirSync(dir).length > 0) {
      return 'Folder itu sudah berisi berkas lain. Pilih atau buat folder baru yang kosong.';
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return 'Itu berkas, bukan folder.';
    if (code !== 'ENOENT') return 'Folder itu tidak dapat dibuka.';
  }
  return null;
}

/**
 * Runs a move while a box says what is happening (closed by the app when the copy ends), then
 * says how it went. A refused or failed move leaves everything as it was.
 */
export async function moveWithNotice(
  from: string,
  to: string,
  userData: string,
  allowInside: boolean,
): Promise<boolean> {
  const shown = new AbortController();
  void dialog
    .showMessageBox({
      type: 'info',
      title,
      message: 'Memindahkan data Linimasa…',
      detail: `Dari ${from}\nke ${to}\n\nJangan matikan komputer. Jendela ini tertutup sendiri setelah selesai.`,
      buttons: ['OK'],
      signal: shown.signal,
    })
    .catch(() => undefined);
  try {
    const result = await moveDataDir({ from, to, configDir: userData, allowInside });
    shown.abort();
    await dialog.showMessageBox({
      type: 'info',
      title,
      message: 'Data Linimasa sudah dipindahkan.',
      detail:
        `Lokasi baru: ${result.to}\n\nBerkas lama disimpan di:\n${result.oldFiles}\n` +
        'Hapus folder itu setelah Anda yakin semuanya baik (lihat LIHAT-SAYA.txt di dalamnya).',
      buttons: ['OK'],
    });
    return true;
  } catch (error) {
    shown.abort();
    const reason =
      error instanceof MoveRefused
        ? error.message
        : 'Pemindahan gagal; data tetap di tempat semula.';
    if (!(error instanceof MoveRefused)) console.error('[main] data move failed', error);
    await dialog.showMessageBox({
      type: 'warning',
      title,
      message: 'Data tidak dipindahkan.',
      detail: reason,
      buttons: ['OK'],
    });
    return false;
  }
}

/** Checks a target chosen in Settings before the app restarts to move there. */
export async function checkSettingsTarget(
  from: string,
  to: string,
  allowInside = false,
): Promise<string | null> {
  try {
    await checkMoveTarget(from, to, { allowInside });
    return null;
  } catch (error) {
    if (error instanceof MoveRefused) return error.message;
    throw error;
  }
}
