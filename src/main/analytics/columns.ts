import { z } from 'zod';
import columnsJson from '../../../resources/analytics-columns.json';

/** The figures Linimasa keeps per published item; every platform fills those it has. */
export const figureFields = ['views', 'reach', 'likes', 'comments', 'shares', 'saves'] as const;
export type FigureField = (typeof figureFields)[number];

export const analyticsPlatforms = ['facebook', 'instagram', 'youtube', 'tiktok', 'x'] as const;
export type AnalyticsPlatform = (typeof analyticsPlatforms)[number];

const aliasSchema = z.object({ name: z.string().min(1), source: z.string().min(1) });
const platformSchema = z.object({
  label: z.string(),
  signature: z.array(z.string()).min(1),
  dateFormats: z.array(z.string()).min(1),
  fields: z.record(z.string(), z.array(aliasSchema).min(1)),
  permalinkId: z.string().optional(),
});
const fileSchema = z
  .object({
    sources: z.record(z.string(), z.string()),
    platforms: z.object(
      Object.fromEntries(analyticsPlatforms.map((p) => [p, platformSchema])) as Record<
        AnalyticsPlatform,
        typeof platformSchema
      >,
    ),
  })
  .superRefine((file, ctx) => {
    for (const [platform, spec] of Object.entries(file.platforms)) {
      for (const [field, aliases] of Object.entries(spec.fields)) {
        for (const alias of aliases) {
          if (!(alias.source in file.sources)) {
            ctx.addIssue({
              code: 'custom',
              message: `${platform}.${field}: unknown source ${alias.source}`,
            });
          }
        }
      }
    }
  });

export type PlatformColumns = z.infer<typeof platformSchema>;

/** The shipped column map (resources/analytics-columns.json), validated once. */
export const analyticsColumns = fileSchema.parse(columnsJson).platforms;

/** A header as compared with the aliases: no BOM, no case, single spaces. */
export const headerKey = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Field → column index for this header row; the first alias present wins. */
export function mapColumns(spec: PlatformColumns, headers: readonly string[]) {
  const index = new Map(headers.map((h, i) => [headerKey(h), i] as const));
  const columns = new Map<string, { index: number; header: string }>();
  for (const [field, aliases] of Object.entries(spec.fields)) {
    for (const alias of aliases) {
      const at = index.get(headerKey(alias.name));
      if (at !== undefined) {
        columns.set(field, { index: at, header: headers[at]! });
        break;
      }
    }
  }
  return columns;
}

/** The platform whose signature columns this header row has (in the file's order), or null. */
export function detectPlatform(headers: readonly string[]): AnalyticsPlatform | null {
  for (const platform of analyticsPlatforms) {
    const columns = mapColumns(analyticsColumns[platform], headers);
    if (analyticsColumns[platform].signature.every((field) => columns.has(field))) return platform;
  }
  return null;
}
