import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import {
  channelSummary,
  decodeChannelSummary,
  postsRepository,
} from '../../../../src/main/db/repositories/posts';
import { seedBulk } from '../../../../src/main/db/seed-bulk';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 8: the month query reads a covering index', () => {
  it('returns the same month as before, read from posts_month alone', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    // Seeded at the latest schema (the seeder writes today's formats); "before" is the same
    // query forced to scan the table, which is what the month read did before migration 8.
    migrate(db);
    const seeded = seedBulk(db, { posts: 3_000 });
    // Two posts at the same instant: the order stays scheduled_at, then num.
    db.prepare(
      'UPDATE posts SET scheduled_at = (SELECT min(scheduled_at) FROM posts) WHERE num <= 2',
    ).run();
    const from = '0000';
    const to = '9999';
    const month = () =>
      db
        .prepare(
          `SELECT id, title, status, scheduled_at, time_zone, campaign_id, assignee_id, series_id, version, channel_summary, asset_count
       FROM posts NOT INDEXED WHERE scheduled_at >= ? AND scheduled_at < ? AND deleted_at IS NULL ORDER BY scheduled_at, num`,
        )
        .all(from, to);
    const before = month();
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(8);
    const range = postsRepository(db).range(from, to, {});
    expect(range.length).toBe(seeded.posts);
    expect(range.map((p) => p.id)).toEqual(before.map((row) => (row as { id: string }).id));
    expect(range[0]!.channels).toEqual(
      JSON.parse((before[0] as { channel_summary: string }).channel_summary).map(
        ([channelId, format]: [string, string]) => ({ channelId, format }),
      ),
    );
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT p.id, p.title, p.channel_summary FROM posts p INDEXED BY posts_month
         WHERE p.scheduled_at >= ? AND p.scheduled_at < ? AND p.deleted_at IS NULL ORDER BY p.scheduled_at, p.num`,
      )
      .all(from, to) as { detail: string }[];
    expect(plan.map((row) => row.detail)).toEqual([
      expect.stringContaining('USING COVERING INDEX posts_month'),
    ]);
    db.close();
  });
});

describe('decodeChannelSummary', () => {
  it('reads back what channelSummary wrote, escapes and all', () => {
    const cases = [
      [],
      [{ channelId: '8a1f7fd6-89df-412a-9fed-7e1ecfcf9495', format: 'feed' }],
      [
        { channelId: 'a', format: 'reel' },
        { channelId: 'b', format: 'story' },
        { channelId: 'c', format: 'article' },
      ],
      [{ channelId: 'kutip "ini" \\ dan\nbaris', format: 'feed' }],
      [{ channelId: 'kanal-ñ-😀', format: 'video' }],
    ] as const;
    for (const channels of cases) {
      expect(decodeChannelSummary(channelSummary(channels as never))).toEqual(channels);
    }
  });
});
