import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/main/db/connection';
import type { Benchmark } from './lib/types';
import { percentile, round, sample } from './lib/measure';

const rows = { people: 20_000, channels: 30_000, campaigns: 50_000 };

/** A database at the latest schema holding 100k rows across the directory tables. */
function buildDatabase(file: string): void {
  const { db } = openDatabase(file);
  const now = new Date().toISOString();
  db.transaction(() => {
    const person = db.prepare("INSERT INTO people VALUES (?, ?, 'planner', 1, ?, ?)");
    for (let i = 0; i < rows.people; i++) person.run(randomUUID(), `Orang ${i}`, now, now);
    const channel = db.prepare(
      "INSERT INTO channels VALUES (?, 'instagram', ?, '', '#c13584', 1, ?, ?, ?)",
    );
    for (let i = 0; i < rows.channels; i++) channel.run(randomUUID(), `Kanal ${i}`, i, now, now);
    const campaign = db.prepare("INSERT INTO campaigns VALUES (?, ?, '#607d8b', '', 0, ?, ?)");
    for (let i = 0; i < rows.campaigns; i++) campaign.run(randomUUID(), `Kampanye ${i}`, now, now);
  })();
  db.close();
}

export const benchmarks: Benchmark[] = [
  {
    metrics: ['db.open_migrate_100k_ms'],
    run() {
      const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-'));
      try {
        const file = join(dir, 'linimasa.db');
        buildDatabase(file);
        // Baseline: the bare driver opening the same file and reading its schema version, the
        // least any app must do; ours adds WAL, foreign keys, busy timeout and the migration check.
        const bare = percentile(
          sample(() => {
            const db = new Database(file);
            db.pragma('user_version', { simple: true });
            db.close();
          }, 30),
          50,
        );
        const ours = percentile(
          sample(() => openDatabase(file).db.close(), 30),
          50,
        );
        return [
          {
            name: 'db.open_migrate_100k_ms',
            value: round(ours),
            unit: 'ms',
            baseline: round(bare),
            ratio: round(ours / bare, 2),
          },
        ];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
