import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/app';
import { seedBulk } from '../../../src/main/db/seed-bulk';
import { addDaysLocal, todayIn } from '../../../src/shared/time';
import { useTempDir } from '../helpers';

const tempDir = useTempDir('linimasa-export-kill-');
const child = join(__dirname, 'sigkill-child.ts');

/** Starts an export and SIGKILLs it as soon as its temp file holds some bytes: mid-write. */
function exportAndKill(dataDir: string, format: string, from: string, to: string, out?: string) {
  const exportsDir = out ? dirname(out) : join(dataDir, 'exports');
  return new Promise<{ signal: NodeJS.Signals | null; output: string }>((resolve, reject) => {
    const args = ['--import', 'tsx', child, dataDir, format, from, to, ...(out ? [out] : [])];
    const proc = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const watch = setInterval(() => {
      const writing = readdirSync(exportsDir).some(
        (name) =>
          name.endsWith('.partial') &&
          statSync(join(exportsDir, name)).size > 0 &&
          name.includes(`.${proc.pid}.`),
      );
      if (writing) proc.kill('SIGKILL');
    }, 2);
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearInterval(watch);
      resolve({ signal, output });
    });
  });
}

describe('an export killed with SIGKILL', () => {
  it('leaves no export file, no history record, a sound database, and its temp file is swept', async () => {
    const dataDir = join(tempDir(), 'data');
    const app = openApp(dataDir, { sweepAssets: false });
    seedBulk(app.db, { posts: 20_000 });
    const zone = app.services.settings.get().timeZone;
    app.close();
    const today = todayIn(zone);
    const [from, to] = [addDaysLocal(today, -200), addDaysLocal(today, 199)];

    for (const format of ['xlsx', 'csv']) {
      const { signal, output } = await exportAndKill(dataDir, format, from, to);
      expect(signal).toBe('SIGKILL');
      expect(output).not.toContain('done ');
      const exportsDir = join(dataDir, 'exports');
      // Nothing but the hidden temp file: no name a person could mistake for an export.
      expect(readdirSync(exportsDir).filter((name) => !name.startsWith('.'))).toEqual([]);
      // The kill landed mid-write: its hidden temp file is there (the previous one was swept
      // when this child opened the data directory).
      expect(
        readdirSync(exportsDir).filter((n) => n.endsWith('.partial')),
        format,
      ).toHaveLength(1);
      const db = new Database(join(dataDir, 'linimasa.db'));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT count(*) AS n FROM export_history').get()).toEqual({ n: 0 });
      db.close();
    }

    const reopened = openApp(dataDir, { sweepAssets: false });
    try {
      for (let i = 0; i < 100 && readdirSync(reopened.paths.exports).length > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(readdirSync(reopened.paths.exports)).toEqual([]);
    } finally {
      reopened.close();
    }
  }, 60_000);

  it('a killed --out export’s hidden temp file in the user’s folder is swept at the next start', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    const app = openApp(dataDir, { sweepAssets: false });
    seedBulk(app.db, { posts: 20_000 });
    const zone = app.services.settings.get().timeZone;
    app.close();
    const today = todayIn(zone);
    const documents = join(root, 'Dokumen');
    mkdirSync(documents);
    writeFileSync(join(documents, 'catatan.txt'), 'milik pengguna');
    const out = join(documents, 'jadwal.xlsx');
    const { signal } = await exportAndKill(
      dataDir,
      'xlsx',
      addDaysLocal(today, -200),
      addDaysLocal(today, 199),
      out,
    );
    expect(signal).toBe('SIGKILL');
    expect(readdirSync(documents).filter((n) => n.endsWith('.partial'))).toHaveLength(1);

    const reopened = openApp(dataDir, { sweepAssets: false });
    try {
      for (let i = 0; i < 200 && readdirSync(documents).length > 1; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Only what the user had there; the data directory's record of the write is gone too.
      expect(readdirSync(documents)).toEqual(['catatan.txt']);
      expect(readdirSync(reopened.paths.exports)).toEqual([]);
    } finally {
      reopened.close();
    }
  }, 60_000);
});
