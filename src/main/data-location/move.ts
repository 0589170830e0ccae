import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, open, readdir, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { lockExclusively } from '../db/connection';
import { dataPaths } from '../data-dir';
import { replaceFile } from '../fs/replace';
import { AppError, type ErrorKey, type TextParams } from '../../shared/api/errors';
import { readDataConfig, writeDataConfig } from './config';

/*
 * Moving the data directory to another folder, safely: the database is copied through
 * SQLite's backup API while this process holds it exclusively (so no running Linimasa can
 * write during the copy, and one that has it open makes the move refuse), every other file is
 * copied and re-read to compare SHA-256, the config switches only after all of that, and the
 * old files stay where they were (set aside under a clear name with a LIHAT-SAYA.txt) until
 * the person deletes them. A failure or a cancel before the switch removes what was copied and
 * changes nothing else.
 */

/**
 * What a data directory owns; anything else in its folder (Electron's caches…) is not ours.
 * `keys/` holds the exchange signing key and `tls/` the office network certificate: without
 * them the moved app would sign as another office and show people another fingerprint.
 */
const ownFolders = ['assets', 'thumbs', 'backups', 'exports', 'keys', 'tls'] as const;
const databaseName = 'linimasa.db';
/** incoming/ holds only files being written and lock files of running processes: not copied. */
const ownNames = new Set<string>([
  databaseName,
  `${databaseName}-wal`,
  `${databaseName}-shm`,
  'incoming',
  ...ownFolders,
]);
export const noteName = 'LIHAT-SAYA.txt';

/**
 * A move that cannot or must not happen: a catalog key (`errors.dataMove.*`) the desktop app,
 * the renderer and the CLI word in their language; `message` is the Indonesian text.
 */
export class MoveRefused extends AppError {
  constructor(key: Extract<ErrorKey, `dataMove.${string}`>, params?: TextParams) {
    const full = key === 'dataMove.diskFull' || key === 'dataMove.notEnoughSpace';
    super(full ? 'disk_full' : 'invalid_request', { key, params });
    this.name = 'MoveRefused';
  }
}

/** A copy that came out different from its source: the move stops and undoes itself. */
class CopyDiffers extends Error {
  constructor(
    readonly key: 'dataMove.copyDiffers' | 'dataMove.copyUnchecked',
    readonly file: string,
  ) {
    super(`copy of ${file} differs from its source`);
  }
}

const inside = (parent: string, child: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Checks a move before anything is copied. `allowInside` is for the one move the app itself
 * proposes into the old folder: macOS's new default `…/Linimasa/data` lies inside the old
 * userData data directory, but outside every folder the data directory owns.
 */
export async function checkMoveTarget(
  from: string,
  to: string,
  options: { allowInside?: boolean; platform?: NodeJS.Platform } = {},
): Promise<void> {
  const source = resolve(from);
  const target = resolve(to);
  if (/^(\\\\|\/\/)/.test(to) && (options.platform ?? process.platform) === 'win32') {
    throw new MoveRefused('dataMove.networkFolder');
  }
  if (!existsSync(join(source, databaseName))) {
    throw new MoveRefused('dataMove.noData', { dir: source });
  }
  if (target === source) throw new MoveRefused('dataMove.sameFolder');
  if (inside(target, source)) {
    throw new MoveRefused('dataMove.targetHoldsData');
  }
  if (inside(source, target)) {
    const first = relative(source, target).split(/[\\/]/)[0]!;
    if (!options.allowInside || ownNames.has(first)) {
      throw new MoveRefused('dataMove.targetInsideData');
    }
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new MoveRefused('dataMove.notAFolder', { dir: target });
  }
  if (existing && (await readdir(target)).length > 0) {
    throw new MoveRefused('dataMove.notEmpty');
  }
}

export interface MoveProgress {
  copiedBytes: number;
  totalBytes: number;
}

export interface MoveResult {
  from: string;
  to: string;
  files: number;
  bytes: number;
  /** Where the old files now wait for the person to delete them (with LIHAT-SAYA.txt). */
  oldFiles: string;
}

interface FileToCopy {
  relativePath: string;
  bytes: number;
  /** Permission bits (`0o600` for a private key), kept on the copy. */
  mode: number;
}

/** A folder to make before its files, with its permission bits (`keys/` is `0o700`). */
interface FolderToMake {
  relativePath: string;
  mode: number;
}

/**
 * Moves the data directory `from` to the empty or new folder `to` and records `to` in the
 * config of `configDir`. Nobody may have the data open (the CLI's move-data runs without
 * opening it; the desktop app moves before it opens the data).
 */
export async function moveDataDir(options: {
  from: string;
  to: string;
  configDir: string;
  allowInside?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: MoveProgress) => void;
  now?: () => Date;
}): Promise<MoveResult> {
  const from = resolve(options.from);
  const to = resolve(options.to);
  await checkMoveTarget(from, to, { allowInside: options.allowInside });
  const source = openExclusively(join(from, databaseName));
  const createdTarget = !existsSync(to);
  let switched = false;
  try {
    const { folders, files } = await listOwnFiles(from);
    const databaseBytes = (await stat(join(from, databaseName))).size;
    const totalBytes = databaseBytes + files.reduce((sum, file) => sum + file.bytes, 0);
    await checkSpace(to, totalBytes);
    let copiedBytes = 0;
    const report = (bytes: number) => {
      copiedBytes += bytes;
      options.onProgress?.({ copiedBytes, totalBytes });
    };

    await mkdir(to, { recursive: true });
    await copyDatabase(source, join(to, databaseName), options.signal);
    report(databaseBytes);
    for (const folder of folders) await makeFolder(join(to, folder.relativePath), folder.mode);
    for (const file of files) {
      options.signal?.throwIfAborted();
      await copyVerified(
        join(from, file.relativePath),
        join(to, file.relativePath),
        file.mode,
        options.signal,
      );
      report(file.bytes);
    }
    options.signal?.throwIfAborted();
    // Only now does the app look in the new folder.
    writeDataConfig(options.configDir, {
      ...readDataConfig(options.configDir),
      dataDir: to,
      pendingMove: undefined,
    });
    switched = true;
    source.close();
    const oldFiles = await setAside(from, to, options.now?.() ?? new Date());
    return { from, to, files: files.length + 1, bytes: totalBytes, oldFiles };
  } catch (error) {
    if (source.open) source.close();
    if (!switched) await removeCopy(to, createdTarget);
    if (error instanceof MoveRefused || switched) throw error;
    if (options.signal?.aborted) throw new MoveRefused('dataMove.cancelled');
    throw failureReason(error);
  }
}

/** Why a copy failed, as a refusal; details of unexpected errors go to the log, not the person. */
function failureReason(error: unknown): MoveRefused | AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new MoveRefused('dataMove.diskFull');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new MoveRefused('dataMove.noPermission');
  if (error instanceof AppError) return error; // file_locked: another program holds a file
  if (error instanceof CopyDiffers) return new MoveRefused(error.key, { name: error.file });
  console.error('[move-data]', error);
  return new MoveRefused('dataMove.unexpected');
}

/**
 * The database, opened so that nobody else can read or write it until we close it. Another
 * Linimasa that has it open makes this fail: the move must wait until that one is closed.
 */
function openExclusively(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true, timeout: 2_000 });
  try {
    lockExclusively(db);
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new MoveRefused('dataMove.inUse');
    }
    throw error;
  }
}

const permissions = (mode: number): number => mode & 0o777;

/** The own folders (parents first) and files under them, each with its permission bits. */
async function listOwnFiles(
  root: string,
): Promise<{ folders: FolderToMake[]; files: FileToCopy[] }> {
  const folders: FolderToMake[] = [];
  const files: FileToCopy[] = [];
  const walk = async (dir: string): Promise<void> => {
    folders.push({ relativePath: dir, mode: permissions((await stat(join(root, dir))).mode) });
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const info = await stat(join(root, path));
        files.push({ relativePath: path, bytes: info.size, mode: permissions(info.mode) });
      }
    }
  };
  for (const folder of ownFolders) {
    if (existsSync(join(root, folder))) await walk(folder);
  }
  return { folders, files };
}

/**
 * Windows keeps no POSIX permission bits (chmod there only toggles read-only): a copy
 * inherits the new folder's access list, as any copy in Explorer does.
 */
const keepsModes = process.platform !== 'win32';

/** A folder of the copy with the source folder's permission bits (0700 stays 0700). */
async function makeFolder(path: string, mode: number): Promise<void> {
  await mkdir(path, { recursive: true, mode });
  if (keepsModes) await chmod(path, mode); // mkdir's mode passes through the umask
}

async function checkSpace(to: string, needed: number): Promise<void> {
  let probe = to;
  while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
  const free = await statfs(probe).then(
    (info) => info.bavail * info.bsize,
    () => Infinity,
  );
  // A little room beyond the copy itself: SQLite and the app write as soon as it opens.
  if (free < needed + 64 * 1024 * 1024) {
    throw new MoveRefused('dataMove.notEnoughSpace', { needed, free });
  }
}

/** SQLite's backup API (consistent, WAL folded in), then integrity_check on the copy. */
async function copyDatabase(source: Database.Database, target: string, signal?: AbortSignal) {
  signal?.throwIfAborted();
  await source.backup(target);
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma('integrity_check(1)', { simple: true });
    const sameSchema =
      copy.pragma('user_version', { simple: true }) ===
      source.pragma('user_version', { simple: true });
    if (result !== 'ok' || !sameSchema)
      throw new CopyDiffers('dataMove.copyUnchecked', databaseName);
  } finally {
    copy.close();
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Copies while hashing, fsyncs, then reads the copy back: the two hashes must agree. The copy
 * is made readable by its owner only and gets the source's mode after it is complete, so a
 * private key is never readable by others, not even mid-copy.
 */
async function copyVerified(
  from: string,
  to: string,
  mode: number,
  signal?: AbortSignal,
): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(from), tap, createWriteStream(to, { flags: 'wx', mode: 0o600 }), {
    signal,
  });
  const handle = await open(to, 'r+');
  try {
    if (keepsModes) await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  const expected = hash.digest('hex');
  if ((await sha256Of(to)) !== expected) {
    throw new CopyDiffers('dataMove.copyDiffers', basename(from));
  }
}

/** Undo a copy that did not finish: what we made goes, a folder that was there stays. */
async function removeCopy(to: string, createdTarget: boolean): Promise<void> {
  if (createdTarget) {
    await rm(to, { recursive: true, force: true }).catch(() => undefined);
    return;
  }
  for (const name of await readdir(to).catch(() => [] as string[])) {
    await rm(join(to, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

const dateOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * After the switch, the old files wait under a name that says what they are. A folder that
 * holds only our files is renamed whole (`<folder>-LAMA-SUDAH-DIPINDAH-<date>`); a folder shared
 * with others (Electron's userData) gets a subfolder of that name holding our files. Either
 * way a LIHAT-SAYA.txt explains. If Windows refuses a rename, the files stay and the note
 * goes beside them: the app no longer reads them either way.
 */
async function setAside(from: string, to: string, now: Date): Promise<string> {
  const names = await readdir(from);
  const onlyOurs = names.every((name) => ownNames.has(name) || name === noteName);
  const stamp = dateOf(now);
  const note = (folder: string) =>
    [
      `Data Linimasa sudah dipindahkan ke: ${to}`,
      `(pada ${stamp}). Aplikasi tidak memakai berkas di folder ini lagi.`,
      '',
      'Folder ini disimpan sebagai cadangan. Setelah Anda memastikan Linimasa berjalan baik',
      `dengan data di lokasi baru, folder ini boleh dihapus: ${folder}`,
      '',
    ].join('\r\n');
  const unique = (base: string) => {
    let candidate = base;
    for (let n = 2; existsSync(candidate); n += 1) candidate = `${base}-${n}`;
    return candidate;
  };
  try {
    if (onlyOurs && !inside(from, to)) {
      const aside = unique(`${from}-LAMA-SUDAH-DIPINDAH-${stamp}`);
      await replaceFile(from, aside);
      await writeFile(join(aside, noteName), note(aside));
      return aside;
    }
    const aside = unique(join(from, `Linimasa-LAMA-SUDAH-DIPINDAH-${stamp}`));
    await mkdir(aside);
    for (const name of names.filter((entry) => ownNames.has(entry))) {
      await replaceFile(join(from, name), join(aside, name));
    }
    await writeFile(join(aside, noteName), note(aside));
    return aside;
  } catch {
    const left = dataPaths(from).root;
    await writeFile(
      join(left, noteName),
      note(`${databaseName}, ${[...ownFolders, 'incoming'].join(', ')} di ${left}`),
    ).catch(() => undefined);
    return left;
  }
}
