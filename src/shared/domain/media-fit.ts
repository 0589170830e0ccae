import type { AssetKind, AssetSummary } from './assets';
import type { Platform } from './channels';
import {
  checkPostAgainstLimits,
  limitsFor,
  type ChannelForLimits,
  type Limits,
  type PlatformLimits,
  type PostForLimits,
  type Warning,
  sourceLabel,
} from './platform-limits';

/**
 * Whether a post's attached media suit each of its channels: file size, format, aspect ratio and
 * width of images; length, size, format and aspect ratio of videos; pages of documents; and how
 * many files the post carries. Every figure comes from resources/platform-limits.json (with the
 * format's overrides), and every warning carries the source of the limit it cites; a platform
 * with no value for a check is not checked. Like the text checks, these warnings never block
 * saving: submitting over one needs the acknowledgement.
 *
 * Warnings are grouped per channel and per check, listing the files that miss it, so ten event
 * photos that are all too wide for Instagram make one warning, not ten.
 */

/** What the checks need to know about one attached file: a subset of an asset summary. */
export interface MediaFacts {
  id: string;
  /** How people know the file: its title, else its original name. */
  name: string;
  kind: AssetKind;
  /** The sniffed extension (`jpg`, `png`, `mp4`, `mov`), which names the format. */
  ext: string;
  size: number;
  /** After EXIF orientation: what a person (and the platform) sees. */
  width: number | null;
  height: number | null;
  durationMs: number | null;
  pageCount: number | null;
}

export function mediaFactsOf(
  asset: Pick<
    AssetSummary,
    | 'id'
    | 'title'
    | 'originalName'
    | 'kind'
    | 'ext'
    | 'size'
    | 'width'
    | 'height'
    | 'durationMs'
    | 'pageCount'
  >,
): MediaFacts {
  return {
    id: asset.id,
    name: asset.title.trim() || asset.originalName,
    kind: asset.kind,
    ext: asset.ext,
    size: asset.size,
    width: asset.width,
    height: asset.height,
    durationMs: asset.durationMs,
    pageCount: asset.pageCount,
  };
}

/** Checks that compare one number per file with one limit. */
export const measuredMediaKinds = [
  'image_bytes',
  'image_min_width',
  'image_max_width',
  'image_max_side',
  'video_min_seconds',
  'video_max_seconds',
  'video_bytes',
  'document_pages',
] as const;
export type MeasuredMediaKind = (typeof measuredMediaKinds)[number];

export type MediaFitKind =
  | 'media_count'
  | MeasuredMediaKind
  | 'image_format'
  | 'video_format'
  /** Between a narrowest and a widest ratio (imageAspectMin/Max, videoAspectMin/Max). */
  | 'image_aspect'
  | 'video_aspect'
  /** One of a few exact ratios (videoAspectRatios, e.g. 9:16 for reels). */
  | 'video_ratio'
  /** A file of a kind the format does not carry (a video on a feed photo). */
  | 'media_kind';

/** A file that misses a check, with its own figure: bytes, px, seconds, pages, a ratio or a format. */
export interface MediaOffender<T extends number | string> {
  assetId: string;
  name: string;
  actual: T;
}

interface Base {
  channelId: string;
  platform: Platform;
  /** Where the limit comes from, as the user reads it (both when a range's ends differ). */
  source: string;
  /** The keys of those sources in the limits file, for the editor to word in its language. */
  sourceRefs: string[];
  /** Indonesian, ready to show (the API's and the CLI's wording; the editor uses its catalog). */
  message: string;
}

export type MediaWarning = Base &
  (
    | {
        kind: 'media_count';
        limit: number;
        actual: number;
        /** What the attachments are, for "4 gambar" rather than "4 media". */
        mediaKind: 'image' | 'video' | 'media';
      }
    | { kind: MeasuredMediaKind; limit: number; offenders: MediaOffender<number>[] }
    | {
        kind: 'image_aspect' | 'video_aspect';
        /** Ratios as the limits file writes them (`4:5`, `1.91:1`); null: no bound that side. */
        min: string | null;
        max: string | null;
        offenders: MediaOffender<string>[];
      }
    | {
        kind: 'image_format' | 'video_format' | 'video_ratio';
        allowed: string[];
        offenders: MediaOffender<string>[];
      }
    | {
        kind: 'media_kind';
        /** The kinds the format carries (`image`, `video`). */
        allowed: string[];
        /** Each file with its own kind. */
        offenders: MediaOffender<string>[];
      }
  );

/**
 * How far a ratio may stray and still count as the intended one: encoders round sizes to even
 * numbers or multiples of 16 (1920×1088 is 16:9 to anyone who made it), and a 4:5 design
 * exported at 1079×1350 is still 4:5. Not a platform limit, so it lives here, not in the JSON.
 */
export const ratioTolerance = 0.01;

/** `4:5` → 0.8, `1.91:1` → 1.91. */
export function parseRatio(text: string): number {
  const [width, height] = text.split(':').map(Number);
  return width! / height!;
}

const commonRatios = [
  '1:1',
  '4:5',
  '5:4',
  '4:3',
  '3:4',
  '3:2',
  '2:3',
  '16:9',
  '9:16',
  '1.91:1',
  '2:1',
  '1:2',
  '21:9',
  '3:1',
  '1:3',
];

const near = (ratio: number, target: number) => Math.abs(ratio - target) / target <= ratioTolerance;

/**
 * A file's shape as people name it: `16:9`, `4:5`, or `2.35:1` when it is no familiar ratio.
 * Decimals use a full stop, as the limits file does; the editor localises them.
 */
export function ratioLabel(width: number, height: number): string {
  const ratio = width / height;
  const familiar = commonRatios.find((text) => near(ratio, parseRatio(text)));
  if (familiar) return familiar;
  return `${Math.round(ratio * 100) / 100}:1`;
}

const formatAliases: Record<string, string> = { jpg: 'jpeg', jpe: 'jpeg', tif: 'tiff', qt: 'mov' };

/** The format name the limits file uses for a file (`jpeg`, `png`, `mp4`, `mov`). */
export function formatOf(ext: string): string {
  const lower = ext.toLowerCase();
  return formatAliases[lower] ?? lower;
}

/**
 * Every media warning for every channel of a post. `media` lists the attachments in order;
 * an entry still loading (undefined) counts towards the number of files but is not measured.
 */
export function checkMediaFit(
  channels: readonly ChannelForLimits[],
  media: readonly (MediaFacts | undefined)[],
  limits: PlatformLimits,
): MediaWarning[] {
  const known = media.filter((item): item is MediaFacts => item !== undefined);
  const images = known.filter((item) => item.kind === 'image');
  const videos = known.filter((item) => item.kind === 'video');
  const mediaKind: 'image' | 'video' | 'media' =
    known.length === media.length && images.length === media.length
      ? 'image'
      : known.length === media.length && videos.length === media.length
        ? 'video'
        : 'media';

  const warnings: MediaWarning[] = [];
  for (const channel of channels) {
    const entry = limits.platforms[channel.platform];
    if (!entry) continue;
    const applicable = limitsFor(limits, channel.platform, channel.format);
    const base = { channelId: channel.channelId, platform: channel.platform };
    const name = entry.name;
    const push: Push = ({ refs, ...warning }) => {
      const source = refs.map((ref) => sourceLabel(limits, ref)).join('; ');
      const full = { ...base, ...warning, source, sourceRefs: refs, message: '' } as MediaWarning;
      full.message = mediaWarningText(full, name, indonesian);
      warnings.push(full);
    };

    if (applicable.mediaMax && media.length > applicable.mediaMax.value) {
      push({
        kind: 'media_count',
        limit: applicable.mediaMax.value,
        actual: media.length,
        mediaKind,
        refs: [applicable.mediaMax.ref],
      });
    }
    const carried = applicable.mediaKinds;
    if (carried) {
      const offenders = known
        .filter((item) => !(carried.value as readonly string[]).includes(item.kind))
        .map((item) => offender(item, item.kind as string));
      if (offenders.length > 0)
        push({ kind: 'media_kind', allowed: carried.value, offenders, refs: [carried.ref] });
    }
    for (const check of measuredChecks) {
      const limit = applicable[check.limit];
      if (!limit || ('scaledByPlatform' in limit && limit.scaledByPlatform)) continue;
      const offenders = known.flatMap((item) => {
        if (item.kind !== check.of) return [];
        const actual = check.measure(item);
        if (actual === null || !check.exceeds(actual, limit.value)) return [];
        return [{ assetId: item.id, name: item.name, actual }];
      });
      if (offenders.length > 0)
        push({ kind: check.kind, limit: limit.value, offenders, refs: [limit.ref] });
    }
    checkFormat(push, 'image_format', images, applicable.imageFormats);
    checkFormat(push, 'video_format', videos, applicable.videoFormats);
    checkRange(push, 'image_aspect', images, applicable.imageAspectMin, applicable.imageAspectMax);
    checkRange(push, 'video_aspect', videos, applicable.videoAspectMin, applicable.videoAspectMax);
    const ratios = applicable.videoAspectRatios;
    if (ratios) {
      const allowed = ratios.value.map(parseRatio);
      const offenders = shaped(videos).filter(
        ({ ratio }) => !allowed.some((target) => near(ratio, target)),
      );
      if (offenders.length > 0)
        push({
          kind: 'video_ratio',
          allowed: ratios.value,
          offenders: offenders.map(({ item, label }) => offender(item, label)),
          refs: [ratios.ref],
        });
    }
  }
  return warnings;
}

/** A warning before it is placed on a channel and put in words. */
type Finding = MediaWarning extends infer W
  ? W extends MediaWarning
    ? Omit<W, 'message' | 'channelId' | 'platform' | 'source' | 'sourceRefs'> & { refs: string[] }
    : never
  : never;
type Push = (warning: Finding) => void;

interface MeasuredCheck {
  kind: MeasuredMediaKind;
  of: AssetKind;
  limit:
    | 'imageMaxBytes'
    | 'imageMinWidthPx'
    | 'imageMaxWidthPx'
    | 'imageMaxSidePx'
    | 'videoMinSeconds'
    | 'videoMaxSeconds'
    | 'videoMaxBytes'
    | 'documentMaxPages';
  measure(item: MediaFacts): number | null;
  exceeds(actual: number, limit: number): boolean;
}

const over = (actual: number, limit: number) => actual > limit;
const under = (actual: number, limit: number) => actual < limit;

/** In the order the editor lists them: size first (the commonest surprise), then shape, then length. */
const measuredChecks: MeasuredCheck[] = [
  {
    kind: 'image_bytes',
    of: 'image',
    limit: 'imageMaxBytes',
    measure: (i) => i.size,
    exceeds: over,
  },
  {
    kind: 'image_min_width',
    of: 'image',
    limit: 'imageMinWidthPx',
    measure: (i) => i.width,
    exceeds: under,
  },
  {
    kind: 'image_max_width',
    of: 'image',
    limit: 'imageMaxWidthPx',
    measure: (i) => i.width,
    exceeds: over,
  },
  {
    kind: 'image_max_side',
    of: 'image',
    limit: 'imageMaxSidePx',
    measure: (i) => (i.width !== null && i.height !== null ? Math.max(i.width, i.height) : null),
    exceeds: over,
  },
  {
    kind: 'video_min_seconds',
    of: 'video',
    limit: 'videoMinSeconds',
    measure: (i) => (i.durationMs === null ? null : i.durationMs / 1000),
    exceeds: under,
  },
  {
    kind: 'video_max_seconds',
    of: 'video',
    limit: 'videoMaxSeconds',
    measure: (i) => (i.durationMs === null ? null : i.durationMs / 1000),
    exceeds: over,
  },
  {
    kind: 'video_bytes',
    of: 'video',
    limit: 'videoMaxBytes',
    measure: (i) => i.size,
    exceeds: over,
  },
  {
    kind: 'document_pages',
    of: 'document',
    limit: 'documentMaxPages',
    measure: (i) => i.pageCount,
    exceeds: over,
  },
];

const offender = <T extends number | string>(item: MediaFacts, actual: T): MediaOffender<T> => ({
  assetId: item.id,
  name: item.name,
  actual,
});

/** Files whose dimensions are known, with their ratio and its label. */
function shaped(items: readonly MediaFacts[]) {
  return items.flatMap((item) =>
    item.width !== null && item.height !== null && item.width > 0 && item.height > 0
      ? [{ item, ratio: item.width / item.height, label: ratioLabel(item.width, item.height) }]
      : [],
  );
}

function checkFormat(
  push: Push,
  kind: 'image_format' | 'video_format',
  items: readonly MediaFacts[],
  limit: Limits['imageFormats'],
): void {
  if (!limit) return;
  const allowed = new Set(limit.value.map(formatOf));
  const offenders = items
    .filter((item) => !allowed.has(formatOf(item.ext)))
    .map((item) => offender(item, formatOf(item.ext)));
  if (offenders.length > 0) push({ kind, allowed: limit.value, offenders, refs: [limit.ref] });
}

function checkRange(
  push: Push,
  kind: 'image_aspect' | 'video_aspect',
  items: readonly MediaFacts[],
  min: Limits['imageAspectMin'],
  max: Limits['imageAspectMax'],
): void {
  if (!min && !max) return;
  const low = min ? parseRatio(min.value) * (1 - ratioTolerance) : 0;
  const high = max ? parseRatio(max.value) * (1 + ratioTolerance) : Number.POSITIVE_INFINITY;
  const offenders = shaped(items)
    .filter(({ ratio }) => ratio < low || ratio > high)
    .map(({ item, label }) => offender(item, label));
  if (offenders.length === 0) return;
  const refs = [...new Set([min?.ref, max?.ref].filter((ref): ref is string => !!ref))];
  push({ kind, min: min?.value ?? null, max: max?.value ?? null, offenders, refs });
}

/**
 * The text pieces and templates a warning is written with. The editor passes its catalog's
 * (with the channel's own name and its language's numbers); the API and CLI use `indonesian`.
 */
/** What a template may interpolate (`{{channel}}`, `{{limit}}`, …); each kind uses some. */
export type MediaTemplateValues = {
  channel: string;
  limit?: string;
  actual?: string;
  noun?: string;
  items?: string;
  range?: string;
  allowed?: string;
};

export interface MediaWording {
  template(kind: MediaFitKind, values: MediaTemplateValues): string;
  noun(kind: 'image' | 'video' | 'media' | 'document' | 'audio' | 'other'): string;
  bytes(bytes: number): string;
  seconds(seconds: number): string;
  pixels(px: number): string;
  pages(pages: number): string;
  number(value: number): string;
  /** `1.91:1` → `1,91:1` where the language writes a decimal comma. */
  ratio(text: string): string;
  range(min: string | null, max: string | null): string;
  list(items: readonly string[]): string;
}

/**
 * A byte count in the largest unit that keeps it readable: `8 MB`, `1,2 GB`, `640 kB`, `512 byte`.
 * The app's one size format (the renderer's `formatBytes` passes the UI language's locale).
 */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1e3)
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'byte',
      unitDisplay: 'long',
    }).format(bytes);
  const [unit, size] =
    bytes >= 1e9
      ? (['gigabyte', bytes / 1e9] as const)
      : bytes >= 1e6
        ? (['megabyte', bytes / 1e6] as const)
        : (['kilobyte', bytes / 1e3] as const);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(size);
}

/**
 * A length as people say it: `140 detik` (X's limit, not "2,3 menit"), `3 menit`, `12,1 menit`,
 * `4 jam`. Minutes from two whole minutes, or from ten minutes whatever the seconds.
 */
export function formatSeconds(seconds: number, locale: string): string {
  const [unit, amount] =
    seconds >= 7200
      ? (['hour', seconds / 3600] as const)
      : seconds >= 600 || (seconds >= 120 && seconds % 60 === 0)
        ? (['minute', seconds / 60] as const)
        : (['second', seconds] as const);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(amount);
}

/** Formats a ratio's numbers in a language (`1.91:1` → `1,91:1` in Indonesian). */
export function formatRatio(text: string, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return text
    .split(':')
    .map((part) => number.format(Number(part)))
    .join(':');
}

const idTemplates: Record<MediaFitKind, string> = {
  media_count:
    '{{channel}}: paling banyak {{limit}} {{noun}}; unggahan ini melampirkan {{actual}}.',
  image_bytes: '{{channel}}: gambar paling besar {{limit}}; {{items}} lebih besar.',
  image_min_width: '{{channel}}: lebar gambar minimal {{limit}}; {{items}} lebih sempit.',
  image_max_width: '{{channel}}: lebar gambar maksimal {{limit}}; {{items}} lebih lebar.',
  image_max_side: '{{channel}}: sisi terpanjang gambar maksimal {{limit}}; {{items}} lebih besar.',
  image_format: '{{channel}}: gambar harus berformat {{allowed}}; {{items}} tidak.',
  image_aspect: '{{channel}}: rasio gambar harus {{range}}; {{items}} di luar itu.',
  video_min_seconds: '{{channel}}: video minimal {{limit}}; {{items}} lebih pendek.',
  video_max_seconds: '{{channel}}: video paling lama {{limit}}; {{items}} lebih panjang.',
  video_bytes: '{{channel}}: video paling besar {{limit}}; {{items}} lebih besar.',
  video_format: '{{channel}}: video harus berformat {{allowed}}; {{items}} tidak.',
  video_aspect: '{{channel}}: rasio video harus {{range}}; {{items}} di luar itu.',
  video_ratio: '{{channel}}: rasio video harus {{allowed}}; {{items}} tidak.',
  document_pages: '{{channel}}: dokumen paling banyak {{limit}}; {{items}} lebih banyak.',
  media_kind: '{{channel}}: format ini hanya memuat {{allowed}}; {{items}} bukan.',
};

const idNumber = new Intl.NumberFormat('id-ID');

/** The API's and the CLI's wording. */
export const indonesian: MediaWording = {
  template: (kind, values) =>
    idTemplates[kind].replace(
      /\{\{(\w+)\}\}/g,
      (_, key: string) => values[key as keyof MediaTemplateValues] ?? '',
    ),
  noun: (kind) =>
    ({
      image: 'gambar',
      video: 'video',
      media: 'media',
      document: 'dokumen',
      audio: 'audio',
      other: 'berkas lain',
    })[kind],
  bytes: (bytes) => formatBytes(bytes, 'id-ID'),
  seconds: (seconds) => formatSeconds(seconds, 'id-ID'),
  pixels: (px) => `${idNumber.format(px)} px`,
  pages: (pages) => `${idNumber.format(pages)} halaman`,
  number: (value) => idNumber.format(value),
  ratio: (text) => formatRatio(text, 'id-ID'),
  range: (min, max) => {
    const [low, high] = [min && formatRatio(min, 'id-ID'), max && formatRatio(max, 'id-ID')];
    return low && high ? `${low}–${high}` : low ? `minimal ${low}` : `maksimal ${high}`;
  },
  list: (items) => items.join(', '),
};

/** How a measured figure reads: bytes, pixels, seconds or pages. */
function measuredText(kind: MeasuredMediaKind, value: number, wording: MediaWording): string {
  switch (kind) {
    case 'image_bytes':
    case 'video_bytes':
      return wording.bytes(value);
    case 'image_min_width':
    case 'image_max_width':
    case 'image_max_side':
      return wording.pixels(value);
    case 'video_min_seconds':
    case 'video_max_seconds':
      return wording.seconds(value);
    case 'document_pages':
      return wording.pages(value);
  }
}

const nounKinds = ['image', 'video', 'document', 'audio', 'other'] as const;
const kindNoun = (kind: string): (typeof nounKinds)[number] =>
  (nounKinds as readonly string[]).includes(kind) ? (kind as (typeof nounKinds)[number]) : 'other';

/** One warning in words; `channel` is what the reader calls the channel. */
export function mediaWarningText(
  warning: MediaWarning,
  channel: string,
  wording: MediaWording,
): string {
  const values: MediaTemplateValues = { channel };
  switch (warning.kind) {
    case 'media_count':
      values.limit = wording.number(warning.limit);
      values.actual = wording.number(warning.actual);
      values.noun = wording.noun(warning.mediaKind);
      break;
    case 'image_aspect':
    case 'video_aspect':
      values.range = wording.range(warning.min, warning.max);
      values.items = wording.list(
        warning.offenders.map((o) => `${o.name} (${wording.ratio(o.actual)})`),
      );
      break;
    case 'video_ratio':
      values.allowed = wording.list(warning.allowed.map(wording.ratio));
      values.items = wording.list(
        warning.offenders.map((o) => `${o.name} (${wording.ratio(o.actual)})`),
      );
      break;
    case 'media_kind':
      values.allowed = wording.list(warning.allowed.map((kind) => wording.noun(kindNoun(kind))));
      values.items = wording.list(
        warning.offenders.map((o) => `${o.name} (${wording.noun(kindNoun(o.actual))})`),
      );
      break;
    case 'image_format':
    case 'video_format':
      values.allowed = wording.list(warning.allowed.map((f) => f.toUpperCase()));
      values.items = wording.list(
        warning.offenders.map((o) => `${o.name} (${o.actual.toUpperCase()})`),
      );
      break;
    default:
      values.limit = measuredText(warning.kind, warning.limit, wording);
      values.items = wording.list(
        warning.offenders.map(
          (o) => `${o.name} (${measuredText(warning.kind, o.actual, wording)})`,
        ),
      );
  }
  return wording.template(warning.kind, values);
}

/** Text and media warnings of a post together, as the editor shows them and submit counts them. */
export interface PostWarnings {
  text: Warning[];
  media: MediaWarning[];
}

/**
 * All platform warnings of a post. The media count is reported by the media checks, which know
 * whether the files are images or videos ("paling banyak 4 gambar"), so the text checks' own
 * count is left out rather than said twice.
 */
export function checkPostWithMedia(
  post: PostForLimits,
  media: readonly (MediaFacts | undefined)[],
  limits: PlatformLimits,
): PostWarnings {
  return {
    text: checkPostAgainstLimits(post, limits).filter((warning) => warning.kind !== 'media_count'),
    media: checkMediaFit(post.channels, media, limits),
  };
}
