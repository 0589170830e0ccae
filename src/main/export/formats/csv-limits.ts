import type { BulkIssue } from '../../../shared/domain/exports';
import type { CsvPresetId, Schedule, ScheduleRow } from '../../../shared/domain/exports';
import { catalogs } from '../../../shared/i18n';
import { formatDate } from 'date-fns';
import { id as idLocale } from 'date-fns/locale';
import { utcDate } from '../../../shared/time';
import { planCsvFiles, type CsvFilePlan } from './csv-files';
import { csvPresetDefinition } from './csv-presets';

const videoFormats = new Set(['video', 'reel', 'short', 'story']);

const postOf = ({ post }: ScheduleRow) => ({
  postId: post.id,
  title: post.title,
  date: post.date,
  time: post.time,
});

/**
 * What a bulk layout's tool would refuse or mis-schedule, per profile file, checked against the
 * limits its preset documents (resources/csv-presets.json): posts closer than `minMinutesApart`,
 * video where the tool takes none, rows without text. Files split at `maxRowsPerFile` are
 * reported too, so nobody uploads only the first part.
 */
export function checkBulkLimits(
  schedule: Schedule,
  preset: CsvPresetId,
  files: CsvFilePlan[] = planCsvFiles(schedule, preset),
): BulkIssue[] {
  const limits = csvPresetDefinition(preset).limits;
  if (preset === 'standard' || !limits) return [];
  const issues: BulkIssue[] = [];
  const byChannel = new Map<string, { name: string; rows: ScheduleRow[]; parts: number }>();
  for (const file of files) {
    if (!file.channel) continue;
    const entry = byChannel.get(file.channel.id) ?? {
      name: file.channel.name,
      rows: [],
      parts: file.parts,
    };
    entry.rows.push(...file.rows);
    byChannel.set(file.channel.id, entry);
  }
  for (const [channelId, { name, rows, parts }] of byChannel) {
    const channel = { channelId, channelName: name };
    if (limits.maxRowsPerFile !== undefined && parts > 1) {
      issues.push({ kind: 'split', ...channel, limit: limits.maxRowsPerFile, parts, posts: [] });
    }
    const gap = limits.minMinutesApart;
    if (gap !== undefined) {
      const sorted = [...rows].sort((a, b) => a.post.scheduledAt.localeCompare(b.post.scheduledAt));
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1]!;
        const after = sorted[i]!;
        const minutes =
          (Date.parse(after.post.scheduledAt) - Date.parse(before.post.scheduledAt)) / 60_000;
        if (minutes < gap) {
          issues.push({
            kind: 'tooClose',
            ...channel,
            limit: gap,
            posts: [postOf(before), postOf(after)],
          });
        }
      }
    }
    if (limits.noVideo) {
      const video = rows.filter(
        ({ post, channel: c }) =>
          videoFormats.has(c.format) || post.assets.some((a) => a.mime.startsWith('video/')),
      );
      if (video.length > 0) issues.push({ kind: 'video', ...channel, posts: video.map(postOf) });
    }
    if (limits.textRequired) {
      const empty = rows.filter(
        ({ channel: c, post }) =>
          c.caption.trim() === '' && post.hashtags.length === 0 && post.link.trim() === '',
      );
      if (empty.length > 0) issues.push({ kind: 'noText', ...channel, posts: empty.map(postOf) });
    }
  }
  return issues;
}

/** "Selasa, 1 Desember 2026 08.00": how an office writes a moment. */
function moment(date: string, time: string): string {
  return `${formatDate(utcDate(date), 'EEEE, d MMMM yyyy', { locale: idLocale })} ${time.replace(':', '.')}`;
}

/** An issue as the CLI prints it, in Indonesian, from the same catalog the screen uses. */
export function describeBulkIssue(issue: BulkIssue, presetLabel: string): string {
  const words = catalogs.id.export.bulk;
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
  const posts = issue.posts
    .map((post) => `"${post.title}" (${moment(post.date, post.time)})`)
    .join(issue.kind === 'tooClose' ? ` ${words.and} ` : '; ');
  return fill(words[issue.kind], {
    tool: presetLabel,
    channel: issue.channelName,
    limit: issue.limit ?? 0,
    parts: issue.parts ?? 0,
    posts,
    n: issue.posts.length,
  });
}
