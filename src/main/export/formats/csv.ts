import { stringify } from 'csv-stringify/sync';
import { format as formatDate } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import type { CsvFieldKind } from '../../../shared/domain/csv-presets';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { CsvPresetId, Schedule, ScheduleRow } from '../../../shared/domain/exports';
import { composeCaption } from '../../../shared/domain/hashtags';
import { localParts, utcDate } from '../../../shared/time';
import { exportLabels, type ExportLabels } from '../labels';
import { planCsvFiles, type CsvFilePlan } from './csv-files';
import { csvPresetDefinition } from './csv-presets';
import { writeText } from './text-chunks';
import type { FormatWriter } from './types';

/** Rows per chunk handed to the output: big enough to keep csv-stringify's per-call cost low. */
const chunkRows = 500;

type Cell = (row: ScheduleRow) => string;

const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
const mdy = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;

/** A memo per export: 10,000 posts share a few hundred dates and approval moments. */
function memo(compute: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute(key)));
    return value;
  };
}

/** The text as the tool should publish it: caption, missing hashtags, then the link. */
function message(row: ScheduleRow): string {
  const text = composeCaption(row.channel.caption, row.post.hashtags);
  const link = row.post.link.trim();
  if (link === '' || text.includes(link)) return text;
  return text.trim() === '' ? link : `${text.trimEnd()}\n\n${link}`;
}

function cellFor(field: CsvFieldKind, schedule: Schedule, labels: ExportLabels): Cell {
  const zone = schedule.office.timeZone;
  switch (field) {
    case 'date':
      return ({ post }) => post.date;
    case 'date:DD/MM/YYYY':
      return ({ post }) => dmy(post.date);
    case 'date:MM/DD/YYYY':
      return ({ post }) => mdy(post.date);
    case 'dayName': {
      const locale = schedule.office.locale === 'id' ? idLocale : enUS;
      const dayName = memo((date) => formatDate(utcDate(date), 'EEEE', { locale }));
      return ({ post }) => dayName(post.date);
    }
    case 'time':
      return ({ post }) => post.time;
    case 'zone':
      return ({ post }) => post.zoneLabel;
    case 'dateTime:YYYY-MM-DD HH:mm':
      return ({ post }) => `${post.date} ${post.time}`;
    case 'dateTime:DD/MM/YYYY HH:mm':
      return ({ post }) => `${dmy(post.date)} ${post.time}`;
    case 'dateTime:MM/DD/YYYY HH:mm':
      return ({ post }) => `${mdy(post.date)} ${post.time}`;
    case 'instant':
      return ({ post }) => post.scheduledAt;
    case 'channel':
      return ({ channel }) => channel.name;
    case 'platform':
      return ({ channel }) => labels.platform(channel.platform);
    case 'format':
      return ({ channel }) => labels.format(channel.format);
    case 'title':
      return ({ post }) => post.title;
    case 'caption':
      return ({ channel }) => channel.caption;
    case 'captionWithHashtags':
      return ({ post, channel }) => composeCaption(channel.caption, post.hashtags);
    case 'message':
      return message;
    case 'hashtags':
      return ({ post }) => post.hashtags.map((tag) => `#${tag}`).join(' ');
    case 'link':
      return ({ post }) => post.link;
    case 'imageUrl':
      return () => '';
    case 'tags':
      return ({ post }) => post.tags.join(', ');
    case 'campaign':
      return ({ post }) => post.campaign?.name ?? '';
    case 'pic':
      return ({ post }) => post.assignee?.name ?? '';
    case 'status':
      return ({ post }) => labels.status(post.status);
    case 'approver':
      return ({ post }) => post.approvedBy?.name ?? '';
    case 'approvedAt': {
      const local = memo((instant) => {
        const { date, time } = localParts(instant, zone);
        return `${date} ${time}`;
      });
      return ({ post }) => (post.approvedAt ? local(post.approvedAt) : '');
    }
    case 'postId':
      return ({ post }) => post.id;
    case 'channelId':
      return ({ channel }) => channel.channelId;
  }
}

/**
 * RFC 4180 with CRLF between records. csv-stringify quotes a cell holding the delimiter, a quote
 * or the record delimiter as a whole (`\r\n`), but not a bare `\n` or `\r`, which every strict
 * reader takes as the end of a record; and it leaves outer spaces bare, which some readers trim.
 * `quoted_match` quotes those too.
 */
const csvOptions = {
  record_delimiter: 'windows',
  quoted_match: /[\r\n]|^\s|\s$/,
} as const;

/** OWASP's CSV-injection rule: what a spreadsheet would run as a formula. */
const formulaStart = /^[=+\-@\t\r]/;
const neutralise = (text: string) => (formulaStart.test(text) ? `'${text}` : text);

export function encodeCsv(records: string[][]): string {
  return stringify(records, csvOptions);
}

/** The file's first bytes (BOM, header line) and each row's record, in the preset's layout. */
function layout(schedule: Schedule, preset: CsvPresetId) {
  const definition = csvPresetDefinition(preset);
  const labels = exportLabels(schedule.office.locale);
  const headers = definition.columns.map(
    (column) => column.header ?? labels.columns[column.label!],
  );
  const raw = definition.columns.map((column) => cellFor(column.field, schedule, labels));
  const cells: Cell[] =
    definition.formulas.action === 'neutralise'
      ? raw.map((cell) => (row) => neutralise(cell(row)))
      : raw;
  let head = definition.bom ? '\uFEFF' : '';
  if (definition.header) head += encodeCsv([headers]);
  return { head, record: (row: ScheduleRow) => cells.map((cell) => cell(row)) };
}

/**
 * CSV, RFC 4180 (see csvOptions), one record per post × channel, in the layout of the chosen
 * preset; the office table neutralises cells a spreadsheet would run (the preset's `formulas`).
 * A bulk layout is one file per channel (see planCsvFiles): one file is written as it is,
 * several go into a zip.
 */
export const csvFormat: FormatWriter = {
  mime: 'text/csv; charset=utf-8',
  async write(schedule, out, { preset = 'standard', signal, progress }) {
    const files = planCsvFiles(schedule, preset);
    const { head, record } = layout(schedule, preset);
    if (files.length > 1) return writeZip(schedule, files, head, record, out, signal, progress);
    const rows = files[0]!.rows;
    const total = rows.length;
    if (head !== '') await writeText(out, head, signal);
    for (let start = 0; start < total; start += chunkRows) {
      signal?.throwIfAborted();
      const records = rows.slice(start, start + chunkRows).map(record);
      await writeText(out, encodeCsv(records), signal);
      progress?.(Math.min(start + chunkRows, total), total);
    }
    signal?.throwIfAborted();
    if (total === 0) progress?.(0, 0);
  },
};

/** Several profiles' files in one zip; each file is small (a tool takes a few hundred rows). */
async function writeZip(
  schedule: Schedule,
  files: CsvFilePlan[],
  head: string,
  record: (row: ScheduleRow) => string[],
  out: Writable,
  signal: AbortSignal | undefined,
  progress: ((done: number, total: number) => void) | undefined,
): Promise<void> {
  const zip = new ZipFile();
  const mtime = new Date(schedule.generatedAt);
  const total = files.reduce((sum, file) => sum + file.rows.length, 0);
  let done = 0;
  for (const file of files) {
    signal?.throwIfAborted();
    const text = head + encodeCsv(file.rows.map(record));
    zip.addBuffer(Buffer.from(text, 'utf8'), file.name, { mtime, compress: true });
    done += file.rows.length;
    progress?.(done, total);
  }
  zip.end();
  await pipeline(zip.outputStream as unknown as Readable, out, { signal });
}
