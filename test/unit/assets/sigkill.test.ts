import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/app';
import { assetMediaPath } from '../../../src/shared/domain/media-paths';
import { useTempDir } from '../helpers';
import { image, put } from './fixtures';

const tempDir = useTempDir('linimasa-sigkill-');
const child = join(__dirname, 'sigkill-child.ts');

/** Starts the importer and SIGKILLs it once it has reported `after` finished files. */
function importAndKill(dataDir: string, source: string, after: number) {
  return new Promise<{ signal: NodeJS.Signals | null; finished: number }>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir, source], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let finished = 0;
    let buffered = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('result ')) finished += 1;
        if (line.startsWith('result ') && finished === after) proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    // 'exit' comes after the kernel reaped it: its pid is then free, as after a real crash.
    proc.on('exit', (_code, signal) => resolve({ signal, finished }));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('an import killed with SIGKILL', () => {
  it('leaves a sound database, no row without its complete file, and a clean library after the next start', async () => {
    const root = tempDir();
    const source = join(root, 'source');
    const dataDir = join(root, 'data');
    // Photos of a few hundred KB, and larger blobs so that a kill often lands mid-copy.
    for (let n = 0; n < 24; n++) {
      const name = `foto-${String(n).padStart(2, '0')}.jpg`;
      put(source, name, await image('jpeg', { seed: n, width: 600, height: 400 }));
    }
    for (let n = 0; n < 4; n++) {
      const blob = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(16 << 20, n + 1)]);
      put(source, `arsip-${n}.pdf`, blob);
    }

    // Strike at different moments: early, mid-batch, later.
    let swept = 0;
    for (const after of [2, 8, 14]) {
      const { signal, finished } = await importAndKill(dataDir, source, after);
      expect(signal).toBe('SIGKILL');
      expect(finished).toBeGreaterThanOrEqual(after);

      const db = new Database(join(dataDir, 'linimasa.db'));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT sha256, ext FROM assets').all() as {
        sha256: string;
        ext: string;
      }[];
      db.close();
      for (const row of rows) {
        // Every row's file is there, whole: its bytes hash to its name.
        expect(sha256(join(dataDir, assetMediaPath(row.sha256, row.ext)))).toBe(row.sha256);
      }

      const app = openApp(dataDir);
      const report = await app.library.ready;
      swept += (report?.tempRemoved ?? 0) + (report?.readopted ?? 0);
      expect(report?.busy).toBe(false);
      // Every file left belongs to a row: one from before the kill, or a complete file the kill
      // caught between its rename and its row, re-adopted by the sweep (never deleted).
      const known = new Set(
        (app.db.prepare('SELECT sha256 FROM assets').all() as { sha256: string }[]).map(
          (row) => row.sha256,
        ),
      );
      expect(known.size).toBe(rows.length + (report?.readopted ?? 0));
      expect(
        readdirSync(join(dataDir, 'incoming')).filter((f) => !f.endsWith(`${process.pid}.lock`)),
      ).toEqual([]);
      for (const file of [
        ...filesUnder(join(dataDir, 'assets')),
        ...filesUnder(join(dataDir, 'thumbs')),
      ]) {
        expect(known.has(file.split(/[\\/]/).at(-1)!.slice(0, 64))).toBe(true);
      }
      app.close();
    }

    // The kills did leave half-written files behind (else this test would prove little).
    expect(swept).toBeGreaterThan(0);

    // And the library is usable: importing everything again completes.
    const app = openApp(dataDir);
    const summary = await app.library.importPaths([source]);
    expect(summary.failed).toBe(0);
    expect(summary.imported + summary.duplicate).toBe(28);
    app.close();
  }, 120_000);
});
