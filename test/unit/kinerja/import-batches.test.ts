import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { analyticsRepository } from '../../../src/main/db/repositories/analytics';
import { useTempDir } from '../helpers';
import { useOffice } from '../posts/fixture';

const office = useOffice();
const files = useTempDir();

/** An Instagram export of `count` posts outside the plan (2025, before any planned post). */
function exportOf(count: number): { file: string; text: string } {
  const lines = ['Post ID,Publish time,Permalink,Description,Views,Reach'];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      `${9000 + i},03/${day}/2025 09:00,https://www.instagram.com/p/OUT${i}/,Kegiatan ke-${i},${100 + i},${50 + i}`,
    );
  }
  const text = `${lines.join('\n')}\n`;
  const file = join(files(), `ig-${count}.csv`);
  writeFileSync(file, text);
  return { file, text };
}

describe('an import writes its publications outside the plan in batches', () => {
  it('stores every row of full batches and the rest, each snapshot on its publication', async () => {
    const { app, call, people } = await office();
    // 64 rows to a statement: two full batches and a rest of 2.
    const { file, text } = exportOf(130);
    const result = await call('analytics.import', {
      actorId: people.bambang.id,
      path: file,
      platform: 'instagram',
      asOf: '2025-12-31',
    });
    expect(result.counts).toMatchObject({ unmatched: 130, matched: 0 });
    const stored = app.db
      .prepare(
        `SELECT u.platform_post_id AS id, u.permalink, u.published_at, u.caption, s.views, s.reach, s.as_of
           FROM unplanned_publications u JOIN figure_snapshots s ON s.unplanned_id = u.id
          ORDER BY CAST(u.platform_post_id AS INTEGER)`,
      )
      .all() as { id: string; permalink: string; views: number; reach: number; as_of: string }[];
    // Read back against the file as csv-parse reads it, row by row.
    const records = parse(text, { columns: true }) as Record<string, string>[];
    expect(stored).toHaveLength(records.length);
    stored.forEach((row, i) => {
      const record = records[i]!;
      expect(row).toMatchObject({
        id: record['Post ID'],
        permalink: record['Permalink'],
        caption: record['Description'],
        views: Number(record['Views']),
        reach: Number(record['Reach']),
        as_of: '2025-12-31',
      });
    });
    expect(app.db.pragma('foreign_key_check')).toEqual([]);
    // The statement journal went back to where it was.
    expect(app.db.pragma('temp_store', { simple: true })).toBe(0);
  });

  it('leaves nothing of a failed transaction, not even rows waiting for their batch', async () => {
    const { app, channels } = await office();
    const repo = analyticsRepository(app.db);
    const at = '2026-11-01T00:00:00.000Z';
    const row = (n: number) => ({
      id: `u-${n}`,
      channelId: channels.instagram.id,
      platformPostId: String(n),
      permalink: `https://www.instagram.com/p/U${n}/`,
      publishedAt: at,
      caption: `Unggahan ${n}`,
      createdAt: at,
    });
    expect(() =>
      repo.bulkTransaction(() => {
        for (let n = 0; n < 70; n++) repo.insertUnplanned(row(n));
        throw new Error('gagal di tengah');
      }),
    ).toThrow('gagal di tengah');
    repo.bulkTransaction(() => repo.insertUnplanned(row(100)));
    expect(app.db.prepare('SELECT id FROM unplanned_publications').pluck().all()).toEqual([
      'u-100',
    ]);
    // Outside bulkTransaction a row is written at once.
    app.db.transaction(() => repo.insertUnplanned(row(101)))();
    expect(app.db.prepare('SELECT count(*) FROM unplanned_publications').pluck().get()).toBe(2);
  });

  it('upserts post channels’ snapshots in batches and picks their figure_latest before the commit', async () => {
    const { app, channels } = await office();
    const db = app.db;
    const repo = analyticsRepository(db);
    const at = '2026-11-01T00:00:00.000Z';
    const channelId = channels.instagram.id;
    const post = db.prepare(
      `INSERT INTO posts (id, title, status, scheduled_at, time_zone, created_at, updated_at)
       VALUES (?, ?, 'published', '2026-10-01T02:00:00.000Z', 'Asia/Jakarta', ?, ?)`,
    );
    const ids = Array.from({ length: 70 }, (_, n) => `p-${String(n).padStart(2, '0')}`);
    const figures = (views: number) => ({
      views,
      reach: null,
      likes: 1,
      comments: null,
      shares: null,
      saves: null,
    });
    const snapshot = (asOf: string, views: number) => ({
      channelId,
      asOf,
      source: 'import' as const,
      importId: null,
      recordedAt: at,
      ...figures(views),
    });
    db.transaction(() => {
      for (const id of ids) {
        post.run(id, `Unggahan ${id}`, at, at);
        repo.saveSnapshot({ postId: id }, snapshot('2026-10-10', 5));
      }
    })();
    repo.bulkTransaction(() => {
      ids.forEach((id, n) => repo.saveSnapshot({ postId: id }, snapshot('2026-10-20', 100 + n)));
      // An earlier day written afterwards does not win; the same day again replaces.
      repo.saveSnapshot({ postId: 'p-00' }, snapshot('2026-10-15', 1));
      repo.saveSnapshot({ postId: 'p-01' }, snapshot('2026-10-20', 7));
    });
    const latest = db
      .prepare('SELECT post_id, as_of, views FROM figure_latest ORDER BY post_id')
      .all() as { post_id: string; as_of: string; views: number }[];
    expect(latest).toHaveLength(70);
    expect(latest[0]).toEqual({ post_id: 'p-00', as_of: '2026-10-20', views: 100 });
    expect(latest[1]).toEqual({ post_id: 'p-01', as_of: '2026-10-20', views: 7 });
    expect(latest[69]).toEqual({ post_id: 'p-69', as_of: '2026-10-20', views: 169 });
    expect(db.prepare('SELECT count(*) FROM figure_snapshots').pluck().get()).toBe(141);
  });
});
