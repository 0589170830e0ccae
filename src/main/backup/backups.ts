import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import { replaceFile } from '../fs/replace';
import { join } from 'node:path';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { latestSchemaVersion } from '../db/migrations';

export const backupReasons = ['auto', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupFile {
  name: string;
  path: string;
  bytes: number;
  /** ISO instant from the name (when the copy was taken). */
  createdAt: string;
  /** auto, manual, before-restore, or before-migration (written by the migration runner). */
  reason: BackupReason | 'before-migration';
}

const ownName =
  /^linimasa-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(auto|manual|before-restore)\.db$/;
const migrationName =
  /^linimasa-schema\d+-before-\d+-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.db$/;

const stampOf = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');
const instantOf = (stamp: string): string =>
  stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');

/** Every finished backup in the folder, newest first; `.partial` files never count. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const own = ownName.exec(name);
    const migration = migrationName.exec(name);
    const stamp = own?.[1] ?? migration?.[1];
    if (!stamp) continue;
    const path = join(dir, name);
    found.push({
      name,
      path,
      bytes: statSync(path).size,
      createdAt: instantOf(stamp),
      reason: (own?.[2] as BackupReason | undefined) ?? 'before-migration',
    });
  }
  return found.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
}

/**
 * An online copy through SQLite's backup API (the app keeps working while it runs), written
 * under a `.partial` name and renamed when complete, so a kill mid-copy leaves no file that
 * looks like a backup.
 */
export async function createBackup(
  db: Db,
  dir: string,
  reason: BackupReason,
  now = new Date(),
): Promise<BackupFile> {
  mkdirSync(dir, { recursive: true });
  const name = `linimasa-${stampOf(now)}-${reason}.db`;
  const finalPath = join(dir, name);
  const tempPath = `${finalPath}.partial`;
  rmSync(tempPath, { force: true });
  try {
    await db.backup(tempPath);
    await replaceFile(tempPath, finalPath);
  } catch (error) {
    rmSync(tempPath, { force: true });
    throw error;
  }
  return {
    name,
    path: finalPath,
    bytes: statSync(finalPath).size,
    createdAt: now.toISOString(),
    reason,
  };
}

/** Keeps the newest `keep` automatic and manual backups; safety copies are never pruned. */
export function pruneBackups(dir: string, keep: number): string[] {
  const prunable = listBackups(dir).filter((b) => b.reason === 'auto' || b.reason === 'manual');
  const removed = prunable.slice(keep);
  for (const backup of removed) rmSync(backup.path, { force: true });
  return removed.map((b) => b.name);
}

/** At start-up: a new automatic backup when the newest automatic or manual one is a day old. */
export async function backupIfDue(
  db: Db,
  dir: string,
  keep: number,
  now = new Date(),
): Promise<BackupFile | null> {
  const newest = listBackups(dir).find((b) => b.reason === 'auto' || b.reason === 'manual');
  if (newest && now.getTime() - Date.parse(newest.createdAt) < 24 * 60 * 60 * 1000) return null;
  const backup = await createBackup(db, dir, 'auto', now);
  pruneBackups(dir, keep);
  return backup;
}

export interface IntegrityReport {
  ok: boolean;
  /** SQLite's own findings, at most 100; empty when ok. */
  problems: string[];
}

export function integrityCheck(db: Db): IntegrityReport {
  const rows = db.pragma('integrity_check(100)') as { integrity_check: string }[];
  const problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  return { ok: problems.length === 0, problems };
}

/**
 * Checks a backup file before anyone restores it: it must open as SQLite, pass
 * integrity_check and come from this app's schema or an older one.
 */
export function inspectBackup(file: string): {
  schemaVersion: number;
  integrity: IntegrityReport;
} {
  const { db, close } = openBackupReadOnly(file);
  try {
    const version = schemaVersion(db);
    if (version > latestSchemaVersion) {
      throw new AppError('conflict', { key: 'backup.tooNew', params: { version } });
    }
    return { schemaVersion: version, integrity: integrityCheck(db) };
  } finally {
    close();
  }
}

/**
 * Opens a backup read-only. A backup taken from a WAL database is a WAL database too, and a
 * read-only connection cannot remove the -wal and -shm files it creates beside it; `close`
 * removes the ones this connection made (empty: nothing was written), so backups/ holds only
 * backups after a restore.
 */
export function openBackupReadOnly(file: string): { db: Db; close: () => void } {
  const made = ['-wal', '-shm'].filter((suffix) => !existsSync(file + suffix));
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return {
    db,
    close() {
      db.close();
      for (const suffix of made) {
        const sidecar = file + suffix;
        if (suffix === '-wal' && existsSync(sidecar) && statSync(sidecar).size > 0) continue;
        rmSync(sidecar, { force: true });
      }
    },
  };
}
