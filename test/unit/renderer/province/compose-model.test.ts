import { describe, expect, it } from 'vitest';
import {
  captionMeasure,
  itemDraft,
  missingOf,
  newPackDraft,
  nextVersionDraft,
  parseHashtags,
  sendRequest,
  type SentPack,
} from '../../../../src/renderer/features/province/compose-model';

const itemId = '0190f0a0-0000-7000-8000-000000000001';
const sent: SentPack = {
  sentAt: '2026-12-01T01:00:00.000Z',
  recipients: ['73.06', '73.09'],
  pack: {
    packId: '0190f0a0-0000-7000-8000-0000000000ff',
    version: 2,
    title: 'Hari Bela Negara 2026',
    instructions: 'Unggah di kanal resmi.',
    deadline: '2026-12-19T09:00:00.000Z',
    sentAt: '2026-12-01T01:00:00.000Z',
    items: [
      {
        itemId,
        title: 'Upacara',
        suggestedDate: '2026-12-19',
        suggestedTime: '07:30',
        platforms: [{ platform: 'x', format: 'post', caption: 'Upacara bela negara.' }],
        hashtags: ['HariBelaNegara', '#Sulsel'],
        instructions: '',
        media: [],
      },
    ],
  },
};

describe('the pack composer’s draft', () => {
  it('reads typed hashtags: with or without #, commas or spaces, duplicates and non-tags dropped', () => {
    expect(parseHashtags('#BelaNegara, sulsel #belanegara 2026 #HUT_RI  ')).toEqual([
      'BelaNegara',
      'sulsel',
      'HUT_RI',
    ]);
  });

  it('makes the next version with the same item ids, recipients and the deadline in the office zone', () => {
    const draft = nextVersionDraft(sent, 'Asia/Makassar');
    expect(draft).toMatchObject({
      packId: sent.pack.packId,
      version: 3,
      deadlineDate: '2026-12-19',
      deadlineTime: '17:00',
      recipients: ['73.06', '73.09'],
    });
    expect(draft.items[0]).toMatchObject({ itemId, hashtags: '#HariBelaNegara #Sulsel' });
    const request = sendRequest(draft, 'Asia/Makassar');
    expect(request.packId).toBe(sent.pack.packId);
    expect(request.deadline).toBe('2026-12-19T09:00:00.000Z');
    expect(request.items[0]).toMatchObject({ itemId, hashtags: ['HariBelaNegara', 'Sulsel'] });
  });

  it('says the first thing missing before asking to send', () => {
    const fresh = newPackDraft('Asia/Jakarta');
    expect(sendRequest({ ...fresh, title: 'x', items: [] }, 'Asia/Jakarta').packId).toBeUndefined();
    expect(missingOf(fresh)).toBe('title');
    const titled = { ...fresh, title: 'Hari Bela Negara' };
    expect(missingOf(titled)).toBe('items');
    expect(missingOf({ ...titled, deadlineTime: '8' })).toBe('deadline');
    expect(missingOf({ ...titled, recipients: [] })).toBe('recipients');
    const item = itemDraft(sent.pack.items[0]!);
    expect(missingOf({ ...titled, items: [item] })).toBeNull();
    expect(missingOf({ ...titled, items: [{ ...item, time: '' }] })).toBe('itemWhen');
    expect(missingOf({ ...titled, items: [{ ...item, title: ' ' }] })).toBe('itemTitle');
  });

  it('counts a caption as the platform does, hashtags included, against its limit', () => {
    const item = itemDraft(sent.pack.items[0]!);
    // "Upacara bela negara." (20) + "\n\n#HariBelaNegara #Sulsel" (25), against X's 280.
    expect(captionMeasure(sent.pack.items[0]!.platforms[0]!, item)).toEqual({
      actual: 45,
      limit: 280,
    });
  });
});
