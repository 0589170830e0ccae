import type { Post } from '../../../shared/domain/posts';

/** A `posts` row as SQLite returns it. */
export interface PostRow {
  num: number;
  id: string;
  title: string;
  brief: string;
  caption: string;
  link: string;
  first_comment: string;
  hashtags: string;
  campaign_id: string | null;
  assignee_id: string | null;
  status: Post['status'];
  scheduled_at: string | null;
  time_zone: string | null;
  submitted_by: string | null;
  checked_by: string | null;
  checked_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  permalink: string;
  published_at: string | null;
  series_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
}

/** The columns of `posts` as a post names them (no channels, tags or attachments: other tables). */
export type PostRecord = Omit<Post, 'channels' | 'tags' | 'assetIds'>;

/**
 * The one mapping between a post's fields and the `posts` columns, read both ways: the editor's
 * reads and writes, the bundle's and the export's reads all go through it.
 */
const columnOf: Record<keyof PostRecord, keyof PostRow> = {
  id: 'id',
  title: 'title',
  brief: 'brief',
  caption: 'caption',
  link: 'link',
  firstComment: 'first_comment',
  hashtags: 'hashtags',
  campaignId: 'campaign_id',
  assigneeId: 'assignee_id',
  status: 'status',
  scheduledAt: 'scheduled_at',
  timeZone: 'time_zone',
  submittedBy: 'submitted_by',
  checkedBy: 'checked_by',
  checkedAt: 'checked_at',
  approvedBy: 'approved_by',
  approvedAt: 'approved_at',
  permalink: 'permalink',
  publishedAt: 'published_at',
  seriesId: 'series_id',
  createdBy: 'created_by',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  deletedAt: 'deleted_at',
  version: 'version',
};
const fields = Object.keys(columnOf) as (keyof PostRecord)[];

/** A row's columns as a post's fields (hashtags are stored as a JSON array). */
export function toPostRecord(row: PostRow): PostRecord {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const value = row[columnOf[field]];
    record[field] = field === 'hashtags' ? (JSON.parse(value as string) as string[]) : value;
  }
  return record as PostRecord;
}

/** The given fields as `posts` columns, for an INSERT or UPDATE; undefined fields are left out. */
export function toColumns(record: Partial<PostRecord>): Record<string, string | number | null> {
  const columns: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(record) as [keyof PostRecord, unknown][]) {
    if (value === undefined) continue;
    columns[columnOf[key]] =
      key === 'hashtags' ? JSON.stringify(value) : (value as string | number | null);
  }
  return columns;
}
