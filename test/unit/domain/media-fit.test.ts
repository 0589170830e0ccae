import { describe, expect, it } from 'vitest';
import limitsJson from '../../../resources/platform-limits.json';
import type { Platform } from '../../../src/shared/domain/channels';
import {
  checkMediaFit,
  checkPostWithMedia,
  formatBytes,
  formatOf,
  formatRatio,
  formatSeconds,
  mediaFactsOf,
  ratioLabel,
  type MediaFacts,
  type MediaWarning,
} from '../../../src/shared/domain/media-fit';
import {
  loadPlatformLimits,
  sourceLabel,
  type ChannelForLimits,
  type PlatformLimits,
} from '../../../src/shared/domain/platform-limits';

const limits = loadPlatformLimits(limitsJson);

/** Formats that take several files of either kind, so each test sees only the check it is about. */
const roomy: Record<Platform, string> = {
  instagram: 'carousel',
  facebook: 'post',
  x: 'post',
  tiktok: 'video',
  youtube: 'video',
  website: 'article',
  linkedin: 'post',
  threads: 'post',
};

const channel = (platform: Platform, format = roomy[platform]): ChannelForLimits => ({
  channelId: `ch-${platform}-${format}`,
  platform,
  format,
});

let counter = 0;
const image = (width: number, height: number, extra: Partial<MediaFacts> = {}): MediaFacts => ({
  id: `img-${++counter}`,
  name: `foto-${counter}.jpg`,
  kind: 'image',
  ext: 'jpg',
  size: 1_500_000,
  width,
  height,
  durationMs: null,
  pageCount: null,
  ...extra,
});
const video = (seconds: number, extra: Partial<MediaFacts> = {}): MediaFacts => ({
  id: `vid-${++counter}`,
  name: `video-${counter}.mp4`,
  kind: 'video',
  ext: 'mp4',
  size: 40_000_000,
  width: 1080,
  height: 1920,
  durationMs: seconds * 1000,
  pageCount: null,
  ...extra,
});

const kinds = (warnings: MediaWarning[]) =>
  warnings.map((warning) => `${warning.platform}:${warning.kind}`).sort();

/** A copy of the limits file with one platform's limits replaced: proves the values drive the checks. */
function withLimits(
  platform: Platform,
  change: (entry: PlatformLimits['platforms'][Platform]) => void,
): PlatformLimits {
  const copy = structuredClone(limitsJson) as unknown as PlatformLimits;
  change(copy.platforms[platform]);
  return loadPlatformLimits(copy);
}

describe('media fit: images', () => {
  it('flags a 9:16 phone photo for an Instagram feed post (4:5 to 1.91:1), citing the source', () => {
    const phone = image(720, 1280, { name: 'pelantikan.jpg' });
    const warnings = checkMediaFit([channel('instagram')], [phone], limits);
    expect(kinds(warnings)).toEqual(['instagram:image_aspect']);
    const [aspect] = warnings;
    expect(aspect).toMatchObject({
      kind: 'image_aspect',
      min: '4:5',
      max: '1.91:1',
      offenders: [{ assetId: phone.id, name: 'pelantikan.jpg', actual: '9:16' }],
      // The user reads a short label with a date, never a file name or a quotation.
      source: 'Aplikasi penjadwal Postiz, diperiksa Nov 2026',
      sourceRefs: ['postiz'],
    });
    expect(aspect!.message).toBe(
      'Instagram: rasio gambar harus 4:5–1,91:1; pelantikan.jpg (9:16) di luar itu.',
    );
  });

  it('accepts 16:9 and 4:5 on Instagram: 16:9 (1.78) lies inside 4:5–1.91:1', () => {
    const wide = image(1280, 720);
    const tall = image(1080, 1350);
    expect(checkMediaFit([channel('instagram')], [wide, tall], limits)).toEqual([]);
  });

  it('accepts the ends of the range and a pixel of rounding, and refuses just past them', () => {
    const ig = [channel('instagram')];
    // 4:5 exactly, 1.91:1 exactly, and a 4:5 design exported one pixel narrow.
    for (const [w, h] of [
      [1080, 1350],
      [955, 500],
      [1079, 1350],
    ] as const) {
      expect(checkMediaFit(ig, [image(w, h)], limits), `${w}×${h}`).toEqual([]);
    }
    // 9:16 (0.5625) and 2:1 are well outside; 0.78 is past 4:5 by more than rounding.
    for (const [w, h] of [
      [1080, 1920],
      [1400, 700],
      [1080, 1385],
    ] as const) {
      expect(kinds(checkMediaFit(ig, [image(w, h)], limits)), `${w}×${h}`).toEqual([
        'instagram:image_aspect',
      ]);
    }
  });

  it('checks file size against imageMaxBytes per platform: 6 MB is too big for X (5 MB), fine for Instagram (8 MB)', () => {
    const big = image(1080, 1080, { size: 6_000_000 });
    const warnings = checkMediaFit([channel('instagram'), channel('x')], [big], limits);
    expect(kinds(warnings)).toEqual(['x:image_bytes']);
    expect(warnings[0]).toMatchObject({
      limit: 5_000_000,
      offenders: [{ assetId: big.id, actual: 6_000_000 }],
      source: sourceLabel(limits, limits.platforms.x.limits.imageMaxBytes!.ref),
    });
    expect(warnings[0]!.message).toBe(
      `X: gambar paling besar 5 MB; ${big.name} (6 MB) lebih besar.`,
    );
    // Exactly at the limit is fine.
    expect(checkMediaFit([channel('x')], [image(1080, 1080, { size: 5_000_000 })], limits)).toEqual(
      [],
    );
  });

  it('checks the minimum width, but not maxima the platform scales down itself', () => {
    const narrow = image(300, 300);
    const camera = image(4000, 3000);
    const warnings = checkMediaFit(
      [channel('instagram'), channel('facebook')],
      [narrow, camera],
      limits,
    );
    // Instagram's 1440 px and Facebook's 2048 px are marked scaledByPlatform in the data.
    expect(kinds(warnings)).toEqual(['instagram:image_min_width']);
  });

  it('warns about a maximum when the data does not say the platform scales it', () => {
    const strict = withLimits('facebook', (entry) => {
      entry.limits.imageMaxSidePx = { value: 2048, source: 'Sumber', ref: 'ayrshare' };
    });
    const camera = image(4000, 3000);
    const [side] = checkMediaFit([channel('facebook')], [camera], strict);
    expect(side).toMatchObject({
      kind: 'image_max_side',
      limit: 2048,
      offenders: [{ assetId: camera.id, actual: 4000 }],
    });
  });

  it('checks the format: a WebP is refused by Instagram (JPEG, PNG), a JPEG by its jpg extension is not', () => {
    const webp = image(1080, 1080, { ext: 'webp', name: 'banner.webp' });
    const jpg = image(1080, 1080, { ext: 'jpg' });
    const warnings = checkMediaFit([channel('instagram')], [webp, jpg], limits);
    expect(kinds(warnings)).toEqual(['instagram:image_format']);
    expect(warnings[0]).toMatchObject({
      allowed: ['jpeg', 'png'],
      offenders: [{ assetId: webp.id, actual: 'webp' }],
    });
    expect(warnings[0]!.message).toBe(
      'Instagram: gambar harus berformat JPEG, PNG; banner.webp (WEBP) tidak.',
    );
  });

  it('groups files that miss the same check into one warning per channel', () => {
    const misfits = [image(720, 1280), image(1080, 1920), image(3000, 1000)];
    const warnings = checkMediaFit([channel('instagram')], misfits, limits);
    expect(kinds(warnings)).toEqual(['instagram:image_aspect']);
    const aspect = warnings.find((w) => w.kind === 'image_aspect')!;
    expect(aspect.kind === 'image_aspect' && aspect.offenders.map((o) => o.actual)).toEqual([
      '9:16',
      '9:16',
      '3:1',
    ]);
  });

  it('skips what is unknown: no dimensions, no ratio or width check', () => {
    const unknownSize = image(1, 1, { width: null, height: null });
    expect(checkMediaFit([channel('instagram')], [unknownSize], limits)).toEqual([]);
  });
});

describe('media fit: videos and documents', () => {
  it('flags a 12-minute video for TikTok (600 s) and a 2-second one (3 s minimum), not a 1-minute one', () => {
    const long = video(720, { width: 1080, height: 1920 });
    const short = video(2, { width: 1080, height: 1920 });
    const fine = video(60, { width: 1080, height: 1920 });
    const warnings = checkMediaFit([channel('tiktok', 'video')], [long, short, fine], limits);
    // A TikTok video post is one video: three also make a count warning.
    expect(kinds(warnings)).toEqual([
      'tiktok:media_count',
      'tiktok:video_max_seconds',
      'tiktok:video_min_seconds',
    ]);
    const tooLong = warnings.find((w) => w.kind === 'video_max_seconds')!;
    expect(tooLong).toMatchObject({ limit: 600, offenders: [{ assetId: long.id, actual: 720 }] });
    expect(tooLong.message).toBe(
      `TikTok: video paling lama 10 menit; ${long.name} (12 menit) lebih panjang.`,
    );
    expect(tooLong.source).toBe(
      sourceLabel(limits, limits.platforms.tiktok.limits.videoMaxSeconds!.ref),
    );
  });

  it('uses the format’s overrides: a 16:9 video is fine in an Instagram carousel, not as a reel (9:16)', () => {
    const landscape = video(30, { width: 1920, height: 1080 });
    expect(checkMediaFit([channel('instagram', 'carousel')], [landscape], limits)).toEqual([]);
    const reel = checkMediaFit([channel('instagram', 'reel')], [landscape], limits);
    expect(kinds(reel)).toEqual(['instagram:video_ratio']);
    expect(reel[0]).toMatchObject({ allowed: ['9:16'], offenders: [{ actual: '16:9' }] });
    // An encoder's 1088 rows are still 9:16.
    expect(
      checkMediaFit(
        [channel('instagram', 'reel')],
        [video(30, { width: 1088, height: 1920 })],
        limits,
      ),
    ).toEqual([]);
  });

  it('checks X’s video size (512 MB) and aspect range (1:3 to 3:1)', () => {
    const huge = video(60, { size: 600_000_000, width: 1920, height: 1080 });
    const banner = video(60, { width: 4000, height: 1000 });
    const warnings = checkMediaFit([channel('x')], [huge, banner], limits);
    expect(kinds(warnings)).toEqual(['x:video_aspect', 'x:video_bytes']);
    expect(warnings.find((w) => w.kind === 'video_aspect')).toMatchObject({
      min: '1:3',
      max: '3:1',
      offenders: [{ assetId: banner.id, actual: '4:1' }],
    });
  });

  it('checks document pages where a platform limits them (LinkedIn, 300)', () => {
    const report: MediaFacts = {
      ...image(1, 1),
      kind: 'document',
      ext: 'pdf',
      width: null,
      height: null,
      pageCount: 320,
      name: 'lakip.pdf',
    };
    const warnings = checkMediaFit([channel('linkedin'), channel('instagram')], [report], limits);
    // Instagram carries images and videos, so the PDF is named there as the wrong kind of file.
    expect(kinds(warnings)).toEqual(['instagram:media_kind', 'linkedin:document_pages']);
    expect(warnings.find((w) => w.platform === 'linkedin')!.message).toBe(
      'LinkedIn: dokumen paling banyak 300 halaman; lakip.pdf (320 halaman) lebih banyak.',
    );
  });
});

describe('media fit: number of files', () => {
  it('says "4 gambar" for five images on X, "media" when images and videos mix', () => {
    const five = Array.from({ length: 5 }, () => image(1080, 1080));
    const [count] = checkMediaFit([channel('x')], five, limits);
    expect(count).toMatchObject({ kind: 'media_count', limit: 4, actual: 5, mediaKind: 'image' });
    expect(count!.message).toBe('X: paling banyak 4 gambar; unggahan ini melampirkan 5.');
    expect(count!.source).toBe('Aplikasi penjadwal Mixpost, diperiksa Nov 2026');

    const mixed = [...five.slice(0, 4), video(20, { width: 1920, height: 1080 })];
    expect(checkMediaFit([channel('x')], mixed, limits)[0]).toMatchObject({
      kind: 'media_count',
      mediaKind: 'media',
    });
    expect(checkMediaFit([channel('x')], five.slice(0, 4), limits)).toEqual([]);
  });

  it('counts attachments still loading, but measures only the known ones', () => {
    const warnings = checkMediaFit(
      [channel('x')],
      [undefined, undefined, undefined, undefined, image(1280, 720)],
      limits,
    );
    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'media_count', actual: 5, mediaKind: 'media' }),
    ]);
  });

  it('reports the count once: the text checks’ own media count is left out', () => {
    const post = {
      title: 'Pameran UMKM',
      caption: 'Pameran UMKM di alun-alun.',
      hashtags: [],
      mediaCount: 5,
      channels: [channel('x')],
    };
    const five = Array.from({ length: 5 }, () => image(1080, 1080));
    const { text, media } = checkPostWithMedia(post, five, limits);
    expect(text).toEqual([]);
    expect(kinds(media)).toEqual(['x:media_count']);
  });
});

describe('media fit: driven by resources/platform-limits.json only', () => {
  it('follows an edited value, and checks nothing a platform has no value for', () => {
    const photo = image(1280, 720);
    // The website has no limits at all.
    expect(checkMediaFit([channel('website', 'article')], [photo], limits)).toEqual([]);
    // Allow 16:9 on Instagram by editing the file: the warning goes.
    const wider = withLimits('instagram', (entry) => {
      entry.formats.carousel!.imageAspectMax = { value: '16:9', source: 'uji', ref: 'linimasa' };
    });
    expect(checkMediaFit([channel('instagram')], [photo], wider)).toEqual([]);
    // Give the website a 1 MB image limit: the 1.5 MB photo is now flagged, citing that source.
    const strict = withLimits('website', (entry) => {
      entry.limits.imageMaxBytes = {
        value: 1_000_000,
        source: 'Kebijakan situs kantor',
        ref: 'linimasa',
      };
    });
    expect(checkMediaFit([channel('website', 'article')], [photo], strict)).toEqual([
      expect.objectContaining({
        kind: 'image_bytes',
        source: 'Ketentuan format Linimasa, diperiksa Des 2026',
      }),
    ]);
  });

  it('names each warning’s source, joining both when a range’s ends cite different ones', () => {
    const split = withLimits('instagram', (entry) => {
      entry.formats.carousel!.imageAspectMin = { value: '4:5', source: 'A', ref: 'postiz' };
      entry.formats.carousel!.imageAspectMax = { value: '1.91:1', source: 'B', ref: 'ayrshare' };
    });
    const [warning] = checkMediaFit([channel('instagram')], [image(1080, 1920)], split);
    expect(warning!.source).toBe(
      'Aplikasi penjadwal Postiz, diperiksa Nov 2026; Panduan media sosial Ayrshare, diperiksa Nov 2026',
    );
    expect(warning!.sourceRefs).toEqual(['postiz', 'ayrshare']);
    const onlyMin = withLimits('instagram', (entry) => {
      delete entry.formats.carousel!.imageAspectMax;
    });
    const [minimum] = checkMediaFit([channel('instagram')], [image(1080, 1920)], onlyMin);
    expect(minimum!.message).toContain('rasio gambar harus minimal 4:5');
    expect(checkMediaFit([channel('instagram')], [image(3000, 1000)], onlyMin)).toEqual([]);
  });
});

describe('media fit: helpers', () => {
  it('names familiar ratios and writes the rest as n:1', () => {
    expect(ratioLabel(1920, 1080)).toBe('16:9');
    expect(ratioLabel(1080, 1350)).toBe('4:5');
    expect(ratioLabel(4000, 3000)).toBe('4:3');
    expect(ratioLabel(1920, 1088)).toBe('16:9');
    expect(ratioLabel(2500, 1000)).toBe('2.5:1');
    expect(ratioLabel(1000, 2500)).toBe('0.4:1');
  });

  it('reads formats from the sniffed extension', () => {
    expect(formatOf('JPG')).toBe('jpeg');
    expect(formatOf('png')).toBe('png');
    expect(formatOf('mov')).toBe('mov');
  });

  it('formats sizes, lengths and ratios in the reader’s language', () => {
    expect(formatBytes(8_000_000, 'id-ID')).toBe('8 MB');
    expect(formatBytes(1_250_000_000, 'id-ID')).toBe('1,3 GB');
    expect(formatBytes(640_000, 'en')).toBe('640 kB');
    expect(formatSeconds(140, 'id-ID')).toBe('140 detik');
    expect(formatSeconds(180, 'id-ID')).toBe('3 menit');
    expect(formatSeconds(723, 'id-ID')).toBe('12,1 menit');
    expect(formatSeconds(900, 'id-ID')).toBe('15 menit');
    expect(formatSeconds(14_400, 'en')).toBe('4 hours');
    expect(formatRatio('1.91:1', 'id-ID')).toBe('1,91:1');
    expect(formatRatio('1.91:1', 'en')).toBe('1.91:1');
  });

  it('takes an asset’s title as its name when it has one', () => {
    const base = {
      id: 'a',
      title: '',
      originalName: 'IMG_0001.JPG',
      kind: 'image' as const,
      ext: 'jpg',
      size: 1,
      width: 1,
      height: 1,
      durationMs: null,
      pageCount: null,
    };
    expect(mediaFactsOf(base).name).toBe('IMG_0001.JPG');
    expect(mediaFactsOf({ ...base, title: 'Upacara HUT RI' }).name).toBe('Upacara HUT RI');
  });
});
