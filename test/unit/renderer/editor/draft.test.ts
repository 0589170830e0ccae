import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../../src/shared/domain/channels';
import { checkPostAgainstLimits } from '../../../../src/shared/domain/platform-limits';
import type { Post } from '../../../../src/shared/domain/posts';
import {
  attachAssets,
  blankDraft,
  captionHashtags,
  changedContent,
  detachAsset,
  draftContent,
  draftFromPost,
  isDirty,
  limitsInput,
  maxAttachments,
  moveAsset,
  normaliseTime,
  seriesPatch,
  toggleChannel,
  uniqueTags,
  updateChannel,
} from '../../../../src/renderer/features/editor/draft';
import { platformLimits } from '../../../../src/renderer/features/editor/limits';

const ids = {
  post: '11111111-1111-4111-8111-111111111111',
  instagram: '22222222-2222-4222-8222-222222222222',
  x: '33333333-3333-4333-8333-333333333333',
  person: '44444444-4444-4444-8444-444444444444',
};

const channel = (id: string, platform: Channel['platform'], name: string): Channel => ({
  id,
  platform,
  name,
  handle: '',
  color: '#000000',
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const instagram = channel(ids.instagram, 'instagram', 'Humas IG');
const x = channel(ids.x, 'x', 'Humas X');

function post(overrides: Partial<Post> = {}): Post {
  return {
    id: ids.post,
    title: 'Layanan KTP keliling',
    brief: '',
    caption: 'Datang ke kecamatan #Dukcapil',
    link: '',
    firstComment: '',
    hashtags: ['Sleman'],
    tags: ['dukcapil'],
    campaignId: null,
    assigneeId: ids.person,
    channels: [
      { channelId: ids.instagram, format: 'carousel', captionOverride: null },
      { channelId: ids.x, format: 'feed', captionOverride: 'Versi pendek' },
    ],
    assetIds: [],
    status: 'approved',
    // 23:30 in Jayapura (WIT, UTC+9) on the last day of November is 14:30 UTC.
    scheduledAt: '2026-11-30T14:30:00.000Z',
    timeZone: 'Asia/Jayapura',
    submittedBy: null,
    checkedBy: null,
    checkedAt: null,
    approvedBy: null,
    approvedAt: null,
    permalink: '',
    publishedAt: null,
    seriesId: null,
    createdBy: ids.person,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    deletedAt: null,
    version: 3,
    ...overrides,
  };
}

describe('the editor draft', () => {
  it('reads the schedule in the office zone, so 23:30 WIT stays on the last day of the month', () => {
    const draft = draftFromPost(post(), 'Asia/Jayapura', '09:00');
    expect(draft.date).toBe('2026-11-30');
    expect(draft.time).toBe('23:30');
    // The same instant in Jakarta (WIB) is 21:30 on the same day.
    expect(draftFromPost(post(), 'Asia/Jakarta', '09:00').time).toBe('21:30');
  });

  it('turns an idea into an empty date with the default time, and back into a null schedule', () => {
    const draft = draftFromPost(
      post({ scheduledAt: null, timeZone: null }),
      'Asia/Jakarta',
      '10:15',
    );
    expect(draft.date).toBe('');
    expect(draft.time).toBe('10:15');
    expect(draftContent(draft).schedule).toBeNull();
  });

  it('keeps a channel’s own caption only when it is ticked and not blank', () => {
    const draft = draftFromPost(post(), 'Asia/Jakarta', '09:00');
    expect(draft.channels[1]).toMatchObject({ ownCaption: true, captionOverride: 'Versi pendek' });
    const blanked = updateChannel(draft, ids.x, { captionOverride: '   ' });
    expect(draftContent(blanked).channels?.[1]?.captionOverride).toBeNull();
    const unticked = updateChannel(draft, ids.x, { ownCaption: false });
    expect(draftContent(unticked).channels?.[1]?.captionOverride).toBeNull();
  });

  it('sends only what changed, so an untouched approved post is not sent back to draft', () => {
    const original = draftFromPost(post(), 'Asia/Jakarta', '09:00');
    expect(changedContent(original, original)).toEqual({});
    expect(isDirty(original, { ...original })).toBe(false);

    const retitled = { ...original, brief: 'Narasumber: Kadis' };
    expect(changedContent(original, retitled)).toEqual({ brief: 'Narasumber: Kadis' });

    const moved = { ...original, time: '08:00' };
    expect(changedContent(original, moved)).toEqual({
      schedule: { date: '2026-11-30', time: '08:00' },
    });
  });

  it('treats a repeated hashtag or tag in another case as no change', () => {
    const original = draftFromPost(post(), 'Asia/Jakarta', '09:00');
    const same = { ...original, hashtags: ['Sleman', 'sleman'], tags: ['dukcapil', ' Dukcapil '] };
    expect(changedContent(original, same)).toEqual({});
    expect(uniqueTags(['a', ' A ', '', 'b'])).toEqual(['a', 'b']);
  });

  it('leaves the schedule out of a whole-series patch', () => {
    const original = draftFromPost(post(), 'Asia/Jakarta', '09:00');
    const changed = { ...original, title: 'Baru', date: '2026-12-01' };
    expect(seriesPatch(original, changed)).toEqual({ title: 'Baru' });
  });

  it('ticks a channel with its platform’s usual format and unticks it again', () => {
    const draft = blankDraft({ defaultTime: '09:00', date: '2026-11-12' });
    const withX = toggleChannel(draft, x, true);
    expect(withX.channels).toEqual([
      { channelId: ids.x, format: 'post', ownCaption: false, captionOverride: '' },
    ]);
    expect(toggleChannel(withX, x, true)).toBe(withX);
    expect(toggleChannel(withX, x, false).channels).toEqual([]);
  });

  it('lists caption hashtags that the hashtag field does not hold yet', () => {
    const draft = draftFromPost(
      post({ caption: 'Ayo #Dukcapil #sleman http://a.id/#x' }),
      'Asia/Jakarta',
      '09:00',
    );
    expect(captionHashtags(draft)).toEqual(['Dukcapil']);
  });

  it('feeds the limits check: a 300-character X caption gets a warning, Instagram does not', () => {
    const draft = {
      ...toggleChannel(
        toggleChannel(blankDraft({ defaultTime: '09:00' }), instagram, true),
        x,
        true,
      ),
      caption: 'a'.repeat(300),
    };
    const warnings = checkPostAgainstLimits(limitsInput(draft, [instagram, x]), platformLimits);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      channelId: ids.x,
      kind: 'caption_length',
      limit: 280,
      actual: 300,
    });
    expect(warnings[0]?.source).toBeTruthy();
  });

  it('leaves unknown channels out of the limits check', () => {
    const draft = toggleChannel(blankDraft({ defaultTime: '09:00' }), x, true);
    expect(limitsInput(draft, []).channels).toEqual([]);
  });

  it('reads times as offices type them, 24-hour', () => {
    expect(normaliseTime('09:30')).toBe('09:30');
    expect(normaliseTime('9.30')).toBe('09:30');
    expect(normaliseTime('930')).toBe('09:30');
    expect(normaliseTime('1945')).toBe('19:45');
    expect(normaliseTime(' 7 ')).toBe('07:00');
    expect(normaliseTime('23:59')).toBe('23:59');
    for (const bad of ['24:00', '12:60', '7pm', '', '12:3', '123456'])
      expect(normaliseTime(bad), bad).toBeNull();
  });

  it('attaches assets in order, skips ones already there, reorders and detaches; saving sends the order', () => {
    const original = blankDraft({ defaultTime: '09:00' });
    let draft = attachAssets(original, ['a', 'b']);
    draft = attachAssets(draft, ['b', 'c', 'c']);
    expect(draft.assetIds).toEqual(['a', 'b', 'c']);
    expect(attachAssets(draft, ['a'])).toBe(draft);
    draft = moveAsset(draft, 2, 0);
    expect(draft.assetIds).toEqual(['c', 'a', 'b']);
    expect(moveAsset(draft, 0, -1)).toBe(draft);
    expect(moveAsset(draft, 1, 99).assetIds).toEqual(['c', 'b', 'a']);
    expect(changedContent(original, draft)).toEqual({ assetIds: ['c', 'a', 'b'] });
    draft = detachAsset(draft, 'a');
    expect(draft.assetIds).toEqual(['c', 'b']);
    // Only the order changed: still a change worth sending.
    expect(changedContent(attachAssets(original, ['b', 'c']), draft)).toEqual({
      assetIds: ['c', 'b'],
    });
    expect(changedContent(draft, { ...draft, assetIds: [...draft.assetIds] })).toEqual({});
  });

  it('never attaches more than the API accepts', () => {
    const many = Array.from({ length: maxAttachments + 5 }, (_, i) => `asset-${i}`);
    expect(attachAssets(blankDraft({ defaultTime: '09:00' }), many).assetIds).toHaveLength(
      maxAttachments,
    );
  });
});
