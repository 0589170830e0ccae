import { z } from 'zod';
import { idSchema, instantSchema, textSchema } from './common';

export const assetKinds = ['image', 'video', 'document', 'audio', 'other'] as const;
export type AssetKind = (typeof assetKinds)[number];
export const assetKindSchema = z.enum(assetKinds);

/** `missing`: the file vanished from the data folder; `corrupt`: its bytes no longer match the hash. */
export const assetStatuses = ['ok', 'missing', 'corrupt'] as const;
export type AssetStatus = (typeof assetStatuses)[number];

export const orientations = ['portrait', 'landscape', 'square'] as const;
export type Orientation = (typeof orientations)[number];

/** Thumbnail long edges in pixels; file names end in `-<size>.webp`. */
export const thumbnailSizes = [320, 1024] as const;

/**
 * Where the renderer finds an asset's files, relative to the media root: it prefixes `/media/`
 * in the browser and `linimasa://media/` in Electron. Thumbnails are null when none exist
 * (videos without ffmpeg, formats sharp cannot decode): show a tile for the kind instead.
 */
export const assetMediaSchema = z.object({
  /** `assets/ab/<sha256>.<ext>` */
  original: z.string(),
  /** `thumbs/ab/<sha256>-320.webp` */
  thumbSmall: z.string().nullable(),
  /** `thumbs/ab/<sha256>-1024.webp` */
  thumbLarge: z.string().nullable(),
});
export type AssetMedia = z.infer<typeof assetMediaSchema>;

/** 'YYYY-MM-DD'. */
const dateSchema = z.iso.date();
/** Capture time as the camera wrote it, local to where it was taken: 'YYYY-MM-DDTHH:mm:ss'. */
const localDateTimeSchema = z.string();

/** What a grid tile or a list row needs. */
export const assetSummarySchema = z.object({
  id: idSchema,
  kind: assetKindSchema,
  mime: z.string(),
  ext: z.string(),
  sha256: z.string(),
  size: z.number().int().nonnegative(),
  originalName: z.string(),
  title: z.string(),
  /** After EXIF orientation: what a person sees. */
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  orientation: z.enum(orientations).nullable(),
  durationMs: z.number().int().nonnegative().nullable(),
  pageCount: z.number().int().positive().nullable(),
  capturedAt: localDateTimeSchema.nullable(),
  /** capturedAt when known, else the import time (UTC, no zone suffix): what sorts and filters by date use. */
  takenAt: z.string(),
  rightsExpiresOn: dateSchema.nullable(),
  status: z.enum(assetStatuses),
  /** How many posts (trash included) list this asset. */
  usageCount: z.number().int().nonnegative(),
  importedAt: instantSchema,
  media: assetMediaSchema,
});
export type AssetSummary = z.infer<typeof assetSummarySchema>;

export const assetSchema = assetSummarySchema.extend({
  description: z.string(),
  credit: z.string(),
  rights: z.string(),
  camera: z.string().nullable(),
  videoCodec: z.string().nullable(),
  tags: z.array(z.string()),
  collectionIds: z.array(idSchema),
  updatedAt: instantSchema,
});
export type Asset = z.infer<typeof assetSchema>;

export const assetTagSchema = z
  .string()
  .trim()
  .transform((tag) => tag.replace(/\s+/g, ' '))
  .pipe(z.string().min(1, 'Tag tidak boleh kosong').max(60, 'Tag paling banyak 60 karakter'));

/** The fields a person edits; everything else comes from the file. */
export const assetEditSchema = z.object({
  title: textSchema(300),
  description: textSchema(5_000),
  credit: textSchema(300),
  rights: textSchema(1_000),
  rightsExpiresOn: dateSchema.nullable(),
  tags: z.array(assetTagSchema).max(50),
});
export type AssetEdit = z.infer<typeof assetEditSchema>;

export const assetSorts = ['newest', 'oldest', 'recentlyImported', 'name', 'largest'] as const;
export type AssetSort = (typeof assetSorts)[number];

export const assetFilterSchema = z
  .object({
    /** Full text over file name, title, description and tags; every word as a prefix. */
    query: z.string().trim().max(200),
    kinds: z.array(assetKindSchema).max(assetKinds.length),
    /** Assets carrying every one of these tags. */
    tags: z.array(assetTagSchema).max(10),
    collectionId: idSchema,
    orientation: z.enum(orientations),
    /** On takenAt's date: [from, to], both inclusive. */
    from: dateSchema,
    to: dateSchema,
    usage: z.enum(['used', 'unused']),
    status: z.enum(assetStatuses),
    /** Rights expiring between today and today + N days (the UI uses 30), already expired included. */
    rightsExpiringWithinDays: z.number().int().min(0).max(3650),
  })
  .partial()
  .strict();
export type AssetFilter = z.infer<typeof assetFilterSchema>;

export const collectionSchema = z.object({
  id: idSchema,
  name: z.string(),
  assetCount: z.number().int().nonnegative(),
  createdAt: instantSchema,
});
export type Collection = z.infer<typeof collectionSchema>;

export const assetUsageSchema = z.object({
  postId: idSchema,
  title: z.string(),
  status: z.string(),
  scheduledAt: instantSchema.nullable(),
  /** Set when the post is in the trash. */
  deletedAt: instantSchema.nullable(),
  /** Place of the asset in the post's media, from 0. */
  position: z.number().int().nonnegative(),
});
export type AssetUsage = z.infer<typeof assetUsageSchema>;

/** One file's outcome in an import; `reason` is Indonesian and meant for people (see reasonKey). */
export const importResultSchema = z.object({
  /** As given (a path, or the uploaded name). */
  source: z.string(),
  name: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed']),
  /** The new or the already present asset. */
  assetId: idSchema.nullable(),
  kind: assetKindSchema.nullable(),
  reason: z.string().nullable(),
  /**
   * The reason as a key of the shared catalog (`errors.<reasonKey>`) and its values, for the
   * interface to word in its own language; `reason` stays as main's Indonesian (the CLI, older
   * clients, reasons that have no key yet).
   */
  reasonKey: z.string().optional(),
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** For a duplicate: the name the library already knows these bytes by ("Upacara HUT RI.jpg"). */
  existingName: z.string().optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const jobProgressSchema = z.object({
  filesDone: z.number().int().nonnegative(),
  filesTotal: z.number().int().nonnegative(),
  bytesDone: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
  /** The file being worked on, by name; null between files. */
  current: z.string().nullable(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const verifyProblemSchema = z.object({
  assetId: idSchema,
  name: z.string(),
  status: z.enum(['missing', 'corrupt']),
});

/** Asset tags compare without letter case: the first spelling of each is kept. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()];
}
