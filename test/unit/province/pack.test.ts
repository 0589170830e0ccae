import { describe, expect, it } from 'vitest';
import {
  contentPackSchema,
  packChanges,
  type ContentPack,
  type PackItem,
} from '../../../src/shared/domain/province-pack';

const hash = (digit: string) => digit.repeat(64);

function item(itemId: string, title: string, overrides: Partial<PackItem> = {}): PackItem {
  return {
    itemId,
    title,
    suggestedDate: '2026-12-19',
    suggestedTime: '08:00',
    platforms: [
      { platform: 'instagram', format: 'feed', caption: `${title} — Instagram` },
      { platform: 'facebook', format: 'post', caption: `${title} — Facebook` },
    ],
    hashtags: ['#BelaNegara'],
    instructions: '',
    media: [{ sha256: hash('a'), name: 'poster.jpg', bytes: 1200, mime: 'image/jpeg' }],
    ...overrides,
  };
}

const ids = {
  a: '0190f0a0-0000-7000-8000-000000000001',
  b: '0190f0a0-0000-7000-8000-000000000002',
  c: '0190f0a0-0000-7000-8000-000000000003',
  e: '0190f0a0-0000-7000-8000-000000000005',
};

function pack(version: number, items: PackItem[]): ContentPack {
  return {
    packId: '0190f0a0-0000-7000-8000-0000000000ff',
    version,
    title: 'Hari Bela Negara 2026',
    instructions: 'Wajib diunggah semua kabupaten/kota.',
    deadline: '2026-12-19T23:59:00.000Z',
    sentAt: '2026-12-01T02:00:00.000Z',
    items,
  };
}

describe('content pack', () => {
  it('accepts a well-formed pack', () => {
    expect(contentPackSchema.safeParse(pack(1, [item(ids.a, 'Upacara')])).success).toBe(true);
  });

  it('refuses an item that names a platform twice, two items with one id, and an empty pack', () => {
    const twice = item(ids.a, 'Upacara', {
      platforms: [
        { platform: 'instagram', format: 'feed', caption: 'satu' },
        { platform: 'instagram', format: 'reel', caption: 'dua' },
      ],
    });
    expect(contentPackSchema.safeParse(pack(1, [twice])).success).toBe(false);
    expect(
      contentPackSchema.safeParse(pack(1, [item(ids.a, 'Satu'), item(ids.a, 'Dua')])).success,
    ).toBe(false);
    expect(contentPackSchema.safeParse(pack(1, [])).success).toBe(false);
  });

  it('refuses media that is not named by a SHA-256', () => {
    const bad = item(ids.a, 'Upacara', {
      media: [{ sha256: 'abc', name: 'poster.jpg', bytes: 1, mime: 'image/jpeg' }],
    });
    expect(contentPackSchema.safeParse(pack(1, [bad])).success).toBe(false);
  });

  it('says item by item what version 2 changed', () => {
    const v1 = pack(1, [item(ids.a, 'Upacara'), item(ids.b, 'Kutipan'), item(ids.c, 'Video')]);
    const changedA = item(ids.a, 'Upacara Bela Negara', {
      platforms: [
        { platform: 'instagram', format: 'feed', caption: 'Keterangan baru' },
        { platform: 'facebook', format: 'post', caption: 'Upacara — Facebook' },
      ],
      media: [{ sha256: hash('b'), name: 'poster-2.jpg', bytes: 1300, mime: 'image/jpeg' }],
    });
    const v2 = pack(2, [changedA, item(ids.c, 'Video'), item(ids.e, 'Infografis')]);
    expect(packChanges(v1, v2)).toEqual([
      {
        kind: 'changed',
        itemId: ids.a,
        title: 'Upacara Bela Negara',
        fields: ['title', 'caption', 'media'],
        captionPlatforms: ['instagram'],
      },
      { kind: 'added', itemId: ids.e, title: 'Infografis' },
      { kind: 'removed', itemId: ids.b, title: 'Kutipan' },
    ]);
  });

  it('tells a changed platform list and time apart from a caption change', () => {
    const before = item(ids.a, 'Upacara');
    const after = item(ids.a, 'Upacara', {
      suggestedTime: '09:00',
      platforms: [{ platform: 'instagram', format: 'feed', caption: 'Upacara — Instagram' }],
      hashtags: ['#BelaNegara', '#Gowa'],
    });
    expect(packChanges(pack(1, [before]), pack(2, [after]))).toEqual([
      {
        kind: 'changed',
        itemId: ids.a,
        title: 'Upacara',
        fields: ['suggestedTime', 'platforms', 'hashtags'],
        captionPlatforms: [],
      },
    ]);
  });

  it('counts a new format for a platform as a change to that platform', () => {
    const before = item(ids.a, 'Upacara');
    const after = item(ids.a, 'Upacara', {
      platforms: [
        { platform: 'instagram', format: 'reel', caption: 'Upacara — Instagram' },
        { platform: 'facebook', format: 'post', caption: 'Upacara — Facebook' },
      ],
    });
    expect(packChanges(pack(1, [before]), pack(2, [after]))).toEqual([
      {
        kind: 'changed',
        itemId: ids.a,
        title: 'Upacara',
        fields: ['caption'],
        captionPlatforms: ['instagram'],
      },
    ]);
  });

  it('reports nothing when a version repeats the same items', () => {
    const items = [item(ids.a, 'Upacara'), item(ids.b, 'Kutipan')];
    expect(packChanges(pack(1, items), pack(2, items))).toEqual([]);
  });
});
