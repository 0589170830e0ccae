import type { ContentPack, PackItem } from '../../../src/shared/domain/province-pack';

/** The ids the province tests' pack uses unless told otherwise. */
export const packIds = {
  pack: '0190f0a0-0000-7000-8000-0000000000ff',
  ceremony: '0190f0a0-0000-7000-8000-000000000001',
  quote: '0190f0a0-0000-7000-8000-000000000002',
} as const;

/**
 * The pack the province tests send for Hari Bela Negara 2026: the ceremony (19 December at
 * 07.30, on Instagram) and a quote (20 December, no time), neither with hashtags, instructions
 * or media unless a test gives its own fields.
 */
export function belaNegaraPack(
  fields: {
    pack?: Partial<Omit<ContentPack, 'items'>>;
    ceremony?: Partial<PackItem>;
    quote?: Partial<PackItem>;
  } = {},
): ContentPack {
  const bare = { hashtags: [], instructions: '', media: [] };
  return {
    packId: packIds.pack,
    version: 1,
    title: 'Hari Bela Negara 2026',
    instructions: '',
    deadline: '2026-12-19T16:59:00.000Z',
    sentAt: '2026-12-01T01:00:00.000Z',
    ...fields.pack,
    items: [
      {
        itemId: packIds.ceremony,
        title: 'Upacara Hari Bela Negara',
        suggestedDate: '2026-12-19',
        suggestedTime: '07:30',
        platforms: [{ platform: 'instagram', format: 'feed', caption: 'Upacara.' }],
        ...bare,
        ...fields.ceremony,
      },
      {
        itemId: packIds.quote,
        title: 'Kutipan tokoh',
        suggestedDate: '2026-12-20',
        suggestedTime: null,
        platforms: [{ platform: 'instagram', format: 'feed', caption: 'Kutipan.' }],
        ...bare,
        ...fields.quote,
      },
    ],
  };
}
