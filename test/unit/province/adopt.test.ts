import { describe, expect, it } from 'vitest';
import { postCreateSchema } from '../../../src/shared/domain/posts';
import { draftFromPackItem } from '../../../src/shared/domain/province-adopt';
import type { PackItem } from '../../../src/shared/domain/province-pack';

const item: PackItem = {
  itemId: '0190f0a0-0000-7000-8000-000000000001',
  title: 'Selamat Hari Bela Negara',
  suggestedDate: '2026-12-19',
  suggestedTime: null,
  platforms: [
    { platform: 'instagram', format: 'feed', caption: 'Bela negara dimulai dari hal kecil.' },
    { platform: 'facebook', format: 'post', caption: 'Bela negara dimulai dari hal kecil.' },
    { platform: 'tiktok', format: 'video', caption: 'Video ajakan bela negara' },
    { platform: 'x', format: 'post', caption: 'Bela negara: mulai hari ini.' },
  ],
  hashtags: ['#HariBelaNegara'],
  instructions: 'Gunakan logo daerah masing-masing.',
  media: [],
};

const channels = [
  { id: '0190f0a0-0000-7000-8000-0000000000a1', platform: 'instagram' as const },
  { id: '0190f0a0-0000-7000-8000-0000000000a2', platform: 'facebook' as const },
  { id: '0190f0a0-0000-7000-8000-0000000000a3', platform: 'x' as const },
  { id: '0190f0a0-0000-7000-8000-0000000000a4', platform: 'x' as const },
];

describe('adopting a pack item', () => {
  const { post, missingPlatforms } = draftFromPackItem(item, 'Hari Bela Negara 2026', channels, []);

  it('becomes a valid draft on the suggested day, at the morning slot when no time was suggested', () => {
    expect(postCreateSchema.safeParse(post).success).toBe(true);
    expect(post.schedule).toEqual({ date: '2026-12-19', time: '08:00' });
    expect(post.brief).toBe(
      'Paket dari Provinsi: Hari Bela Negara 2026\nGunakan logo daerah masing-masing.',
    );
    expect(post.hashtags).toEqual(['#HariBelaNegara']);
  });

  it("keeps each platform's caption, as an override only where it differs from the first", () => {
    expect(post.caption).toBe('Bela negara dimulai dari hal kecil.');
    expect(post.channels).toEqual([
      { channelId: channels[0]!.id, format: 'feed', captionOverride: null },
      { channelId: channels[1]!.id, format: 'post', captionOverride: null },
      {
        channelId: channels[2]!.id,
        format: 'post',
        captionOverride: 'Bela negara: mulai hari ini.',
      },
      {
        channelId: channels[3]!.id,
        format: 'post',
        captionOverride: 'Bela negara: mulai hari ini.',
      },
    ]);
  });

  it('reports a suggested platform the office has no channel for', () => {
    expect(missingPlatforms).toEqual(['tiktok']);
  });
});
