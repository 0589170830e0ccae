import { describe, expect, it } from 'vitest';
import limitsJson from '../../../resources/platform-limits.json';
import { type Platform, platforms } from '../../../src/shared/domain/channels';
import {
  type ChannelForLimits,
  channelText,
  checkPostAgainstLimits,
  countText,
  limitsFor,
  loadPlatformLimits,
  measureChannel,
  type PostForLimits,
} from '../../../src/shared/domain/platform-limits';

const limits = loadPlatformLimits(limitsJson);
const x = limits.platforms.x.counting;

const channel = (platform: Platform, extra: Partial<ChannelForLimits> = {}): ChannelForLimits => ({
  channelId: `ch-${platform}`,
  platform,
  format: 'feed',
  ...extra,
});

const post = (extra: Partial<PostForLimits>): PostForLimits => ({
  title: 'Peringatan Hari Pahlawan',
  caption: 'Selamat Hari Pahlawan 10 November.',
  hashtags: [],
  mediaCount: 1,
  channels: platforms.map((platform) => channel(platform)),
  ...extra,
});

const kinds = (warnings: ReturnType<typeof checkPostAgainstLimits>) =>
  warnings.map((w) => `${w.platform}:${w.kind}`).sort();

describe('resources/platform-limits.json', () => {
  it('validates, covers every platform and cites a source for every limit', () => {
    expect(Object.keys(limits.platforms).sort()).toEqual([...platforms].sort());
    for (const entry of Object.values(limits.platforms)) {
      const all = [entry.limits, ...Object.values(entry.formats ?? {})];
      for (const group of all) {
        for (const limit of Object.values(group)) expect(limit.source.length).toBeGreaterThan(5);
      }
    }
  });

  it('keeps the values the issue and FACTS.md settle on, with the disagreements recorded', () => {
    const ig = limits.platforms.instagram.limits;
    expect(ig.captionMaxChars?.value).toBe(2200);
    expect(ig.hashtagsMax?.value).toBe(5);
    expect(ig.hashtagsMax?.alternatives?.map((a) => a.value)).toEqual([30]);
    expect(ig.mediaMax?.value).toBe(10);
    expect(limits.platforms.facebook.limits.captionMaxChars?.value).toBe(5000);
    expect(limits.platforms.facebook.limits.captionMaxChars?.alternatives?.[0]?.value).toBe(63206);
    expect(limits.platforms.tiktok.limits.captionMaxChars?.value).toBe(2000);
    expect(limits.platforms.tiktok.limits.captionMaxChars?.alternatives?.[0]?.value).toBe(2200);
    expect(limits.platforms.tiktok.limits.titleMaxChars?.value).toBe(90);
    expect(limits.platforms.youtube.limits.titleMaxChars?.value).toBe(100);
    expect(limits.platforms.x.limits.mediaMax?.value).toBe(4);
    expect(limitsFor(limits, 'facebook', 'reel').titleMaxChars?.value).toBe(255);
    expect(limitsFor(limits, 'facebook', 'feed').titleMaxChars).toBeUndefined();
    expect(limitsFor(limits, 'youtube', 'short').videoMaxSeconds?.value).toBe(180);
    expect(limits.platforms.website.limits).toEqual({});
  });

  it('refuses a file with a limit lacking its source, an unknown key or a missing platform', () => {
    const copy = () => JSON.parse(JSON.stringify(limitsJson));
    const noSource = copy();
    delete noSource.platforms.instagram.limits.captionMaxChars.source;
    expect(() => loadPlatformLimits(noSource)).toThrow(
      /Berkas batas platform tidak valid[\s\S]*captionMaxChars/,
    );
    const typo = copy();
    typo.platforms.x.limits.captionMaxChar = { value: 1, source: 'typo' };
    expect(() => loadPlatformLimits(typo)).toThrow(/captionMaxChar/);
    const missing = copy();
    delete missing.platforms.threads;
    expect(() => loadPlatformLimits(missing)).toThrow(/threads/);
    const negative = copy();
    negative.platforms.x.limits.captionMaxChars.value = -1;
    expect(() => loadPlatformLimits(negative)).toThrow();
    expect(() => loadPlatformLimits('nonsense')).toThrow();
  });
});

describe('countText', () => {
  it('counts code points, never UTF-16 halves', () => {
    expect(countText('Selamat pagi', 'code_points')).toBe(12);
    expect(countText('😀', 'code_points')).toBe(1); // '😀'.length is 2
    expect(countText('👍🏽', 'code_points')).toBe(2);
    expect(countText('🇮🇩', 'code_points')).toBe(2);
    expect(countText('👨‍👩‍👧', 'code_points')).toBe(5);
  });

  it('counts graphemes as people see them', () => {
    expect(countText('😀👍🏽🇮🇩👨‍👩‍👧', 'graphemes')).toBe(4);
    expect(countText('Cafe\u0301', 'graphemes')).toBe(4);
  });

  it('counts UTF-8 bytes for YouTube descriptions', () => {
    expect(countText('Sleman', 'utf8_bytes')).toBe(6);
    expect(countText('é', 'utf8_bytes')).toBe(2);
    expect(countText('€', 'utf8_bytes')).toBe(3);
    expect(countText('😀', 'utf8_bytes')).toBe(4);
  });

  it('weighs text the way twitter-text v3 does for X', () => {
    expect(countText('a'.repeat(280), x)).toBe(280);
    expect(countText('Selamat Hari Pahlawan', x)).toBe(21);
    expect(countText('😀', x)).toBe(2);
    expect(countText('👍🏽', x)).toBe(2);
    expect(countText('👨‍👩‍👧', x)).toBe(2);
    expect(countText('🇮🇩', x)).toBe(2);
    expect(countText('❤️', x)).toBe(2);
    expect(countText('日本語', x)).toBe(6);
    // Curly quotes and the em dash sit in weight-1 ranges; the ellipsis U+2026 does not.
    expect(countText('“kutipan” — ok…', x)).toBe(16);
    // Every link is 23, whatever its length; a full stop after it is the sentence's.
    expect(countText('https://slemankab.go.id/berita/2026/11/10/upacara-hari-pahlawan', x)).toBe(
      23,
    );
    expect(countText('Info: https://x.id.', x)).toBe(6 + 23 + 1);
    // NFC first: a decomposed é counts 1, as in twitter-text.
    expect(countText('Cafe\u0301', x)).toBe(4);
  });
});

describe('checkPostAgainstLimits', () => {
  it('says nothing for an ordinary post on every platform', () => {
    expect(checkPostAgainstLimits(post({}), limits)).toEqual([]);
  });

  it('warns one past each platform’s caption limit and not at it', () => {
    for (const platform of platforms) {
      const captionLimit = limitsFor(limits, platform).captionMaxChars?.value;
      if (captionLimit === undefined) continue;
      const at = post({ caption: 'a'.repeat(captionLimit), channels: [channel(platform)] });
      expect(checkPostAgainstLimits(at, limits), platform).toEqual([]);
      const over = post({ caption: 'a'.repeat(captionLimit + 1), channels: [channel(platform)] });
      const warnings = checkPostAgainstLimits(over, limits);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({
        channelId: `ch-${platform}`,
        platform,
        kind: 'caption_length',
        limit: captionLimit,
        actual: captionLimit + 1,
      });
    }
  });

  it('writes the warning in Indonesian with Indonesian number formatting', () => {
    const [warning] = checkPostAgainstLimits(
      post({ caption: 'a'.repeat(2201), channels: [channel('instagram')] }),
      limits,
    );
    expect(warning?.message).toBe(
      'Teks untuk Instagram 2.201 karakter, melebihi batas 2.200 karakter.',
    );
    expect(warning?.source).toMatch(/Ayrshare/);
  });

  it('counts an emoji caption by code points on Instagram, by weight on X, by bytes on YouTube', () => {
    const caption = '😀'.repeat(2200); // 4,400 UTF-16 units
    const ig = checkPostAgainstLimits(post({ caption, channels: [channel('instagram')] }), limits);
    expect(ig).toEqual([]);
    const onX = post({
      caption: `${'Selamat pagi Sleman! '.repeat(12)}😀😀`,
      channels: [channel('x')],
    });
    const xMeasure = measureChannel(onX, onX.channels[0]!, limits)[0]!;
    expect(xMeasure).toMatchObject({ kind: 'caption_length', actual: 21 * 12 + 4, limit: 280 });
    const yt = checkPostAgainstLimits(
      post({ caption: '😀'.repeat(1251), channels: [channel('youtube')] }),
      limits,
    );
    expect(yt).toMatchObject([
      { kind: 'caption_length', actual: 5004, limit: 5000, unit: 'bytes' },
    ]);
    expect(yt[0]?.message).toMatch(/5\.004 byte/);
  });

  it('includes the post’s hashtags in the text it measures', () => {
    const caption = 'a'.repeat(2200 - '\n\n#Sleman'.length);
    const fits = post({ caption, hashtags: ['Sleman'], channels: [channel('instagram')] });
    expect(channelText(fits, fits.channels[0]!).length).toBe(2200);
    expect(checkPostAgainstLimits(fits, limits)).toEqual([]);
    const over = post({
      caption: `${caption}a`,
      hashtags: ['Sleman'],
      channels: [channel('instagram')],
    });
    expect(kinds(checkPostAgainstLimits(over, limits))).toEqual(['instagram:caption_length']);
  });

  it('counts hashtags from the caption and the tag list together, each once', () => {
    const five = post({
      caption: 'Hari Batik Nasional #HariBatik #Batik #Budaya',
      hashtags: ['#haribatik', 'Sleman', 'Jogja'],
      channels: [channel('instagram'), channel('threads'), channel('facebook')],
    });
    expect(kinds(checkPostAgainstLimits(five, limits))).toEqual(['threads:hashtag_count']);
    const six = post({ ...five, hashtags: [...five.hashtags, 'Indonesia'] });
    const warnings = checkPostAgainstLimits(six, limits);
    expect(kinds(warnings)).toEqual(['instagram:hashtag_count', 'threads:hashtag_count']);
    expect(warnings.find((w) => w.platform === 'instagram')).toMatchObject({ limit: 5, actual: 6 });
    expect(warnings.find((w) => w.platform === 'instagram')?.message).toBe(
      'Instagram membatasi 5 tagar; pos ini memakai 6.',
    );
  });

  it('checks media counts: Instagram carousel 10, X 4', () => {
    const channels = [channel('instagram', { format: 'carousel' }), channel('x')];
    expect(kinds(checkPostAgainstLimits(post({ mediaCount: 4, channels }), limits))).toEqual([]);
    expect(kinds(checkPostAgainstLimits(post({ mediaCount: 5, channels }), limits))).toEqual([
      'x:media_count',
    ]);
    expect(kinds(checkPostAgainstLimits(post({ mediaCount: 10, channels }), limits))).toEqual([
      'x:media_count',
    ]);
    expect(kinds(checkPostAgainstLimits(post({ mediaCount: 11, channels }), limits))).toEqual([
      'instagram:media_count',
      'x:media_count',
    ]);
  });

  it('checks titles where the platform has one: YouTube 100, TikTok 90, Facebook Reels 255', () => {
    const channels = [
      channel('youtube', { format: 'video' }),
      channel('tiktok', { format: 'video' }),
      channel('facebook', { format: 'reel' }),
      channel('facebook', { channelId: 'fb-feed', format: 'feed' }),
    ];
    expect(
      kinds(checkPostAgainstLimits(post({ title: 'j'.repeat(90), channels }), limits)),
    ).toEqual([]);
    expect(
      kinds(checkPostAgainstLimits(post({ title: 'j'.repeat(91), channels }), limits)),
    ).toEqual(['tiktok:title_length']);
    expect(
      kinds(checkPostAgainstLimits(post({ title: 'j'.repeat(101), channels }), limits)),
    ).toEqual(['tiktok:title_length', 'youtube:title_length']);
    const long = checkPostAgainstLimits(post({ title: 'j'.repeat(256), channels }), limits);
    expect(kinds(long)).toEqual([
      'facebook:title_length',
      'tiktok:title_length',
      'youtube:title_length',
    ]);
    expect(long.find((w) => w.platform === 'facebook')?.channelId).toBe('ch-facebook');
    expect(long.find((w) => w.platform === 'youtube')?.message).toBe(
      'Judul untuk YouTube 256 karakter, melebihi batas 100 karakter.',
    );
  });

  it('uses a channel’s caption override, and the base caption when the override is blank', () => {
    const channels = [
      channel('x', { captionOverride: 'Versi singkat untuk X.' }),
      channel('x', { channelId: 'x-blank', captionOverride: '   ' }),
      channel('x', { channelId: 'x-null', captionOverride: null }),
    ];
    const warnings = checkPostAgainstLimits(post({ caption: 'b'.repeat(281), channels }), limits);
    expect(warnings.map((w) => w.channelId)).toEqual(['x-blank', 'x-null']);
  });

  it('never warns for the website', () => {
    const site = post({
      title: 't'.repeat(5000),
      caption: 'c'.repeat(100_000),
      hashtags: Array.from({ length: 50 }, (_, i) => `Tag${i}`),
      mediaCount: 200,
      channels: [channel('website', { format: 'article' })],
    });
    expect(checkPostAgainstLimits(site, limits)).toEqual([]);
    expect(measureChannel(site, site.channels[0]!, limits).every((m) => m.limit === null)).toBe(
      true,
    );
  });
});
