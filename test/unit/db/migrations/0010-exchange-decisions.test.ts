import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import {
  bundleHistoryRepository,
  conflictDecision,
} from '../../../../src/main/db/repositories/bundle-history';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const now = '2026-12-02T03:00:00.000Z';
const later = '2026-12-03T03:00:00.000Z';
const [x, y] = ['a'.repeat(64), 'b'.repeat(64)];
const installA = '11111111-1111-4111-8111-111111111111';
const installB = '22222222-2222-4222-8222-222222222222';

describe('migration 10: exchange decisions', () => {
  it('keeps posts and their exchange history, and keeps one decision per pair: the later one', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 9 });
    db.prepare(
      "INSERT INTO posts (id, title, created_at, updated_at) VALUES ('p1', 'Hari Jadi', ?, ?)",
    ).run(now, now);
    db.prepare("INSERT INTO exchange_posts VALUES ('p1', ?, ?)").run(JSON.stringify([x]), now);
    migrate(db, { target: 10 });
    expect(schemaVersion(db)).toBe(10);
    const history = bundleHistoryRepository(db);
    expect(history.seenOf(['p1']).get('p1')).toEqual([x]);
    expect(history.decisionsOf(['p1']).size).toBe(0);

    history.decide('p1', conflictDecision(y, x, later, installB));
    // An earlier decision on the same pair, learned afterwards, does not replace it.
    history.decide('p1', conflictDecision(x, y, now, installA));
    expect(history.decisionsOf(['p1']).get('p1')).toEqual([
      { versions: [x, y], kept: y, decidedAt: later, installId: installB },
    ]);
    // A post that is not here gets no row; a deleted post takes its decisions along.
    history.decide('nope', conflictDecision(x, y, now, installA));
    expect(history.decisionsOf(['nope']).size).toBe(0);
    expect(() =>
      db
        .prepare("INSERT INTO exchange_decisions VALUES ('p1', ?, ?, ?, ?, ?)")
        .run(y, x, y, now, installA),
    ).toThrow(/CHECK/);
    db.prepare("DELETE FROM posts WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM exchange_decisions').get()).toEqual({ n: 0 });
    db.close();
  });
});
