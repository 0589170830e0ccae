import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyticsRepository } from '../../../src/main/db/repositories/analytics';
import { useTempDir } from '../helpers';
import { createApproved, useOffice } from '../posts/fixture';

const office = useOffice();
const files = useTempDir();
type Setup = Awaited<ReturnType<typeof office>>;

/** figure_latest as stored, and as the GROUP BY the report used before it picks it. */
function latestBothWays(setup: Setup) {
  const db = setup.app.db;
  const stored = db
    .prepare(
      `SELECT post_id, channel_id, as_of, views, reach, likes, comments, shares, saves
         FROM figure_latest ORDER BY post_id, channel_id`,
    )
    .all();
  const grouped = db
    .prepare(
      `SELECT post_id, channel_id, max(as_of) AS as_of, views, reach, likes, comments, shares, saves
         FROM figure_snapshots INDEXED BY figure_snapshots_latest
        WHERE post_id IS NOT NULL GROUP BY post_id, channel_id ORDER BY post_id, channel_id`,
    )
    .all();
  return { stored, grouped };
}

function expectLatestKept(setup: Setup) {
  const { stored, grouped } = latestBothWays(setup);
  expect(stored).toEqual(grouped);
  return stored as { as_of: string; views: number | null }[];
}

const approvedPost = (setup: Setup) =>
  createApproved(setup, {
    title: 'Jalan sehat',
    caption: 'Jalan sehat HUT Kabupaten Contoh, ayo ikut!',
    channels: [setup.channels.instagram.id, setup.channels.x.id].map((channelId) => ({
      channelId,
      format: 'post' as const,
    })),
    schedule: { date: '2026-12-01', time: '09:00' },
  });

const exportFile = (name: string, views: number) => {
  const file = join(files(), name);
  writeFileSync(
    file,
    'Post ID,Publish time,Permalink,Description,Views\n' +
      `1784,12/01/2026 09:00,https://www.instagram.com/p/JLN001/,Jalan sehat HUT Kabupaten Contoh,${views}\n` +
      `1785,11/20/2026 10:00,https://www.instagram.com/p/LAIN01/,Di luar rencana,${views}\n`,
  );
  return file;
};

describe('figure_latest (migration 21) is kept with every snapshot', () => {
  it('through an import, its re-import, a newer export, and figures typed in', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const post = await approvedPost(setup);
    // The office's Instagram export, saved as `name`, with the post's views, as of a day.
    const importExport = (name: string, views: number, asOf: string) =>
      call('analytics.import', {
        actorId: people.bambang.id,
        path: exportFile(name, views),
        platform: 'instagram',
        asOf,
      });
    const imported = await importExport('ig.csv', 1000, '2026-12-10');
    expect(imported.counts).toMatchObject({ matched: 1, unmatched: 1 });
    expect(expectLatestKept(setup)).toMatchObject([{ as_of: '2026-12-10', views: 1000 }]);

    // The same file again writes nothing; a newer export of the same figures writes nothing.
    await importExport('ig.csv', 1000, '2026-12-11');
    expect(expectLatestKept(setup)).toMatchObject([{ as_of: '2026-12-10', views: 1000 }]);

    // A newer export with other figures: the later day wins.
    await importExport('ig-later.csv', 1500, '2026-12-17');
    expect(expectLatestKept(setup)).toMatchObject([{ as_of: '2026-12-17', views: 1500 }]);

    // Figures typed in for an earlier day do not replace the later import…
    const typed = (asOf: string, views: number) =>
      call('figures.set', {
        actorId: people.bambang.id,
        postId: post.id,
        channelId: channels.instagram.id,
        asOf,
        figures: { views },
      });
    await typed('2026-12-12', 9);
    expect(expectLatestKept(setup)).toMatchObject([{ as_of: '2026-12-17', views: 1500 }]);
    // …on the same day they tie with it and the pick is the report's old one…
    await typed('2026-12-17', 7);
    expect(expectLatestKept(setup)).toMatchObject([{ as_of: '2026-12-17', views: 7 }]);
    // …and typed in again for that day they replace what was typed.
    await typed('2026-12-17', 2000);
    expect(expectLatestKept(setup)).toMatchObject([{ as_of: '2026-12-17', views: 1500 }]);
    // A later day on the other channel adds its own row.
    await call('publications.mark', {
      actorId: people.bambang.id,
      items: [{ postId: post.id, channelId: channels.x.id }],
    });
    await call('figures.set', {
      actorId: people.bambang.id,
      postId: post.id,
      channelId: channels.x.id,
      asOf: '2026-12-20',
      figures: { views: 30, likes: 2 },
    });
    expect(expectLatestKept(setup)).toHaveLength(2);

    // The post deleted for good takes its rows with it.
    setup.app.db.pragma('foreign_keys = ON');
    setup.app.db.prepare('DELETE FROM posts WHERE id = ?').run(post.id);
    expect(expectLatestKept(setup)).toEqual([]);
  });

  it('rebuildLatest picks the same rows from snapshots written around the repository', async () => {
    const setup = await office();
    await approvedPost(setup);
    const db = setup.app.db;
    const post = db.prepare('SELECT id FROM posts').get() as { id: string };
    const channel = setup.channels.instagram.id;
    const insert = db.prepare(
      `INSERT INTO figure_snapshots (post_id, channel_id, as_of, source, views, recorded_at)
       VALUES (?, ?, ?, ?, ?, '2026-12-01T00:00:00.000Z')`,
    );
    insert.run(post.id, channel, '2026-12-03', 'import', 50);
    insert.run(post.id, channel, '2026-12-03', 'manual', 40);
    insert.run(post.id, channel, '2026-12-01', 'manual', 90);
    expect(latestBothWays(setup).stored).toEqual([]);
    analyticsRepository(db).rebuildLatest();
    expect(expectLatestKept(setup)).toMatchObject([{ as_of: '2026-12-03', views: 40 }]);
  });
});

describe('an import on channels marked already', () => {
  const marked = (setup: Setup, postId: string) =>
    setup.app.db
      .prepare(
        `SELECT channel_id, published_at, permalink, platform_post_id, source, marked_by
           FROM channel_publications WHERE post_id = ? ORDER BY channel_id`,
      )
      .all(postId);

  it('fills in the platform id and a missing link, and keeps when, how and by whom', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const post = await approvedPost(setup);
    await call('publications.mark', {
      actorId: people.bambang.id,
      items: [
        {
          postId: post.id,
          channelId: channels.instagram.id,
          permalink: 'https://www.instagram.com/p/JLN001/',
        },
        { postId: post.id, channelId: channels.x.id },
      ],
    });
    const before = marked(setup, post.id) as Record<string, unknown>[];
    await call('analytics.import', {
      actorId: people.rina.id,
      path: exportFile('ig.csv', 1000),
      platform: 'instagram',
      asOf: '2026-12-10',
    });
    expect(marked(setup, post.id)).toEqual(
      before.map((row) =>
        row.channel_id === channels.instagram.id ? { ...row, platform_post_id: '1784' } : row,
      ),
    );
  });

  it('adds the link to a channel marked without one', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const post = await approvedPost(setup);
    await call('publications.mark', {
      actorId: people.bambang.id,
      items: [{ postId: post.id, channelId: channels.instagram.id }],
    });
    const [before] = marked(setup, post.id) as Record<string, unknown>[];
    await call('analytics.import', {
      actorId: people.rina.id,
      path: exportFile('ig.csv', 1000),
      platform: 'instagram',
      asOf: '2026-12-10',
    });
    expect(marked(setup, post.id)).toEqual([
      {
        ...before,
        permalink: 'https://www.instagram.com/p/JLN001/',
        platform_post_id: '1784',
      },
    ]);
  });
});
