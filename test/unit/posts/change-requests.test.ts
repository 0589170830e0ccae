import { describe, expect, it } from 'vitest';
import { useOffice } from './fixture';

/**
 * Issue 12, item 4: the reason of the last "Minta revisi" travels with the month's summaries
 * (chip tooltip, agenda row), only while the post is "Perlu revisi".
 */
const office = useOffice();

describe('change request reasons in the calendar lists', () => {
  it('carries the last reason while changes are requested, and drops it once revised', async () => {
    const { call, people, channels } = await office();
    const other = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Hari Ibu',
      schedule: { date: '2026-12-22', time: '07:00' },
    });
    let post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Hari Bela Negara',
      channels: [{ channelId: channels.x.id, format: 'feed' }],
      schedule: { date: '2026-12-19', time: '08:00' },
    });
    const ask = async (comment: string) => {
      post = await call('posts.transition', {
        id: post.id,
        version: post.version,
        actorId: people.rina.id,
        action: 'submit',
        acknowledgeWarnings: true,
      });
      post = await call('posts.transition', {
        id: post.id,
        version: post.version,
        actorId: people.bambang.id,
        action: 'request_changes',
        comment,
      });
    };
    await ask('Tambahkan logo.');
    post = await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      action: 'revise',
    });
    await ask('Jamnya salah, mestinya 09.00.');

    const month = () => call('posts.range', { from: '2026-12-01', to: '2026-12-31', filter: {} });
    const byId = new Map((await month()).map((summary) => [summary.id, summary]));
    expect(byId.get(post.id)?.changeRequest).toBe('Jamnya salah, mestinya 09.00.');
    expect(byId.get(other.id)?.changeRequest).toBeUndefined();
    const found = await call('posts.search', { query: 'Bela', filter: {}, limit: 10 });
    expect(found[0]?.changeRequest).toBe('Jamnya salah, mestinya 09.00.');

    await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      action: 'revise',
    });
    const revised = (await month()).find((summary) => summary.id === post.id);
    expect(revised?.changeRequest).toBeUndefined();
  });

  it('carries the reason of the newest request on an idea too, from the month query itself', async () => {
    const { call, people } = await office();
    let idea = await call('posts.create', { actorId: people.rina.id, title: 'Ide lomba foto' });
    for (const comment of ['Pertama.', 'Kedua, yang terakhir.']) {
      idea = await call('posts.transition', {
        id: idea.id,
        version: idea.version,
        actorId: people.rina.id,
        action: 'submit',
        acknowledgeWarnings: true,
      });
      idea = await call('posts.transition', {
        id: idea.id,
        version: idea.version,
        actorId: people.bambang.id,
        action: 'request_changes',
        comment,
      });
      if (comment === 'Pertama.') {
        idea = await call('posts.transition', {
          id: idea.id,
          version: idea.version,
          actorId: people.rina.id,
          action: 'revise',
        });
      }
    }
    const ideas = await call('posts.ideas', { filter: {} });
    expect(ideas.find((s) => s.id === idea.id)?.changeRequest).toBe('Kedua, yang terakhir.');
  });
});
