import {
  scheduleRows,
  type CsvPresetId,
  type Schedule,
  type ScheduleRow,
} from '../../../shared/domain/exports';
import { exportPeriod } from '../file-name';
import { csvPresetDefinition } from './csv-presets';

/** One CSV the export writes: a whole office table, or one profile's part of a bulk upload. */
export interface CsvFilePlan {
  /** ASCII only, like every export name: `buffer-instagram-pemkab-2026-12-bagian-2.csv`. */
  name: string;
  /** The profile this file is for; null for the office table (every channel in one file). */
  channel: { id: string; name: string } | null;
  /** 1-based; `parts` files when the profile has more rows than the tool takes per file. */
  part: number;
  parts: number;
  rows: ScheduleRow[];
}

/** `Instagram Pemkab (Utama)` → `instagram-pemkab-utama`: accents dropped, ASCII only. */
export function channelSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'kanal' : slug;
}

/**
 * The files a CSV export is made of. The office table is one file. The scheduling tools
 * (Buffer, Sprout Social, Hootsuite) import one file per profile, so their layouts get one file
 * per channel, named after it, split at the tool's `maxRowsPerFile` (`-bagian-1`, `-bagian-2`);
 * writing every channel into one file would schedule a post once per channel on one profile.
 */
export function planCsvFiles(schedule: Schedule, preset: CsvPresetId = 'standard'): CsvFilePlan[] {
  const definition = csvPresetDefinition(preset);
  const period = exportPeriod(schedule.filter);
  const rows = scheduleRows(schedule);
  if (preset === 'standard') {
    return [{ name: `jadwal-${period}.csv`, channel: null, part: 1, parts: 1, rows }];
  }
  const byChannel = new Map<string, ScheduleRow[]>();
  for (const row of rows) {
    const list = byChannel.get(row.channel.channelId);
    if (list) list.push(row);
    else byChannel.set(row.channel.channelId, [row]);
  }
  if (byChannel.size === 0) {
    return [{ name: `${preset}-${period}.csv`, channel: null, part: 1, parts: 1, rows: [] }];
  }
  const perFile = definition.limits?.maxRowsPerFile ?? Number.POSITIVE_INFINITY;
  const used = new Set<string>();
  const files: CsvFilePlan[] = [];
  // Channels in the office's order (schedule.channels), as the preview lists them.
  for (const channel of schedule.channels) {
    const channelRows = byChannel.get(channel.id);
    if (!channelRows) continue;
    let slug = channelSlug(channel.name);
    // Two channels named alike ("Instagram", "instagram") still get two files.
    for (let n = 2; used.has(slug); n++) slug = `${channelSlug(channel.name)}-${n}`;
    used.add(slug);
    const parts = Math.max(1, Math.ceil(channelRows.length / perFile));
    for (let part = 1; part <= parts; part++) {
      const suffix = parts > 1 ? `-bagian-${part}` : '';
      files.push({
        name: `${preset}-${slug}-${period}${suffix}.csv`,
        channel: { id: channel.id, name: channel.name },
        part,
        parts,
        rows: channelRows.slice((part - 1) * perFile, part * perFile),
      });
    }
  }
  return files;
}

/** What the export of these files is called: the one CSV, or a zip holding them. */
export function csvOutputName(
  schedule: Schedule,
  preset: CsvPresetId = 'standard',
  files: CsvFilePlan[] = planCsvFiles(schedule, preset),
): string {
  if (files.length === 1) return files[0]!.name;
  return `jadwal-${exportPeriod(schedule.filter)}-${preset}.zip`;
}
