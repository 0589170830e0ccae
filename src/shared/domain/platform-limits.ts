import { z } from 'zod';
import { type Platform, platforms } from './channels';
import { composeCaption, extractHashtags } from './hashtags';
import { postFormats, type PostFormat } from './posts';

/**
 * Platform limits are data (resources/platform-limits.json), each value with its source, so a
 * platform changing its rules is an edit to a JSON file. This module validates that file,
 * counts text the way each platform does, and turns a post into per-channel warnings. Warnings
 * never block saving; the editor asks for an acknowledgement before submitting with any open.
 */

/**
 * How a post is published on a channel. Each platform offers some of them (its `formats` in the
 * limits file: Instagram's feed photo, carousel, reel and story; X's post…), and a format may
 * tighten the platform's limits.
 */
export const contentFormats = postFormats;
export type ContentFormat = PostFormat;
export const contentFormatSchema = z.enum(contentFormats);

const sourceSchema = z.string().trim().min(1, 'Setiap batas wajib mencantumkan sumbernya');
/** A key into the file's `sources`: what the user is shown (a short label and a date). */
const refSchema = z.string().trim().min(1, 'Setiap batas wajib merujuk ke daftar sumber');
const noteSchema = z.string().trim().min(1).optional();
const ratioSchema = z
  .string()
  .regex(/^\d+(\.\d+)?:\d+(\.\d+)?$/, 'Rasio ditulis lebar:tinggi, mis. 4:5');

/** Counting rules that need no parameters. */
export const simpleCountingMethods = ['code_points', 'graphemes', 'utf8_bytes'] as const;
export type SimpleCountingMethod = (typeof simpleCountingMethods)[number];

/** twitter-text's configuration format, copied field for field so its values can be pasted. */
const weightedCountingSchema = z
  .object({
    method: z.literal('weighted'),
    scale: z.number().int().positive(),
    defaultWeight: z.number().int().nonnegative(),
    transformedURLLength: z.number().int().nonnegative(),
    emojiParsingEnabled: z.boolean(),
    ranges: z.array(
      z
        .object({
          start: z.number().int().min(0).max(0x10ffff),
          end: z.number().int().min(0).max(0x10ffff),
          weight: z.number().int().nonnegative(),
        })
        .strict(),
    ),
    source: sourceSchema,
    note: noteSchema,
  })
  .strict();

const simpleCounting = <M extends SimpleCountingMethod>(method: M) =>
  z.object({ method: z.literal(method), note: noteSchema }).strict();

export const countingSchema = z.discriminatedUnion('method', [
  simpleCounting('code_points'),
  simpleCounting('graphemes'),
  simpleCounting('utf8_bytes'),
  weightedCountingSchema,
]);
export type Counting = z.infer<typeof countingSchema>;

const alternativeSchema = z
  .object({
    value: z.union([z.number(), z.string()]),
    source: sourceSchema,
    ref: refSchema.optional(),
    note: noteSchema,
  })
  .strict();

const limit = <V extends z.ZodType>(value: V) =>
  z
    .object({
      value,
      /** In full, for whoever maintains the file (a URL, a file name, a quotation). */
      source: sourceSchema,
      ref: refSchema,
      note: noteSchema,
      /** What other sources say, kept so the choice can be revisited. */
      alternatives: z.array(alternativeSchema).optional(),
      /**
       * The platform resizes content past this limit instead of refusing it, so the editor does
       * not warn (a warning on every camera photo teaches people to ignore warnings). The value
       * stays recorded for exports that resize.
       */
      scaledByPlatform: z.boolean().optional(),
    })
    .strict();

const count = limit(z.number().int().positive());
const amount = limit(z.number().positive());
const textLimit = count.extend({
  /** Overrides the platform's counting for this limit (YouTube descriptions are bytes). */
  counting: z.enum(simpleCountingMethods).optional(),
});

export const limitsSchema = z
  .object({
    captionMaxChars: textLimit,
    titleMaxChars: textLimit,
    hashtagsMax: count,
    mediaMax: count,
    tagsMaxChars: count,
    imageMaxBytes: count,
    imageFormats: limit(z.array(z.string().min(1)).min(1)),
    imageMinWidthPx: count,
    imageMaxWidthPx: count,
    imageMaxSidePx: count,
    imageAspectMin: limit(ratioSchema),
    imageAspectMax: limit(ratioSchema),
    videoFormats: limit(z.array(z.string().min(1)).min(1)),
    videoMinSeconds: amount,
    videoMaxSeconds: amount,
    videoMaxBytes: count,
    videoAspectMin: limit(ratioSchema),
    videoAspectMax: limit(ratioSchema),
    videoAspectRatios: limit(z.array(ratioSchema).min(1)),
    thumbnailMaxBytes: count,
    documentMaxPages: count,
    /** What a format carries: a feed photo only images, a reel only a video. */
    mediaKinds: limit(z.array(z.enum(['image', 'video', 'document'])).min(1)),
  })
  .partial()
  .strict();
export type Limits = z.infer<typeof limitsSchema>;

const platformEntrySchema = z
  .object({
    name: z.string().trim().min(1),
    counting: countingSchema,
    limits: limitsSchema,
    /**
     * The formats the platform offers, in the order the editor lists them (the first is a new
     * channel's default), each with overrides merged over `limits` (a story's ratio, a reel's
     * title, a Short's length).
     */
    formats: z
      .partialRecord(contentFormatSchema, limitsSchema)
      .refine((formats) => Object.keys(formats).length > 0, 'Setiap platform menawarkan format'),
  })
  .strict();
export type PlatformLimitsEntry = z.infer<typeof platformEntrySchema>;

/** Every platform a channel may have must be present, so a new one cannot go unchecked. */
/** Where limits come from, as a user reads it: "Panduan …, diperiksa Nov 2026". */
const sourceEntrySchema = z
  .object({
    label: z.object({ id: z.string().trim().min(1), en: z.string().trim().min(1) }).strict(),
    /** The month the values were last checked against the document, `YYYY-MM`. */
    checked: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tanggal periksa ditulis YYYY-MM'),
    detail: noteSchema,
  })
  .strict();
export type LimitSource = z.infer<typeof sourceEntrySchema>;

export const platformLimitsSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    sources: z.record(z.string(), sourceEntrySchema),
    platforms: z
      .object(
        Object.fromEntries(platforms.map((platform) => [platform, platformEntrySchema])) as Record<
          Platform,
          typeof platformEntrySchema
        >,
      )
      .strict(),
  })
  .strict()
  .superRefine((file, context) => {
    // Every ref must name a source, so no warning is ever shown without its label.
    const refs: { ref: string; path: PropertyKey[] }[] = [];
    for (const [platform, entry] of Object.entries(file.platforms)) {
      const collect = (limits: Limits, path: PropertyKey[]) => {
        for (const [key, item] of Object.entries(limits)) {
          refs.push({ ref: item.ref, path: [...path, key, 'ref'] });
          item.alternatives?.forEach((alternative, index) => {
            if (alternative.ref)
              refs.push({ ref: alternative.ref, path: [...path, key, 'alternatives', index] });
          });
        }
      };
      collect(entry.limits, ['platforms', platform, 'limits']);
      for (const [format, limits] of Object.entries(entry.formats))
        collect(limits, ['platforms', platform, 'formats', format]);
    }
    for (const { ref, path } of refs) {
      if (!(ref in file.sources))
        context.addIssue({ code: 'custom', path, message: `Sumber "${ref}" tidak ada di sources` });
    }
  });
export type PlatformLimits = z.infer<typeof platformLimitsSchema>;

/** Validates the limits file (already parsed JSON); throws one readable error listing every fault. */
export function loadPlatformLimits(json: unknown): PlatformLimits {
  const result = platformLimitsSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Berkas batas platform tidak valid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** A platform's limits with the format's overrides applied. */
export function limitsFor(limits: PlatformLimits, platform: Platform, format?: string): Limits {
  const entry = limits.platforms[platform];
  const overrides =
    format !== undefined && (contentFormats as readonly string[]).includes(format)
      ? entry.formats[format as ContentFormat]
      : undefined;
  return { ...entry.limits, ...overrides };
}

/** The formats a platform offers, in the order the file lists them (the picker's order). */
export function formatsOf(limits: PlatformLimits, platform: Platform): ContentFormat[] {
  const offered = Object.keys(limits.platforms[platform].formats);
  return contentFormats
    .filter((format) => offered.includes(format))
    .sort((a, b) => offered.indexOf(a) - offered.indexOf(b));
}

/** The format a channel of this platform starts with: the first the file lists. */
export function defaultFormatOf(limits: PlatformLimits, platform: Platform): ContentFormat {
  const [first] = Object.keys(limits.platforms[platform].formats) as ContentFormat[];
  return first!;
}

/**
 * The nearest format a platform offers for one it does not (an older post's "feed" on X, a
 * bundle from an older app): the same kind of post where the platform has one, else its default.
 */
const nearestFormats: Record<ContentFormat, readonly ContentFormat[]> = {
  feed: ['feed', 'post', 'photo', 'carousel'],
  carousel: ['carousel', 'post', 'photo', 'feed'],
  reel: ['reel', 'short', 'video', 'post'],
  story: ['story', 'short', 'reel', 'video', 'post'],
  post: ['post', 'feed', 'photo'],
  photo: ['photo', 'feed', 'post'],
  video: ['video', 'post', 'reel'],
  short: ['short', 'reel', 'video', 'post'],
  article: ['article', 'post', 'feed'],
};

export function fitFormat(
  limits: PlatformLimits,
  platform: Platform,
  format: ContentFormat,
): ContentFormat {
  const offered = limits.platforms[platform].formats;
  return (
    nearestFormats[format].find((near) => near in offered) ?? defaultFormatOf(limits, platform)
  );
}

/**
 * A source as the user reads it: "Panduan media sosial Ayrshare, diperiksa Nov 2026" (never a
 * file name or a URL; those stay in the file for whoever maintains it).
 */
export function sourceLabel(
  limits: PlatformLimits,
  ref: string,
  language: 'id' | 'en' = 'id',
): string {
  const source = limits.sources[ref];
  if (!source) return '';
  const [year, month] = source.checked.split('-').map(Number) as [number, number];
  const when = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'UTC',
    month: 'short',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
  return `${source.label[language]}, ${language === 'id' ? 'diperiksa' : 'checked'} ${when}`;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    // A lone surrogate goes out as U+FFFD, three bytes.
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** A grapheme X would draw as an emoji: twitter-text weighs each such cluster as one unit. */
const emojiCluster = /\p{Emoji_Presentation}|\uFE0F|\u20E3|\p{Regional_Indicator}/u;
const linkPattern = /\bhttps?:\/\/[^\s]+/giu;
const trailingPunctuation = /[.,;:!?'")\]]+$/u;

function weightedLength(text: string, rule: z.infer<typeof weightedCountingSchema>): number {
  let total = 0;
  const withoutLinks = text.normalize('NFC').replace(linkPattern, (link) => {
    // "…kunjungi https://jatimprov.go.id." – the full stop ends the sentence, not the link.
    total += rule.transformedURLLength * rule.scale;
    return trailingPunctuation.exec(link)?.[0] ?? '';
  });
  for (const { segment } of segmenter.segment(withoutLinks)) {
    if (rule.emojiParsingEnabled && emojiCluster.test(segment)) {
      total += rule.defaultWeight;
      continue;
    }
    for (const char of segment) {
      const codePoint = char.codePointAt(0)!;
      const range = rule.ranges.find((item) => codePoint >= item.start && codePoint <= item.end);
      total += range ? range.weight : rule.defaultWeight;
    }
  }
  return Math.ceil(total / rule.scale);
}

/**
 * The length of `text` as the platform counts it. Never UTF-16 units: an emoji is one code point
 * or cluster (two on X, four bytes on YouTube descriptions), not two surrogate halves.
 */
export function countText(text: string, counting: Counting | SimpleCountingMethod): number {
  const rule = typeof counting === 'string' ? { method: counting } : counting;
  switch (rule.method) {
    case 'code_points':
      return [...text].length;
    case 'graphemes':
      return [...segmenter.segment(text)].length;
    case 'utf8_bytes':
      return utf8Length(text);
    case 'weighted':
      return weightedLength(text, rule);
  }
}

export type LimitKind = 'caption_length' | 'title_length' | 'hashtag_count' | 'media_count';
export type MeasureUnit = 'characters' | 'bytes' | 'hashtags' | 'media';

export interface PostForLimits {
  title: string;
  caption: string;
  hashtags: readonly string[];
  mediaCount: number;
  channels: readonly ChannelForLimits[];
}

export interface ChannelForLimits {
  channelId: string;
  platform: Platform;
  /** A blank override means "use the base caption". */
  captionOverride?: string | null;
  format: string;
}

/** One live counter in the editor: what the post has, and the limit if the platform sets one. */
export interface Measurement {
  kind: LimitKind;
  actual: number;
  limit: number | null;
  unit: MeasureUnit;
  /** The limit's source as the user reads it (Indonesian), and its key for other languages. */
  source: string | null;
  sourceRef: string | null;
}

export interface Warning {
  channelId: string;
  platform: Platform;
  kind: LimitKind;
  limit: number;
  actual: number;
  unit: MeasureUnit;
  /** Where the limit comes from, as the user reads it (Indonesian): label and date. */
  source: string;
  /** The key of that source in the limits file, for the editor to word in its language. */
  sourceRef: string;
  /** Indonesian, ready to show. */
  message: string;
}

/** The text published on a channel: its override or the base caption, plus the post's hashtags. */
export function channelText(
  post: Pick<PostForLimits, 'caption' | 'hashtags'>,
  channel: ChannelForLimits,
): string {
  const override = channel.captionOverride;
  const caption =
    override !== undefined && override !== null && override.trim() !== '' ? override : post.caption;
  return composeCaption(caption, post.hashtags);
}

function unitOf(method: Counting['method'] | SimpleCountingMethod): MeasureUnit {
  return method === 'utf8_bytes' ? 'bytes' : 'characters';
}

/** A limit's source for a counter or a warning: the label the user reads, and its key. */
function cite(
  limits: PlatformLimits,
  limit: { ref: string } | undefined,
): { source: string | null; sourceRef: string | null } {
  return limit
    ? { source: sourceLabel(limits, limit.ref), sourceRef: limit.ref }
    : { source: null, sourceRef: null };
}

/** Every counter for one channel, in the order the editor shows them. */
export function measureChannel(
  post: PostForLimits,
  channel: ChannelForLimits,
  limits: PlatformLimits,
): Measurement[] {
  const entry = limits.platforms[channel.platform];
  const applicable = limitsFor(limits, channel.platform, channel.format);
  const text = channelText(post, channel);
  const captionCounting = applicable.captionMaxChars?.counting ?? entry.counting;
  const measurements: Measurement[] = [
    {
      kind: 'caption_length',
      actual: countText(text, captionCounting),
      limit: applicable.captionMaxChars?.value ?? null,
      unit: unitOf(typeof captionCounting === 'string' ? captionCounting : captionCounting.method),
      ...cite(limits, applicable.captionMaxChars),
    },
  ];
  if (applicable.titleMaxChars) {
    const titleCounting = applicable.titleMaxChars.counting ?? entry.counting;
    measurements.push({
      kind: 'title_length',
      actual: countText(post.title, titleCounting),
      limit: applicable.titleMaxChars.value,
      unit: unitOf(typeof titleCounting === 'string' ? titleCounting : titleCounting.method),
      ...cite(limits, applicable.titleMaxChars),
    });
  }
  measurements.push(
    {
      kind: 'hashtag_count',
      actual: extractHashtags(text).length,
      limit: applicable.hashtagsMax?.value ?? null,
      unit: 'hashtags',
      ...cite(limits, applicable.hashtagsMax),
    },
    {
      kind: 'media_count',
      actual: post.mediaCount,
      limit: applicable.mediaMax?.value ?? null,
      unit: 'media',
      ...cite(limits, applicable.mediaMax),
    },
  );
  return measurements;
}

const number = new Intl.NumberFormat('id-ID');

function warningMessage(
  platformName: string,
  kind: LimitKind,
  actual: number,
  limit: number,
  unit: MeasureUnit,
): string {
  const units = unit === 'bytes' ? 'byte' : 'karakter';
  const [a, l] = [number.format(actual), number.format(limit)];
  switch (kind) {
    case 'caption_length':
      return `Teks untuk ${platformName} ${a} ${units}, melebihi batas ${l} ${units}.`;
    case 'title_length':
      return `Judul untuk ${platformName} ${a} ${units}, melebihi batas ${l} ${units}.`;
    case 'hashtag_count':
      return `${platformName} membatasi ${l} tagar; pos ini memakai ${a}.`;
    case 'media_count':
      return `${platformName} memuat paling banyak ${l} media; pos ini melampirkan ${a}.`;
  }
}

/**
 * Every limit the post exceeds on each of its channels; exactly at the limit is fine. Channels
 * whose platform has no entry for a kind (the website) produce no warning of that kind.
 */
export function checkPostAgainstLimits(post: PostForLimits, limits: PlatformLimits): Warning[] {
  const warnings: Warning[] = [];
  for (const channel of post.channels) {
    const entry = limits.platforms[channel.platform];
    if (!entry) continue;
    for (const measurement of measureChannel(post, channel, limits)) {
      const { limit, actual, kind, unit, source, sourceRef } = measurement;
      if (limit === null || source === null || sourceRef === null || actual <= limit) continue;
      warnings.push({
        channelId: channel.channelId,
        platform: channel.platform,
        kind,
        limit,
        actual,
        unit,
        source,
        sourceRef,
        message: warningMessage(entry.name, kind, actual, limit, unit),
      });
    }
  }
  return warnings;
}
