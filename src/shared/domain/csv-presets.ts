import { z } from 'zod';
import { csvPresetIds, csvPresetSchema, type CsvPresetId } from './exports';

/**
 * CSV layouts are data (resources/csv-presets.json): a scheduling tool renaming a column is an
 * edit to that file, each layout naming where its format is documented. The kinds of value a
 * column can hold form a closed list, so a typo in the file fails when it is loaded rather than
 * producing a file the tool rejects.
 */
export const csvFieldKinds = [
  /** Office-local date, 2026-12-31. */
  'date',
  'date:DD/MM/YYYY',
  'date:MM/DD/YYYY',
  /** The day's name in the office's language (Kamis, Thursday). */
  'dayName',
  /** Office-local wall-clock time, 24-hour, 23:30. */
  'time',
  /** WIB, WITA, WIT, or the zone's short name. */
  'zone',
  'dateTime:YYYY-MM-DD HH:mm',
  'dateTime:DD/MM/YYYY HH:mm',
  'dateTime:MM/DD/YYYY HH:mm',
  /** The UTC instant, ISO 8601. */
  'instant',
  'channel',
  'platform',
  'format',
  'title',
  /** The channel's caption (its own when it has one, the post's otherwise). */
  'caption',
  /** The channel's caption with the post's hashtags it does not already hold. */
  'captionWithHashtags',
  /** captionWithHashtags, then the link when the caption does not already hold it. */
  'message',
  /** The post's hashtags, `#` included, separated by spaces. */
  'hashtags',
  'link',
  /** Always empty: an offline office has no public address for its files. */
  'imageUrl',
  /** The post's own tags, comma separated. */
  'tags',
  'campaign',
  'pic',
  'status',
  'approver',
  /** Office-local approval date and time, 2026-12-20 14:05. */
  'approvedAt',
  'postId',
  'channelId',
] as const;
export type CsvFieldKind = (typeof csvFieldKinds)[number];

/** Keys of the localized column headings (`exportFile.columns` in the i18n catalogs). */
export const csvColumnLabels = [
  'date',
  'day',
  'time',
  'zone',
  'channel',
  'platform',
  'format',
  'title',
  'caption',
  'hashtags',
  'link',
  'campaign',
  'pic',
  'status',
  'approver',
  'approvedAt',
  'assets',
  'postId',
] as const;
export type CsvColumnLabel = (typeof csvColumnLabels)[number];

const textSchema = z.string().trim().min(1, 'Wajib diisi');
const localizedSchema = z.object({ id: textSchema, en: textSchema }).strict();

/**
 * A column has either the tool's exact `header` (tools match headers character for character)
 * or a `label` key whose heading follows the office's language.
 */
export const csvColumnSchema = z
  .object({
    field: z.enum(csvFieldKinds),
    header: z.string().min(1).optional(),
    label: z.enum(csvColumnLabels).optional(),
  })
  .strict()
  .refine((column) => (column.header === undefined) !== (column.label === undefined), {
    message: 'Setiap kolom memakai header atau label, tidak keduanya',
  });
export type CsvColumn = z.infer<typeof csvColumnSchema>;

export const csvPresetDefinitionSchema = z
  .object({
    id: csvPresetSchema,
    label: localizedSchema,
    description: localizedSchema,
    /** Where the format is documented. */
    source: textSchema,
    /** Whether the first line names the columns. */
    header: z.boolean(),
    /** A UTF-8 byte-order mark makes Excel read accents and emoji right; some tools choke on it. */
    bom: z.boolean(),
    /**
     * What the tool accepts per upload, as its help documents it. The export writes one file per
     * channel (profile) and splits at `maxRowsPerFile`; the preview and the CLI name the posts
     * that break the others.
     */
    limits: z
      .object({
        maxRowsPerFile: z.number().int().positive().optional(),
        /** Posts of one profile at least this many minutes apart. */
        minMinutesApart: z.number().int().positive().optional(),
        /** The tool takes no video: posts in a video format or with a video attached. */
        noVideo: z.boolean().optional(),
        /** Every row needs text (an offline export has no image address to stand in for it). */
        textRequired: z.boolean().optional(),
        note: localizedSchema.optional(),
      })
      .strict()
      .optional(),
    /**
     * What the layout does with a cell a spreadsheet would run as a formula (OWASP: one starting
     * with =, +, -, @, tab or CR): 'neutralise' prefixes a single quote (the office table, opened
     * in Excel or LibreOffice); 'keep' writes it as is (a scheduler publishes the cell verbatim,
     * so a quote would go out with the post). Each says why, with its source.
     */
    formulas: z
      .object({ action: z.enum(['neutralise', 'keep']), note: localizedSchema, source: textSchema })
      .strict(),
    columns: z.array(csvColumnSchema).min(1, 'Paling sedikit satu kolom'),
  })
  .strict();
export type CsvPresetDefinition = z.infer<typeof csvPresetDefinitionSchema>;

export const csvPresetsFileSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    presets: z.array(csvPresetDefinitionSchema),
  })
  .strict()
  .superRefine((file, context) => {
    const ids = file.presets.map((preset) => preset.id);
    for (const id of csvPresetIds) {
      const count = ids.filter((other) => other === id).length;
      if (count !== 1) {
        context.addIssue({
          code: 'custom',
          path: ['presets'],
          message: count === 0 ? `Preset "${id}" tidak ada` : `Preset "${id}" muncul ${count} kali`,
        });
      }
    }
  });

/** The presets file, validated; throws a ZodError naming the faulty entry. */
export function loadCsvPresets(data: unknown): Map<CsvPresetId, CsvPresetDefinition> {
  const file = csvPresetsFileSchema.parse(data);
  return new Map(file.presets.map((preset) => [preset.id, preset]));
}
