import { z } from 'zod';
import { assetKindSchema } from './assets';
import { platformSchema } from './channels';
import { idSchema, instantSchema } from './common';
import { exportFilterSchema } from './exports';
import { roleSchema } from './people';
import { approvalSteps, postStatusSchema } from './post-status';
import { postFormatSchema } from './posts';
import { conflictNamesSchema, postDifferenceSchema } from './post-diff';
import { isValidTimeZone } from './time-zones';

/**
 * The `.linimasa` exchange bundle: a zip that carries posts, the channels, campaigns and people
 * they name, and their attached assets from one office's machine to another. These schemas are
 * what an importer accepts; anything else is refused before it touches the library.
 *
 *   manifest.json          last entry: versions, counts, and path + size + SHA-256 of every other entry
 *   data/posts.json        BundlePost[]
 *   data/channels.json     BundleChannel[]
 *   data/campaigns.json    BundleCampaign[]
 *   data/people.json       BundlePerson[]
 *   data/assets.json       BundleAsset[] (every asset a post names; `included` when its file travels)
 *   assets/<sha256>.<ext>  the files, stored uncompressed, one per content hash
 */
export const bundleFormatName = 'linimasa-bundle';
/** Raised only when an older app could not read a newer bundle correctly. */
export const bundleSchemaVersion = 1;

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Harus SHA-256 (64 heksadesimal)');

/** Which assets ride along: the files attached to the posts, or none (posts only). */
export const bundleAssetModes = ['attached', 'none'] as const;
export type BundleAssetMode = (typeof bundleAssetModes)[number];
export const bundleAssetModeSchema = z.enum(bundleAssetModes);

export const dataEntryNames = ['posts', 'channels', 'campaigns', 'people', 'assets'] as const;
export type DataEntryName = (typeof dataEntryNames)[number];
export const dataEntryPath = (name: DataEntryName): string => `data/${name}.json`;
export const assetEntryPath = (sha256: string, ext: string): string => `assets/${sha256}.${ext}`;
export const manifestPath = 'manifest.json';

/** The only names a bundle may hold. Everything else is refused by name. */
export const bundleEntryPattern =
  /^(?:manifest\.json|data\/(?:posts|channels|campaigns|people|assets)\.json|assets\/[0-9a-f]{64}\.[0-9a-z]{1,10})$/;

export const manifestEntrySchema = z.object({
  path: z.string().regex(bundleEntryPattern, 'Nama entri tidak dikenal'),
  size: z.number().int().nonnegative(),
  sha256: sha256Schema,
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

const count = z.number().int().nonnegative();

/** Read first, on its own, so that a newer bundle gets "update Linimasa" rather than a schema error. */
export const manifestHeadSchema = z.object({
  format: z.string(),
  schemaVersion: z.number().int().positive(),
});

export const bundleManifestSchema = z.object({
  format: z.literal(bundleFormatName),
  schemaVersion: z.literal(bundleSchemaVersion),
  appVersion: z.string().max(50),
  createdAt: instantSchema,
  office: z.object({
    name: z.string().max(300),
    unit: z.string().max(300),
    /**
     * The sender's office zone (settings.timeZone), so the receiver can say when its own differs
     * and show both local times. Absent in bundles of earlier versions, which still import.
     */
    timeZone: z.string().max(64).refine(isValidTimeZone, 'Zona waktu tidak dikenal').optional(),
  }),
  /** The data directory that wrote it: a random id made once per database. */
  source: z.object({ installId: idSchema }),
  /** The export filter that chose the posts; null when a program picked them otherwise. */
  filter: exportFilterSchema.nullable(),
  includeAssets: bundleAssetModeSchema,
  counts: z.object({
    posts: count,
    channels: count,
    campaigns: count,
    people: count,
    assets: count,
    assetBytes: count,
  }),
  entries: z.array(manifestEntrySchema).max(200_000),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/**
 * A conflict settled once: between these two versions (content hashes, sorted) the post keeps
 * `kept`. Travels with the post so the other office learns it; when two offices settled the
 * same pair differently, the later decision (then the larger install id) wins on both sides.
 */
export const conflictDecisionSchema = z
  .object({
    versions: z.tuple([sha256Schema, sha256Schema]),
    kept: sha256Schema,
    decidedAt: instantSchema,
    /** The data directory where a person chose. */
    installId: idSchema,
  })
  .refine((d) => d.versions[0] < d.versions[1] && d.versions.includes(d.kept), {
    message: 'Keputusan bentrok tidak sah',
    path: ['kept'],
  });
export type ConflictDecision = z.infer<typeof conflictDecisionSchema>;

/** As the editor accepts links: empty, or http(s) (a `javascript:` link must not arrive by bundle). */
const webLink = z
  .string()
  .max(2000)
  .refine(
    (value) => value === '' || /^https?:\/\/\S+$/i.test(value),
    'Tautan harus diawali http:// atau https://',
  );

const hexColor = z.string().regex(/^#[0-9a-f]{6}$/, 'Warna harus berformat #rrggbb');
/**
 * No transforms (trim, lowercase) anywhere in these schemas: the importer recomputes each post's
 * content hash from what it parsed, which must be exactly what the sender hashed.
 */
const notBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, 'Tidak boleh kosong');
const name = notBlank(120);

export const bundleChannelSchema = z.object({
  id: idSchema,
  platform: platformSchema,
  name,
  handle: z.string().max(120),
  color: hexColor,
  active: z.boolean(),
});
export type BundleChannel = z.infer<typeof bundleChannelSchema>;

export const bundleCampaignSchema = z.object({
  id: idSchema,
  name,
  color: hexColor,
  description: z.string().max(1000),
  archived: z.boolean(),
});
export type BundleCampaign = z.infer<typeof bundleCampaignSchema>;

export const bundlePersonSchema = z.object({
  id: idSchema,
  name,
  role: roleSchema,
  active: z.boolean(),
});
export type BundlePerson = z.infer<typeof bundlePersonSchema>;

export const bundleAssetSchema = z.object({
  sha256: sha256Schema,
  ext: z.string().regex(/^[0-9a-z]{1,10}$/),
  kind: assetKindSchema,
  mime: z.string().max(200),
  size: z.number().int().positive(),
  /** The original file name: a label only, never a path on the importing machine. */
  name: z.string().max(1000),
  title: z.string().max(300),
  description: z.string().max(10_000),
  credit: z.string().max(300),
  rights: z.string().max(2000),
  rightsExpiresOn: z.iso.date().nullable(),
  tags: z.array(notBlank(60)).max(500),
  /** False when the exporter chose posts only: the importer links it only if it has the file. */
  included: z.boolean(),
});
export type BundleAsset = z.infer<typeof bundleAssetSchema>;

/**
 * One post, whole: every channel it goes out on (not only those an export filter kept), with
 * its content hash and the sender's exchange history for that post.
 */
/**
 * One recorded sign-off (check or approve) as it travels: who under which name and role at that
 * moment, when, and the fingerprint of what was signed off (null for approvals from before the
 * evidence was kept). The receiver keeps each one it does not have yet, never rewrites one.
 */
export const bundleApprovalSchema = z
  .object({
    step: z.enum(approvalSteps),
    actorId: idSchema.nullable(),
    actorName: notBlank(200),
    actorRole: notBlank(20),
    at: instantSchema,
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
  })
  .strict();
export type BundleApproval = z.infer<typeof bundleApprovalSchema>;

export const bundlePostSchema = z
  .object({
    id: idSchema,
    title: notBlank(300),
    brief: z.string().max(10_000),
    caption: z.string().max(70_000),
    link: webLink,
    firstComment: z.string().max(5000),
    hashtags: z.array(z.string().max(140)).max(100),
    tags: z.array(notBlank(60)).max(30),
    channels: z
      .array(
        z.object({
          channelId: idSchema,
          format: postFormatSchema,
          captionOverride: z.string().max(70_000).nullable(),
        }),
      )
      .max(30)
      .refine(
        (list) => new Set(list.map((c) => c.channelId)).size === list.length,
        'Kanal tidak boleh dobel',
      ),
    campaignId: idSchema.nullable(),
    assigneeId: idSchema.nullable(),
    status: postStatusSchema,
    scheduledAt: instantSchema.nullable(),
    timeZone: z.string().max(64).refine(isValidTimeZone, 'Zona waktu tidak dikenal').nullable(),
    submittedBy: idSchema.nullable(),
    /** Two-step offices: who checked the post in its current round. Absent in earlier bundles. */
    checkedBy: idSchema.nullable().optional(),
    checkedAt: instantSchema.nullable().optional(),
    approvedBy: idSchema.nullable(),
    approvedAt: instantSchema.nullable(),
    /** The evidence of every sign-off, oldest first. Absent in earlier bundles. */
    approvals: z.array(bundleApprovalSchema).max(200).optional(),
    permalink: webLink,
    publishedAt: instantSchema.nullable(),
    createdBy: idSchema.nullable(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    version: z.number().int().positive(),
    /** SHA-256 of the attached files, in the post's order. */
    assets: z
      .array(sha256Schema)
      .max(50)
      .refine((list) => new Set(list).size === list.length, 'Aset tidak boleh dobel'),
    /** See contentHash in src/main/bundle/content-hash.ts; the importer recomputes and compares. */
    contentHash: sha256Schema,
    /**
     * Content hashes this post had at the sender's earlier exchanges (oldest first; the last is
     * the base of the sender's current version). Lets the receiver tell "they changed it since
     * they had ours" from "both changed it".
     */
    exchange: z.object({
      baseHash: sha256Schema.nullable(),
      seen: z.array(sha256Schema).max(64),
      /**
       * Conflicts between two versions of this post that the sender settled or learned of: the
       * receiver applies the same outcome instead of asking again. Absent in earlier bundles.
       */
      resolved: z.array(conflictDecisionSchema).max(64).optional(),
    }),
  })
  .refine((p) => (p.scheduledAt === null) === (p.timeZone === null), {
    message: 'Waktu tayang dan zona waktu harus sama-sama ada atau sama-sama kosong',
    path: ['timeZone'],
  });
export type BundlePost = z.infer<typeof bundlePostSchema>;

/** Everyone a post names (assignee, the people of its steps, its sign-offs): they travel with it. */
export function peopleOfPost(
  post: Pick<
    BundlePost,
    'assigneeId' | 'approvedBy' | 'submittedBy' | 'createdBy' | 'checkedBy' | 'approvals'
  >,
): string[] {
  const ids = [post.assigneeId, post.approvedBy, post.submittedBy, post.createdBy, post.checkedBy];
  for (const approval of post.approvals ?? []) ids.push(approval.actorId);
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

export const bundleDataSchemas = {
  posts: z.array(bundlePostSchema).max(100_000),
  channels: z.array(bundleChannelSchema).max(10_000),
  campaigns: z.array(bundleCampaignSchema).max(10_000),
  people: z.array(bundlePersonSchema).max(10_000),
  assets: z.array(bundleAssetSchema).max(100_000),
} as const;

/**
 * What happens to a post on import. `new`: not here yet. `updated`: only the sender changed it
 * since the two sides last had the same version, so theirs is taken. `unchanged`: the same, or
 * only we changed it. `conflict`: both changed it (or it never crossed before and differs): a
 * person chooses.
 */
export const importKinds = ['new', 'updated', 'conflict', 'unchanged'] as const;
export type ImportKind = (typeof importKinds)[number];

export const conflictResolutions = ['keep_mine', 'take_theirs', 'keep_both'] as const;
export type ConflictResolution = (typeof conflictResolutions)[number];
export const conflictResolutionSchema = z.enum(conflictResolutions);

/** Post id → how its conflict is settled. Ids of posts that are not in conflict are ignored. */
export const importResolutionsSchema = z.record(idSchema, conflictResolutionSchema);
export type ImportResolutions = z.infer<typeof importResolutionsSchema>;

const postSideSchema = z.object({
  title: z.string(),
  status: postStatusSchema,
  scheduledAt: instantSchema.nullable(),
  updatedAt: instantSchema,
});
export type ImportPostSide = z.infer<typeof postSideSchema>;

export const importPlanPostSchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.enum(importKinds),
  /** This machine's version; absent for new posts. */
  local: postSideSchema.extend({ inTrash: z.boolean() }).optional(),
  remote: postSideSchema,
  /** For a conflict: what differs, ours against theirs, and who the ids in it are. */
  differences: z.array(postDifferenceSchema).optional(),
  names: conflictNamesSchema.optional(),
  /**
   * The two versions were in conflict before and that was settled (here, or by the sender):
   * the same outcome applies, nobody is asked again. `kept`: which side's version stays.
   */
  settledBefore: z
    .object({ kept: z.enum(['here', 'bundle']), decidedAt: instantSchema, byHere: z.boolean() })
    .optional(),
});
export type ImportPlanPost = z.infer<typeof importPlanPostSchema>;

const named = z.object({ id: idSchema, name: z.string() });

/** The dry run: what an import would do, with nothing written. */
/**
 * A note of a dry run, worded like an error: `errors.<key>` of the shared catalogs with its
 * values; `message` is main's Indonesian text of the same key, for clients without the key.
 */
export const importNoticeSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ImportNotice = z.infer<typeof importNoticeSchema>;

export const importPlanSchema = z.object({
  bundle: z.object({
    appVersion: z.string(),
    createdAt: instantSchema,
    officeName: z.string(),
    unitName: z.string(),
    /** The sender's office zone; null for a bundle from an earlier version that did not say. */
    timeZone: z.string().nullable(),
    sourceInstallId: idSchema,
    /** Written by this very data directory (importing it back changes nothing new). */
    fromHere: z.boolean(),
    filter: exportFilterSchema.nullable(),
    includeAssets: bundleAssetModeSchema,
    bytes: z.number().int().nonnegative(),
  }),
  posts: z.array(importPlanPostSchema),
  counts: z.object({ new: count, updated: count, conflict: count, unchanged: count }),
  assets: z.object({
    /** Files the library does not have yet and that the import would copy in. */
    new: count,
    newBytes: count,
    /** Files the bundle carries that the library already has (reused, not copied). */
    present: count,
    /** Attachments neither carried nor already here: imported posts go without them. */
    missing: count,
  }),
  create: z.object({
    channels: z.array(named),
    campaigns: z.array(named),
    people: z.array(named),
  }),
  /** For information only: e.g. a channel with the same id but another name here. */
  notices: z.array(importNoticeSchema),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

export const importSummarySchema = z.object({
  created: count,
  updated: count,
  keptMine: count,
  keptBoth: count,
  unchanged: count,
  assets: z.object({ imported: count, reused: count, missing: count }),
  createdChannels: count,
  createdCampaigns: count,
  createdPeople: count,
  /** Posts the import wrote (new, updated, taken over, and the copies of keep_both). */
  changedPostIds: z.array(idSchema),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
