import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { postsRepository } from '../../../../src/main/db/repositories/posts';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const now = '2026-11-27T03:00:00.000Z';

/** An office at schema 7 with one channel per platform and posts in the old, shared formats. */
function officeAt7() {
  const db = new Database(join(tempDir(), 'linimasa.db'));
  configure(db);
  migrate(db, { target: 7 });
  const platforms = ['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'website'];
  platforms.forEach((platform, index) =>
    db
      .prepare('INSERT INTO channels VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)')
      .run(platform, platform, platform.toUpperCase(), '', '#123456', index, now, now),
  );
  const post = (id: string, channels: [string, string][]) => {
    db.prepare(
      "INSERT INTO posts (id, title, status, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?)",
    ).run(id, `Pos ${id}`, now, now);
    channels.forEach(([channel, format], position) =>
      db
        .prepare('INSERT INTO post_channels VALUES (?, ?, ?, ?, ?)')
        .run(id, channel, format, position === 0 ? null : 'Caption khusus', position),
    );
    db.prepare('UPDATE posts SET channel_summary = ? WHERE id = ?').run(
      JSON.stringify(channels),
      id,
    );
  };
  post('a', [
    ['instagram', 'article'],
    ['facebook', 'feed'],
    ['x', 'feed'],
    ['tiktok', 'feed'],
    ['youtube', 'reel'],
    ['website', 'feed'],
  ]);
  post('b', [
    ['instagram', 'feed'],
    ['facebook', 'story'],
  ]);
  post('c', [['instagram', 'story']]);
  for (const [index, id] of ['s1', 's2'].entries()) {
    db.prepare(
      `INSERT INTO assets (id, sha256, ext, kind, mime, size, original_name, imported_at, updated_at)
       VALUES (?, ?, 'jpg', 'image', 'image/jpeg', 10, 'a.jpg', ?, ?)`,
    ).run(id, String(index).repeat(64), now, now);
    db.prepare('INSERT INTO post_assets (post_id, asset_id, position) VALUES (?, ?, ?)').run(
      'b',
      id,
      index,
    );
  }
  return db;
}

describe('migration 9: formats per platform', () => {
  it('maps every stored format to one its platform offers, keeping captions and order', () => {
    const db = officeAt7();
    migrate(db, { target: 9 });
    expect(schemaVersion(db)).toBe(9);
    const posts = postsRepository(db);
    expect(posts.get('a')!.channels).toEqual([
      { channelId: 'instagram', format: 'feed', captionOverride: null },
      { channelId: 'facebook', format: 'post', captionOverride: 'Caption khusus' },
      { channelId: 'x', format: 'post', captionOverride: 'Caption khusus' },
      { channelId: 'tiktok', format: 'photo', captionOverride: 'Caption khusus' },
      { channelId: 'youtube', format: 'short', captionOverride: 'Caption khusus' },
      { channelId: 'website', format: 'article', captionOverride: 'Caption khusus' },
    ]);
    // An Instagram "feed" post with two photos was a carousel in all but name.
    expect(posts.get('b')!.channels.map((c) => c.format)).toEqual(['carousel', 'story']);
    expect(posts.get('c')!.channels.map((c) => c.format)).toEqual(['story']);
    // The calendar's copy follows, in the same order.
    expect(db.prepare("SELECT channel_summary FROM posts WHERE id = 'a'").get()).toEqual({
      channel_summary: JSON.stringify([
        ['instagram', 'feed'],
        ['facebook', 'post'],
        ['x', 'post'],
        ['tiktok', 'photo'],
        ['youtube', 'short'],
        ['website', 'article'],
      ]),
    });
    // The new formats are allowed, nonsense still is not, and deleting a post still cascades.
    db.prepare("UPDATE post_channels SET format = 'post' WHERE channel_id = 'facebook'").run();
    expect(() =>
      db.prepare("UPDATE post_channels SET format = 'tweet' WHERE channel_id = 'x'").run(),
    ).toThrow(/CHECK/);
    db.prepare("DELETE FROM post_assets WHERE post_id = 'b'").run();
    db.prepare("DELETE FROM posts WHERE id = 'b'").run();
    expect(db.prepare("SELECT count(*) AS n FROM post_channels WHERE post_id = 'b'").get()).toEqual(
      { n: 0 },
    );
    db.close();
  });
});
