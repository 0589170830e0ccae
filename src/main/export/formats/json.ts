import { version as packageVersion } from '../../../../package.json';
import type { SchedulePost } from '../../../shared/domain/exports';
import {
  scheduleJsonFormat,
  scheduleJsonSchemaVersion,
  type ScheduleJson,
  type ScheduleJsonPost,
} from '../../../shared/domain/schedule-json';
import { writeText } from './text-chunks';
import type { FormatOptions, FormatWriter } from './types';

const chunkPosts = 500;

function jsonPost(post: SchedulePost, timeZone: string): ScheduleJsonPost {
  return {
    id: post.id,
    title: post.title,
    brief: post.brief,
    caption: post.caption,
    link: post.link,
    firstComment: post.firstComment,
    hashtags: post.hashtags,
    tags: post.tags,
    status: post.status,
    scheduledAt: post.scheduledAt,
    date: post.date,
    time: post.time,
    timeZone,
    zoneLabel: post.zoneLabel,
    campaign: post.campaign,
    assignee: post.assignee,
    checkedBy: post.checkedBy,
    checkedAt: post.checkedAt,
    approvedBy: post.approvedBy,
    approvedAt: post.approvedAt,
    approvalRecord: post.approvalRecord,
    createdAt: post.createdAt,
    updatedAt: post.updatedAt,
    version: post.version,
    channels: post.channels,
    assets: post.assets,
  };
}

/**
 * The schedule as one JSON document (src/shared/domain/schedule-json.ts), one post per line so
 * the file diffs well and is written in chunks rather than built as one string.
 */
export const jsonFormat: FormatWriter = {
  mime: 'application/json',
  /** `appVersion` defaults to the version this build was made from (package.json). */
  async write(schedule, out, options: FormatOptions & { appVersion?: string }) {
    const { signal, progress } = options;
    const head: Omit<ScheduleJson, 'posts'> = {
      format: scheduleJsonFormat,
      schemaVersion: scheduleJsonSchemaVersion,
      appVersion: options.appVersion ?? packageVersion,
      generatedAt: schedule.generatedAt,
      office: schedule.office,
      filter: schedule.filter,
      channels: schedule.channels,
      campaigns: schedule.campaigns,
      observances: schedule.observances,
    };
    // The head's closing brace gives way to the posts array.
    await writeText(out, `${JSON.stringify(head).slice(0, -1)},"posts":[`, signal);
    const { posts } = schedule;
    const zone = schedule.office.timeZone;
    for (let start = 0; start < posts.length; start += chunkPosts) {
      signal?.throwIfAborted();
      const lines = posts
        .slice(start, start + chunkPosts)
        .map((post) => JSON.stringify(jsonPost(post, zone)));
      await writeText(out, `${start === 0 ? '' : ','}\n${lines.join(',\n')}`, signal);
      progress?.(Math.min(start + chunkPosts, posts.length), posts.length);
    }
    signal?.throwIfAborted();
    await writeText(out, posts.length === 0 ? ']}\n' : '\n]}\n', signal);
  },
};
