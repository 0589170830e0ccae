import { describe, expect, it } from 'vitest';
import limitsJson from '../../../resources/platform-limits.json';
import { checkMediaFit, type MediaFacts } from '../../../src/shared/domain/media-fit';
import {
  defaultFormatOf,
  fitFormat,
  formatsOf,
  limitsFor,
  loadPlatformLimits,
  sourceLabel,
  type PlatformLimits,
} from '../../../src/shared/domain/platform-limits';
import { platforms } from '../../../src/shared/domain/channels';
import { postFormats } from '../../../src/shared/domain/posts';

const limits = loadPlatformLimits(limitsJson);

const photo = (width: number, height: number): MediaFacts => ({
  id: `p-${width}x${height}`,
  name: `foto-${width}x${height}.jpg`,
  kind: 'image',
  ext: 'jpg',
  size: 900_000,
  width,
  height,
  durationMs: null,
  pageCount: null,
});
const clip: MediaFacts = {
  id: 'v1',
  name: 'liputan.mp4',
  kind: 'video',
  ext: 'mp4',
  size: 30_000_000,
  width: 1080,
  height: 1920,
  durationMs: 30_000,
  pageCount: null,
};
const on = (platform: (typeof platforms)[number], format: string) => [
  { channelId: `${platform}-${format}`, platform, format },
];

describe('formats per platform', () => {
  it('offers each platform its own formats, the first being the default', () => {
    expect(Object.fromEntries(platforms.map((p) => [p, formatsOf(limits, p)]))).toEqual({
      instagram: ['feed', 'carousel', 'reel', 'story'],
      facebook: ['post', 'reel', 'story'],
      x: ['post'],
      tiktok: ['video', 'photo'],
      youtube: ['video', 'short'],
      website: ['article'],
      linkedin: ['post'],
      threads: ['post'],
    });
    expect(formatsOf(limits, 'instagram')).not.toContain('article');
    expect(defaultFormatOf(limits, 'instagram')).toBe('feed');
    expect(defaultFormatOf(limits, 'facebook')).toBe('post');
    expect(defaultFormatOf(limits, 'tiktok')).toBe('video');
    expect(defaultFormatOf(limits, 'website')).toBe('article');
  });

  it('keeps each format’s limits as data: media kinds, counts, ratios, lengths', () => {
    const table = (platform: (typeof platforms)[number], format: string) => {
      const l = limitsFor(limits, platform, format);
      return {
        kinds: l.mediaKinds?.value,
        max: l.mediaMax?.value,
        ratio: l.imageAspectMin ? `${l.imageAspectMin.value}–${l.imageAspectMax?.value}` : null,
        videoRatios: l.videoAspectRatios?.value ?? null,
        videoMax: l.videoMaxSeconds?.value ?? null,
        caption: l.captionMaxChars?.value ?? null,
      };
    };
    expect(table('instagram', 'feed')).toEqual({
      kinds: ['image'],
      max: 1,
      ratio: '4:5–1.91:1',
      videoRatios: null,
      videoMax: null,
      caption: 2200,
    });
    expect(table('instagram', 'carousel')).toMatchObject({ kinds: ['image', 'video'], max: 10 });
    expect(table('instagram', 'story')).toMatchObject({ ratio: '9:16–1.91:1' });
    expect(table('instagram', 'reel')).toMatchObject({
      kinds: ['video'],
      max: 1,
      videoRatios: ['9:16'],
      videoMax: 900,
    });
    expect(table('tiktok', 'photo')).toMatchObject({ kinds: ['image'] });
    expect(table('tiktok', 'video')).toMatchObject({ kinds: ['video'], max: 1, videoMax: 600 });
    expect(table('youtube', 'short')).toMatchObject({ videoMax: 180, videoRatios: ['9:16'] });
    expect(table('x', 'post')).toMatchObject({ max: 4, caption: 280 });
    expect(table('website', 'article')).toMatchObject({ kinds: undefined, caption: null });
  });

  it('raises no warning for a 9:16 photo on an Instagram story, but does on the feed', () => {
    const story = photo(1080, 1920);
    expect(checkMediaFit(on('instagram', 'story'), [story], limits)).toEqual([]);
    const feed = checkMediaFit(on('instagram', 'feed'), [story], limits);
    expect(feed.map((w) => w.kind)).toEqual(['image_aspect']);
    // A story still has a shape: a panorama is outside it.
    expect(checkMediaFit(on('instagram', 'story'), [photo(3000, 1000)], limits)).toHaveLength(1);
  });

  it('warns when a video is put on a photo format, naming the file and what the format carries', () => {
    const [warning, ...rest] = checkMediaFit(on('instagram', 'feed'), [clip], limits);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ kind: 'media_kind', allowed: ['image'] });
    expect(warning!.message).toBe(
      'Instagram: format ini hanya memuat gambar; liputan.mp4 (video) bukan.',
    );
    expect(checkMediaFit(on('tiktok', 'photo'), [clip], limits).map((w) => w.kind)).toEqual([
      'media_kind',
    ]);
    // And a photo on a video format.
    expect(
      checkMediaFit(on('youtube', 'short'), [photo(1080, 1920)], limits).map((w) => w.kind),
    ).toEqual(['media_kind']);
    expect(checkMediaFit(on('instagram', 'reel'), [clip], limits)).toEqual([]);
  });

  it('fits a format a platform does not offer to its nearest one', () => {
    expect(fitFormat(limits, 'instagram', 'article')).toBe('feed');
    expect(fitFormat(limits, 'instagram', 'video')).toBe('reel');
    expect(fitFormat(limits, 'facebook', 'feed')).toBe('post');
    expect(fitFormat(limits, 'x', 'story')).toBe('post');
    expect(fitFormat(limits, 'tiktok', 'feed')).toBe('photo');
    expect(fitFormat(limits, 'youtube', 'reel')).toBe('short');
    expect(fitFormat(limits, 'website', 'carousel')).toBe('article');
    for (const platform of platforms)
      for (const format of postFormats)
        expect(formatsOf(limits, platform)).toContain(fitFormat(limits, platform, format));
  });
});

describe('sources as the user reads them', () => {
  it('shows a short label with the month checked, in either language', () => {
    expect(sourceLabel(limits, 'ayrshare')).toBe(
      'Panduan media sosial Ayrshare, diperiksa Nov 2026',
    );
    expect(sourceLabel(limits, 'ayrshare', 'en')).toBe(
      "Ayrshare's social media guide, checked Nov 2026",
    );
  });

  it('never shows developer text: no file names, paths, code or English "docs"', () => {
    const developerish = /\.(ts|php|json)\b|\/|docs\b|provider|config|\(\)|'/i;
    for (const ref of Object.keys(limits.sources)) {
      expect(sourceLabel(limits, ref), ref).not.toMatch(developerish);
    }
  });

  it('refuses a limits file whose limit names a source that is not listed', () => {
    const copy = structuredClone(limitsJson) as unknown as PlatformLimits;
    copy.platforms.x.limits.captionMaxChars!.ref = 'blog-entah';
    expect(() => loadPlatformLimits(copy)).toThrow(/blog-entah/);
  });
});
