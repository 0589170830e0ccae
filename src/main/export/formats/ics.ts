import { version as packageVersion } from '../../../../package.json';
import type { PostStatus } from '../../../shared/domain/post-status';
import type { ScheduleChannel, SchedulePost } from '../../../shared/domain/exports';
import { composeCaption } from '../../../shared/domain/hashtags';
import { exportLabels, type ExportLabels } from '../labels';
import { escapeText, floatingDateTime, foldLine, utcDateTime } from './ics/lines';
import { icsZone, vtimezone, wallEpoch, type IcsZone } from './ics/zone';
import { writeText } from './text-chunks';
import type { FormatWriter } from './types';

const chunkEvents = 500;
/** A post is a moment; half an hour makes it visible as a block in day and week views. */
const eventMinutes = 30;
const crlf = '\r\n';

const eventStatus: Record<PostStatus, 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'> = {
  approved: 'CONFIRMED',
  published: 'CONFIRMED',
  draft: 'TENTATIVE',
  in_review: 'TENTATIVE',
  changes_requested: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** The same on every export, so a re-imported calendar updates its events instead of doubling them. */
export function eventUid(postId: string, channelId: string): string {
  return `${postId}-${channelId}@linimasa`;
}

function details(post: SchedulePost, channel: ScheduleChannel, labels: ExportLabels): string {
  const { columns } = labels;
  return [
    post.link && `${columns.link}: ${post.link}`,
    `${columns.format}: ${labels.format(channel.format)}`,
    `${columns.status}: ${labels.status(post.status)}`,
    post.assignee && `${columns.pic}: ${post.assignee.name}`,
    post.campaign && `${columns.campaign}: ${post.campaign.name}`,
    post.approvedBy && `${columns.approver}: ${post.approvedBy.name}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function times(post: SchedulePost, zone: IcsZone): string[] {
  const length = eventMinutes * 60_000;
  if (zone.kind === 'utc') {
    const end = new Date(Date.parse(post.scheduledAt) + length).toISOString();
    return [`DTSTART:${utcDateTime(post.scheduledAt)}`, `DTEND:${utcDateTime(end)}`];
  }
  // icsZone checked that every post's local time is its instant shifted by the fixed offset.
  const wall = wallEpoch(post.date, post.time);
  return [
    foldLine(`DTSTART;TZID=${zone.tzid}:${floatingDateTime(wall)}`),
    foldLine(`DTEND;TZID=${zone.tzid}:${floatingDateTime(wall + length)}`),
  ];
}

/** The VEVENTs of one post, one per channel; what the channels share is worked out once. */
function postEvents(post: SchedulePost, zone: IcsZone, stamp: string, labels: ExportLabels) {
  const when = times(post, zone);
  const shared = [
    `STATUS:${eventStatus[post.status]}`,
    `CREATED:${utcDateTime(post.createdAt)}`,
    `LAST-MODIFIED:${utcDateTime(post.updatedAt)}`,
    `SEQUENCE:${post.version}`,
    // A planned post does not make anyone busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ].join(crlf);
  const campaign = post.campaign?.name.trim() ? `,${escapeText(post.campaign.name)}` : '';
  let captionWithTags: string | undefined;
  return post.channels.map((channel) => {
    // Most channels use the post's own caption: compose it once.
    const caption =
      channel.caption === post.caption
        ? (captionWithTags ??= composeCaption(post.caption, post.hashtags))
        : composeCaption(channel.caption, post.hashtags);
    const text = `${caption}\n\n${details(post, channel, labels)}`;
    const lines = [
      'BEGIN:VEVENT',
      foldLine(`UID:${eventUid(post.id, channel.channelId)}`),
      `DTSTAMP:${stamp}`,
      ...when,
      foldLine(`SUMMARY:${escapeText(`[${channel.name}] ${post.title}`)}`),
      foldLine(`DESCRIPTION:${escapeText(text)}`),
      foldLine(`CATEGORIES:${escapeText(channel.name)}${campaign}`),
      shared,
    ];
    return lines.join(crlf);
  });
}

/**
 * iCalendar (RFC 5545), one VEVENT per post × channel, kept to what Google Calendar, Outlook
 * and Thunderbird all import: no recurrence, alarms or attendees; CRLF line ends; UTF-8.
 */
export const icsFormat: FormatWriter = {
  mime: 'text/calendar; charset=utf-8',
  async write(schedule, out, { signal, progress }) {
    const labels = exportLabels(schedule.office.locale);
    const zone = icsZone(schedule);
    const stamp = utcDateTime(schedule.generatedAt);
    const calendarName = `${labels.scheduleTitle} — ${schedule.office.name}`;
    const head = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:-//Linimasa//Linimasa ${packageVersion}//${schedule.office.locale.toUpperCase()}`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      `X-WR-CALNAME:${escapeText(calendarName)}`,
      `X-WR-TIMEZONE:${schedule.office.timeZone}`,
      ...(zone.kind === 'fixed' ? vtimezone(zone) : []),
    ];
    await writeText(out, head.map(foldLine).join(crlf) + crlf, signal);

    const total = schedule.posts.reduce((sum, post) => sum + post.channels.length, 0);
    let done = 0;
    let pending: string[] = [];
    for (const post of schedule.posts) {
      pending.push(...postEvents(post, zone, stamp, labels));
      if (pending.length < chunkEvents) continue;
      signal?.throwIfAborted();
      await writeText(out, pending.join(crlf) + crlf, signal);
      progress?.((done += pending.length), total);
      pending = [];
    }
    signal?.throwIfAborted();
    if (pending.length > 0) await writeText(out, pending.join(crlf) + crlf, signal);
    progress?.(total, total);
    await writeText(out, `END:VCALENDAR${crlf}`, signal);
  },
};
