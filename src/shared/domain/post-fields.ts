/**
 * The one list of a post's editable fields: what the editor sends, what an edit request may
 * carry (`postContentSchema`), what the activity log compares. Pure data, used by the renderer's
 * draft, the posts service and the bundle import alike.
 */
export const postContentFields = [
  'title',
  'brief',
  'caption',
  'link',
  'firstComment',
  'hashtags',
  'tags',
  'campaignId',
  'assigneeId',
  'channels',
  'assetIds',
  'schedule',
] as const;
export type PostContentField = (typeof postContentFields)[number];

/**
 * Fields whose change invalidates an approval: what the approver signed off is what goes out.
 * (Notes, tags, PIC and campaign are internal and do not.)
 */
export const approvedContentFields = [
  'title',
  'caption',
  'channels',
  'schedule',
  'assetIds',
  'hashtags',
  'link',
  'firstComment',
] as const satisfies readonly PostContentField[];

/** The content fields kept in the post's own row; channels, tags and attachments have their own tables. */
export const postRowContentFields = [
  'title',
  'brief',
  'caption',
  'link',
  'firstComment',
  'hashtags',
  'campaignId',
  'assigneeId',
] as const satisfies readonly PostContentField[];

/**
 * The content fields under the names a stored post gives them (`schedule` is kept as
 * `scheduledAt`), in the same order: what the activity log compares after an edit.
 */
export const storedContentFields = [
  'title',
  'brief',
  'caption',
  'link',
  'firstComment',
  'hashtags',
  'tags',
  'campaignId',
  'assigneeId',
  'channels',
  'assetIds',
  'scheduledAt',
] as const;
