import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../../shared/domain/channels';
import { parseLocalDate } from '../../shared/time';

/** What the kinerja part of the demo needs from seed-demo: its calls and what it made. */
export interface DemoKinerjaContext {
  /** A call as the approver (who may mark published, set targets and figures). */
  call<T = unknown>(method: string, request: unknown): Promise<T>;
  today: string;
  channels: { id: string; platform: Platform }[];
  campaignIds: string[];
  /** The month's posts in seed order, with their channels and the status seed-demo gave them. */
  posts: { id: string; status: string; channelIds: string[] }[];
}

/** A link of the demo office's account on each platform (never a real post). */
function demoLink(platform: Platform, n: number): string {
  switch (platform) {
    case 'instagram':
      return `https://www.instagram.com/p/DEMO${n}/`;
    case 'facebook':
      return `https://www.facebook.com/pemkabsukamaju/posts/${1000 + n}`;
    case 'x':
      return `https://x.com/humas_sukamaju/status/${1900000000000000000n + BigInt(n)}`;
    case 'tiktok':
      return `https://www.tiktok.com/@sukamajuhebat/video/${7300000000000000000n + BigInt(n)}`;
    case 'youtube':
      return `https://www.youtube.com/watch?v=DEMO${String(n).padStart(7, '0')}`;
    default:
      return `https://sukamajukab.go.id/berita/${n}`;
  }
}

/** Figures that look like a kabupaten account's: a few thousand views, a few percent engaging. */
function demoFigures(seed: number) {
  const views = 2400 + ((seed * 7919) % 9000);
  const reach = Math.round(views * 0.72);
  const likes = Math.round(reach * (0.03 + (seed % 5) / 100));
  return {
    views,
    reach,
    likes,
    comments: Math.round(likes / 12),
    shares: Math.round(likes / 9),
    saves: Math.round(likes / 15),
  };
}

/**
 * The kinerja part of the demo office, so the month's report opens full: what went out (the
 * published posts' figures, one post "Sebagian terbit"), an Instagram export imported with one
 * post published outside the plan, followers at the end of last month and this one, and the
 * year's targets with the IKU wording. Statuses stay as seed-demo set them (the export tests
 * count the approved posts).
 */
export async function seedDemoKinerja(context: DemoKinerjaContext): Promise<void> {
  const { call, today, channels, campaignIds, posts } = context;
  const platformOf = new Map(channels.map((c) => [c.id, c.platform]));
  const { year, month } = parseLocalDate(today);

  let n = 0;
  // One approved post went out on its first channel only: "Sebagian terbit".
  const partly = posts.find((post) => post.status === 'approved');
  for (const post of posts) {
    const marked =
      post.status === 'published'
        ? post.channelIds
        : post === partly
          ? post.channelIds.slice(0, 1)
          : [];
    if (post.status === 'approved' && marked.length > 0) {
      const channelId = marked[0]!;
      await call('publications.mark', {
        items: [
          { postId: post.id, channelId, permalink: demoLink(platformOf.get(channelId)!, ++n) },
        ],
      });
    }
    for (const channelId of marked) {
      await call('figures.set', {
        postId: post.id,
        channelId,
        asOf: today,
        figures: demoFigures(++n),
      });
    }
  }

  // Followers at the end of last month and of this one (growth shows in the report).
  const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  const current = `${year}-${String(month).padStart(2, '0')}`;
  for (const [index, channel] of channels.entries()) {
    if (channel.platform === 'website') continue;
    const base = 8000 + index * 6500;
    await call('followers.set', { channelId: channel.id, month: previous, followers: base });
    await call('followers.set', {
      channelId: channel.id,
      month: current,
      followers: base + 180 + index * 45,
    });
  }

  await call('targets.set', {
    year,
    channels: channels
      .filter((channel) => channel.platform !== 'website')
      .map((channel, index) => ({
        channelId: channel.id,
        postsPerMonth: index < 2 ? 12 : 8,
        engagementRate: 0.035,
        followerGrowth: 0.1,
      })),
    pillars: campaignIds.slice(0, 5).map((campaignId, index) => ({
      campaignId,
      share: [0.3, 0.25, 0.2, 0.15, 0.1][index]!,
    })),
    onTimeToleranceMinutes: 60,
    ikuWording: {
      posts: 'Jumlah publikasi informasi kinerja pemerintah daerah melalui media sosial resmi',
      engagement: 'Persentase keterlibatan (engagement rate) warganet pada media sosial resmi',
      followers: 'Persentase pertumbuhan pengikut akun media sosial resmi pemerintah daerah',
      pillars: 'Proporsi konten sesuai pilar komunikasi (narasi tunggal)',
    },
  });

  // An Instagram export of the month (Meta Business Suite's columns) with a post the plan
  // did not have: it comes in as "terbit di luar rencana".
  const instagram = channels.find((channel) => channel.platform === 'instagram');
  if (!instagram) return;
  const mm = String(month).padStart(2, '0');
  const csv = [
    'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves',
    `18000000000000901,17841400000000009,pemkabsukamaju,Pemkab Sukamaju,"Selamat pagi, warga Sukamaju! Info layanan akhir pekan",0,${mm}/01/${year} 07:15,https://www.instagram.com/p/DEMOLUAR1/,IG image,,Lifetime,"6,120","4,410",388,21,3,17,9`,
  ].join('\n');
  const folder = await mkdtemp(join(tmpdir(), 'linimasa-demo-'));
  try {
    const path = join(folder, `instagram-${year}-${mm}.csv`);
    await writeFile(path, csv);
    await call('analytics.import', { path, platform: 'instagram', asOf: today });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
