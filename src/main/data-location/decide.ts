/*
 * Which folder holds the data, decided from facts the caller gathers (flag, environment,
 * config file, which folders already hold a database). Pure, so every platform's case is
 * tested here on one machine; `data-dir.ts` computes the platform folders and reads the disk.
 */

import type { DataConfig } from './config';

export type LocationSource =
  /** `--data-dir` */
  | 'flag'
  /** LINIMASA_DATA_DIR */
  | 'env'
  /** chosen at first run or in Settings › Lokasi data, recorded in config.json */
  | 'config'
  /** an install from before the move: its data is still in Electron's userData */
  | 'legacy'
  /** the default folder, which already holds data */
  | 'default'
  /** nothing anywhere yet: the desktop app asks, other entry points use the default */
  | 'first-run';

export interface DataLocation {
  dir: string;
  source: LocationSource;
  /** For `legacy`: where the data should move (the default folder). */
  suggested?: string;
}

export interface LocationFacts {
  flag?: string;
  env: NodeJS.ProcessEnv;
  config?: DataConfig;
  defaultDir: string;
  legacyDir: string;
  /** Whether a folder holds a linimasa.db. */
  hasDatabase: (dir: string) => boolean;
  /** Makes a flag or variable absolute (relative to the working folder). */
  resolve: (path: string) => string;
}

export function decideDataLocation(facts: LocationFacts): DataLocation {
  if (facts.flag) return { dir: facts.resolve(facts.flag), source: 'flag' };
  const fromEnv = facts.env.LINIMASA_DATA_DIR;
  if (fromEnv) return { dir: facts.resolve(fromEnv), source: 'env' };
  if (facts.config?.dataDir) return { dir: facts.config.dataDir, source: 'config' };
  if (facts.hasDatabase(facts.defaultDir)) return { dir: facts.defaultDir, source: 'default' };
  if (facts.hasDatabase(facts.legacyDir)) {
    return { dir: facts.legacyDir, source: 'legacy', suggested: facts.defaultDir };
  }
  return { dir: facts.defaultDir, source: 'first-run' };
}

/**
 * The one line the CLI and the browser host print while an old install's data still sits in
 * the roaming profile (the desktop app asks in a dialog instead).
 */
export function legacyNotice(location: DataLocation): string | null {
  if (location.source !== 'legacy' || !location.suggested) return null;
  return (
    `Data Linimasa masih di lokasi lama (${location.dir}); pindahkan ke lokasi yang disarankan ` +
    `dengan: npm run cli -- move-data --to "${location.suggested}"`
  );
}
