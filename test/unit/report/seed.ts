import type { MethodName, RequestOf, ResponseOf } from '../../../src/shared/api/contract';
import type { Channel } from '../../../src/shared/domain/channels';
import type { Person } from '../../../src/shared/domain/people';
import { createApproved } from '../posts/approve';

/** What the seed needs of an office: the unit tests' `useOffice`, or the e2e host's. */
export interface SeedOffice {
  call<M extends MethodName>(
    method: M,
    request: RequestOf<M> & { actorId?: string | null },
  ): Promise<ResponseOf<M>>;
  people: { rina: Person; bambang: Person };
  channels: { instagram: Channel; x: Channel };
}

/**
 * A small December 2026 for the report's exports, entered through the API as an office would:
 * three posts on Instagram and X (one published late on X, one not yet on X), one November
 * post for the previous period, figures, followers, targets and the print settings.
 * Figures worked out by hand: 3 planned posts, 6 planned channels, 5 published (4 on time =
 * 80%), Instagram views 12.400 + 3.000 = 15.400, engagement 620 + 230 = 850.
 */
export async function seedDecember(office: SeedOffice) {
  const { call, people, channels } = office;
  await call('settings.update', {
    officeName: 'Dinas Komunikasi dan Informatika Kabupaten Contoh',
    printDocument: {
      letterhead: [
        'PEMERINTAH KABUPATEN CONTOH',
        'DINAS KOMUNIKASI DAN INFORMATIKA',
        'Jl. Merdeka No. 1, Contoh 12345',
      ],
      place: 'Contoh',
      signers: [
        {
          role: 'Mengetahui',
          position: 'Kepala Bagian Protokol dan Komunikasi Pimpinan',
          name: 'Dra. Sri Wahyuni, M.Si.',
          nip: '197001012000032001',
        },
      ],
    },
  });
  const pillar = await call('campaigns.create', { name: 'Layanan publik', color: '#2563eb' });
  const both = [
    { channelId: channels.instagram.id, format: 'feed' as const },
    { channelId: channels.x.id, format: 'post' as const },
  ];
  const approved = (title: string, date: string, campaignId: string | null) =>
    createApproved(office, {
      title,
      caption: `${title}: informasi untuk warga`,
      channels: both,
      schedule: { date, time: '09:00' },
      campaignId,
    });
  const november = await approved('Hari Guru Nasional', '2026-11-25', pillar.id);
  const walk = await approved('Jalan sehat HUT Kabupaten', '2026-12-01', pillar.id);
  const vaccine = await approved('Vaksinasi anak sekolah', '2026-12-10', null);
  const festival = await approved('Festival pantai', '2026-12-20', pillar.id);
  const mark = (postId: string, channelId: string, publishedAt: string) =>
    call('publications.mark', {
      actorId: people.bambang.id,
      items: [{ postId, channelId, publishedAt }],
    });
  // 09.00 WIB is 02.00 UTC.
  await mark(november.id, channels.instagram.id, '2026-11-25T02:00:00.000Z');
  await mark(walk.id, channels.instagram.id, '2026-12-01T02:10:00.000Z');
  await mark(walk.id, channels.x.id, '2026-12-01T06:00:00.000Z'); // four hours late
  await mark(vaccine.id, channels.instagram.id, '2026-12-10T02:00:00.000Z');
  await mark(vaccine.id, channels.x.id, '2026-12-10T02:05:00.000Z');
  await mark(festival.id, channels.instagram.id, '2026-12-20T02:00:00.000Z'); // X not yet
  await call('figures.set', {
    actorId: people.bambang.id,
    postId: walk.id,
    channelId: channels.instagram.id,
    asOf: '2026-12-15',
    figures: { views: 12400, reach: 9000, likes: 500, comments: 60, shares: 40, saves: 20 },
  });
  await call('figures.set', {
    actorId: people.bambang.id,
    postId: vaccine.id,
    channelId: channels.instagram.id,
    asOf: '2026-12-15',
    figures: { views: 3000, reach: 2500, likes: 200, comments: 10, shares: 10, saves: 10 },
  });
  await call('followers.set', {
    actorId: people.bambang.id,
    channelId: channels.instagram.id,
    month: '2026-11',
    followers: 10000,
  });
  await call('followers.set', {
    actorId: people.bambang.id,
    channelId: channels.instagram.id,
    month: '2026-12',
    followers: 10500,
  });
  await call('targets.set', {
    actorId: people.bambang.id,
    year: 2026,
    channels: [
      {
        channelId: channels.instagram.id,
        postsPerMonth: 4,
        engagementRate: 0.05,
        followerGrowth: 0.02,
      },
    ],
    pillars: [{ campaignId: pillar.id, share: 0.6 }],
  });
  return { pillar, posts: { november, walk, vaccine, festival } };
}
