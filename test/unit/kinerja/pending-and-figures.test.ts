import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApproved, useOffice } from '../posts/fixture';

/**
 * Issue 15's gaps on the main side: the uncertain rows left from earlier imports as the
 * "Perlu dicocokkan" list reads them (file, platform, channel, day, caption, candidates with
 * their schedule), settled one by one or a selection at once; and the figures typed in by hand
 * read back for the editor's "Terbit" section.
 */

const office = useOffice();
type Setup = Awaited<ReturnType<typeof office>>;
const fixture = (name: string) => join(__dirname, '../../fixtures/analytics', name);

const approved = (setup: Setup, title: string, caption: string, date: string, time: string) =>
  createApproved(setup, {
    title,
    caption,
    channels: [{ channelId: setup.channels.instagram.id, format: 'post' as const }],
    schedule: { date, time },
  });

/** Two posts on 5 December: the fixture's row 4 ("Rapat bersama camat…") may be either. */
async function twoMeetings(setup: Setup) {
  const meeting = await approved(
    setup,
    'Rapat koordinasi',
    'Rapat koordinasi camat',
    '2026-12-05',
    '09:00',
  );
  const review = await approved(
    setup,
    'Rapat evaluasi',
    'Rapat evaluasi program',
    '2026-12-05',
    '14:00',
  );
  await setup.call('analytics.import', {
    actorId: setup.people.bambang.id,
    path: fixture('meta-instagram.csv'),
    asOf: '2026-12-10',
  });
  return { meeting, review };
}

describe('Perlu dicocokkan: uncertain rows of earlier imports', () => {
  it('lists each waiting row with its file, platform, channel, day, caption and candidates', async () => {
    const setup = await office();
    const { meeting, review } = await twoMeetings(setup);
    const pending = await setup.call('analytics.pending', {});
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      fileName: 'meta-instagram.csv',
      platform: 'instagram',
      channelId: setup.channels.instagram.id,
      channelName: 'IG Pemkab',
      row: 4,
      day: '2026-12-05',
      caption: 'Rapat bersama camat se-kabupaten',
    });
    expect(pending[0]!.importedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect([...pending[0]!.candidates].sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { postId: review.id, title: 'Rapat evaluasi', scheduledAt: '2026-12-05T07:00:00.000Z' },
      { postId: meeting.id, title: 'Rapat koordinasi', scheduledAt: '2026-12-05T02:00:00.000Z' },
    ]);
  });

  it('settles a selection at once as published outside the plan, and says how many', async () => {
    const setup = await office();
    await twoMeetings(setup);
    const pending = await setup.call('analytics.pending', {});
    const before = setup.app.db
      .prepare('SELECT count(*) AS n FROM unplanned_publications')
      .get() as { n: number };
    const reply = await setup.call('analytics.resolveMany', {
      actorId: setup.people.rina.id,
      ids: [pending[0]!.id],
      target: 'unplanned',
    });
    expect(reply).toEqual({ resolved: 1 });
    expect(await setup.call('analytics.pending', {})).toEqual([]);
    expect(setup.app.db.prepare('SELECT count(*) AS n FROM unplanned_publications').get()).toEqual({
      n: before.n + 1,
    });
    // Settled already (a colleague was quicker): counted as nothing, no error.
    expect(
      await setup.call('analytics.resolveMany', {
        actorId: setup.people.rina.id,
        ids: [pending[0]!.id],
        target: 'skip',
      }),
    ).toEqual({ resolved: 0 });
  });
});

describe('figures.get: what the editor shows in its figure fields', () => {
  it('gives the latest figures typed in per channel, and the latest imported ones beside them', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const { meeting } = await twoMeetings(setup);
    expect(await call('figures.get', { postId: meeting.id })).toEqual([]);

    await call('figures.set', {
      actorId: people.rina.id,
      postId: meeting.id,
      channelId: channels.instagram.id,
      asOf: '2026-12-11',
      figures: { views: 100, likes: 7 },
    });
    await call('figures.set', {
      actorId: people.rina.id,
      postId: meeting.id,
      channelId: channels.instagram.id,
      asOf: '2026-12-12',
      figures: { views: 150, reach: 120, likes: 9 },
    });
    const pending = await call('analytics.pending', {});
    await call('analytics.resolve', {
      actorId: people.bambang.id,
      id: pending[0]!.id,
      target: { postId: meeting.id },
    });
    expect(await call('figures.get', { postId: meeting.id })).toEqual([
      {
        channelId: channels.instagram.id,
        manual: {
          asOf: '2026-12-12',
          figures: { views: 150, reach: 120, likes: 9, comments: null, shares: null, saves: null },
        },
        imported: {
          asOf: '2026-12-10',
          figures: { views: 2300, reach: 1950, likes: 120, comments: 5, shares: 2, saves: 1 },
        },
      },
    ]);
  });

  it('names a post that does not exist', async () => {
    const setup = await office();
    const error = await setup.fail('figures.get', {
      postId: '00000000-0000-4000-8000-000000000000',
    });
    expect(error).toMatchObject({ code: 'not_found', field: 'postId' });
  });
});
