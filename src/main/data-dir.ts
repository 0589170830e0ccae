import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

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
 * Where Electron's `app.getPath('userData')` points for an app named Linimasa, so the CLI and
 * the browser host open the same data as the desktop app when no folder is given.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appName);
}

/** `--data-dir` wins, then LINIMASA_DATA_DIR, then the platform default. */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return resolve(flag ?? env.LINIMASA_DATA_DIR ?? defaultDataDir(process.platform, env));
}
