import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, posix, resolve, win32 } from 'node:path';
import { readDataConfig, type DataConfig } from './data-location/config';
import { decideDataLocation, type DataLocation } from './data-location/decide';

export const appName = 'Linimasa';

/** The folders one data directory holds; see docs/ARCHITECTURE.md. */
export function dataPaths(dataDir: string) {
  const root = resolve(dataDir);
  return {
    root,
    database: join(root, 'linimasa.db'),
    assets: join(root, 'assets'),
    thumbs: join(root, 'thumbs'),
    /** Files being written: renamed into assets/ or thumbs/ when complete, swept at start-up. */
    incoming: join(root, 'incoming'),
    backups: join(root, 'backups'),
    exports: join(root, 'exports'),
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;

export function ensureDataDir(dataDir: string): DataPaths {
  const paths = dataPaths(dataDir);
  for (const dir of [
    paths.root,
    paths.assets,
    paths.thumbs,
    paths.incoming,
    paths.backups,
    paths.exports,
  ]) {
    mkdirSync(dir, { recursive: true });
  }
  return paths;
}

/**
 * Where the data lives when nobody chose: a folder meant for large, machine-local data, apart
 * from Electron's userData (Chromium's caches, and on Windows the roaming profile that a
 * domain PC copies at every logon).
 * - Windows: `%LOCALAPPDATA%\\Linimasa\\data` — Microsoft's "Local" known folder
 *   (FOLDERID_LocalAppData) is for data that stays on this PC and never roams.
 * - macOS: `~/Library/Application Support/Linimasa/data` — Apple's File System Programming
 *   Guide puts an app's own data files in Application Support; macOS has no roaming, so the
 *   `data` subfolder only keeps the library apart from Chromium's caches.
 * - Linux and others: `$XDG_DATA_HOME/linimasa`, else `~/.local/share/linimasa` — the XDG Base
 *   Directory spec's place for user data files (config stays in `$XDG_CONFIG_HOME`).
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    const local = absoluteOr(platform, env.LOCALAPPDATA, win32.join(home, 'AppData', 'Local'));
    return win32.join(local, appName, 'data');
  }
  if (platform === 'darwin')
    return posix.join(home, 'Library', 'Application Support', appName, 'data');
  return posix.join(
    absoluteOr(platform, env.XDG_DATA_HOME, posix.join(home, '.local', 'share')),
    'linimasa',
  );
}

/**
 * Where Electron's `app.getPath('userData')` points for an app named Linimasa: the data
 * directory of every install before the move to `defaultDataDir`, and still where the small
 * config file (`config.json`, the chosen location) lives, so the CLI finds what the desktop
 * app chose.
 */
export function legacyDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    return win32.join(
      absoluteOr(platform, env.APPDATA, win32.join(home, 'AppData', 'Roaming')),
      appName,
    );
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', appName);
  return posix.join(
    absoluteOr(platform, env.XDG_CONFIG_HOME, posix.join(home, '.config')),
    appName,
  );
}

/** The folder of config.json: Electron's userData, as `legacyDataDir` predicts it. */
export const configDir = legacyDataDir;

/** The XDG spec (and Windows' own folders) ignore an empty or relative value. */
function absoluteOr(platform: NodeJS.Platform, value: string | undefined, fallback: string) {
  const paths = platform === 'win32' ? win32 : posix;
  return value && paths.isAbsolute(value) ? value : fallback;
}

/** The location decision for one platform, with the disk and the config passed in. */
export function locateData(facts: {
  flag?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
  config?: DataConfig;
  exists: (path: string) => boolean;
}): DataLocation {
  const paths = facts.platform === 'win32' ? win32 : posix;
  return decideDataLocation({
    flag: facts.flag,
    env: facts.env,
    config: facts.config,
    defaultDir: defaultDataDir(facts.platform, facts.env, facts.home),
    legacyDir: legacyDataDir(facts.platform, facts.env, facts.home),
    hasDatabase: (dir) => facts.exists(paths.join(dir, 'linimasa.db')),
    resolve: (path) => resolve(path),
  });
}

/** `--data-dir` wins, then LINIMASA_DATA_DIR, then config.json, then an old install, then the default. */
export function resolveDataLocation(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): DataLocation {
  const platform = process.platform;
  return locateData({
    flag,
    env,
    platform,
    home: homedir(),
    config: flag || env.LINIMASA_DATA_DIR ? undefined : readDataConfig(configDir(platform, env)),
    exists: existsSync,
  });
}

/** `--data-dir` wins, then LINIMASA_DATA_DIR, then the chosen or default location. */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return resolveDataLocation(flag, env).dir;
}
