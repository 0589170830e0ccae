import { describe, expect, it } from 'vitest';
import {
  diffPost,
  postDifferenceSchema,
  postDiffFields,
  type PostVersion,
} from '../../../src/shared/domain/post-diff';

const ig = '11111111-1111-4111-8111-111111111111';
const fb = '22222222-2222-4222-8222-222222222222';
const person = '33333333-3333-4333-8333-333333333333';
const other = '44444444-4444-4444-8444-444444444444';
const sha = (c: string) => c.repeat(64);

const base: PostVersion = {
  title: 'Layanan KTP keliling',
  brief: 'Narasumber: Kadis',
  caption: 'Baris satu\nBaris dua',
  link: 'https://example.go.id',
  firstComment: '',
  hashtags: ['#KTP', '#Sleman'],
  tags: ['dukcapil', 'layanan'],
  channels: [
    { channelId: ig, format: 'feed', captionOverride: null },
    { channelId: fb, format: 'feed', captionOverride: 'Caption Facebook' },
  ],
  campaignId: null,
  assigneeId: person,
  approvedBy: null,
  status: 'draft',
  inTrash: false,
  scheduledAt: '2026-12-05T01:00:00.000Z',
  timeZone: 'Asia/Jakarta',
  permalink: '',
  assets: [sha('a'), sha('b')],
};

const fieldsOf = (here: PostVersion, there: PostVersion) =>
  diffPost(here, there).map((d) => d.field);

describe('diffPost', () => {
  it('is empty for equal versions (an instant spelt otherwise is the same instant; tags are a set)', () => {
    expect(diffPost(base, { ...base })).toEqual([]);
    expect(
      diffPost(base, {
        ...base,
        scheduledAt: '2026-12-05T01:00:00Z',
        tags: ['layanan', 'dukcapil', 'layanan'],
      }),
    ).toEqual([]);
  });

  it.each<[string, Partial<PostVersion>, object]>([
    ['title', { title: 'Judul lain' }, { here: base.title, there: 'Judul lain' }],
    [
      'time',
      { scheduledAt: '2026-12-05T02:00:00.000Z' },
      {
        here: { at: base.scheduledAt, zone: 'Asia/Jakarta' },
        there: { at: '2026-12-05T02:00:00.000Z', zone: 'Asia/Jakarta' },
      },
    ],
    ['time', { scheduledAt: null, timeZone: null }, { there: { at: null, zone: null } }],
    [
      'status',
      { status: 'approved' },
      { here: { status: 'draft', inTrash: false }, there: { status: 'approved', inTrash: false } },
    ],
    ['status', { inTrash: true }, { there: { status: 'draft', inTrash: true } }],
    [
      'channels',
      { channels: [base.channels[1]!, { channelId: ig, format: 'reel', captionOverride: null }] },
      {
        here: [
          { channelId: ig, format: 'feed' },
          { channelId: fb, format: 'feed' },
        ],
        there: [
          { channelId: fb, format: 'feed' },
          { channelId: ig, format: 'reel' },
        ],
      },
    ],
    ['caption', { caption: 'Satu baris' }, { here: base.caption, there: 'Satu baris' }],
    ['hashtags', { hashtags: ['#KTP'] }, { here: ['#KTP', '#Sleman'], there: ['#KTP'] }],
    ['hashtags', { hashtags: ['#Sleman', '#KTP'] }, { there: ['#Sleman', '#KTP'] }],
    ['assets', { assets: [sha('b'), sha('a')] }, { there: [sha('b'), sha('a')] }],
    ['brief', { brief: '' }, { there: '' }],
    ['firstComment', { firstComment: 'Info: 0274-123' }, { there: 'Info: 0274-123' }],
    ['link', { link: 'https://lain.go.id' }, { there: 'https://lain.go.id' }],
    ['tags', { tags: ['dukcapil'] }, { here: ['dukcapil', 'layanan'], there: ['dukcapil'] }],
    ['campaign', { campaignId: other }, { here: null, there: other }],
    ['assignee', { assigneeId: null }, { here: person, there: null }],
    ['approver', { approvedBy: person }, { here: null, there: person }],
    ['permalink', { permalink: 'https://ig.com/p/1' }, { there: 'https://ig.com/p/1' }],
  ])('names %s with both values', (field, change, values) => {
    const differences = diffPost(base, { ...base, ...change });
    expect(differences).toEqual([expect.objectContaining({ field, ...values })]);
    expect(postDifferenceSchema.parse(differences[0])).toEqual(differences[0]);
  });

  it('names each channel caption that differs, with the channel, null meaning the main caption', () => {
    const there: PostVersion = {
      ...base,
      channels: [
        { channelId: ig, format: 'feed', captionOverride: 'Caption Instagram' },
        { channelId: fb, format: 'feed', captionOverride: null },
      ],
    };
    expect(diffPost(base, there)).toEqual([
      { field: 'channelCaption', channelId: ig, here: null, there: 'Caption Instagram' },
      { field: 'channelCaption', channelId: fb, here: 'Caption Facebook', there: null },
    ]);
  });

  it('lists every differing field once, in the fixed order, whatever the input order', () => {
    const there: PostVersion = {
      ...base,
      permalink: 'https://x.com/1',
      assets: [],
      hashtags: [],
      channels: [{ channelId: fb, format: 'feed', captionOverride: 'Lain' }],
      caption: 'lain',
      status: 'in_review',
      scheduledAt: null,
      timeZone: null,
      title: 'lain',
      brief: 'lain',
      firstComment: 'lain',
      link: '',
      tags: [],
      campaignId: other,
      assigneeId: other,
      approvedBy: other,
    };
    expect(fieldsOf(base, there)).toEqual(postDiffFields);
    expect(fieldsOf(there, base)).toEqual(postDiffFields);
  });
});
