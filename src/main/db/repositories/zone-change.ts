import type { Db } from '../connection';

/** A planned post as a change of the office zone sees it. */
export interface PlannedPost {
  id: string;
  title: string;
  scheduledAt: string;
  version: number;
}

/**
 * The rows a change of the office time zone reads and writes (services/zone-change.ts decides).
 * "Planned" means a time is set, the post is not in the trash and not yet published: a published
 * post happened at its instant, and moving that would rewrite the record of when it went out.
 */
export function zoneChangeRepository(db: Db) {
  const planned = db.prepare<[], PlannedPost>(`
    SELECT id, title, scheduled_at AS scheduledAt, version FROM posts
    WHERE scheduled_at IS NOT NULL AND deleted_at IS NULL AND status <> 'published'
    ORDER BY scheduled_at, num`);
  const reanchor = db.prepare<{
    id: string;
    version: number;
    scheduledAt: string;
    timeZone: string;
    at: string;
  }>(`
    UPDATE posts SET scheduled_at = @scheduledAt, time_zone = @timeZone,
      version = version + 1, updated_at = @at
    WHERE id = @id AND version = @version`);
  return {
    planned: (): PlannedPost[] => planned.all(),
    /**
     * A new instant in the new zone, as an edit: the version goes up, so an editor still holding
     * the old time gets the usual conflict instead of writing it back, and the bundle exchange
     * sends the new time as a change made here. False when the post changed meanwhile.
     */
    reanchor(post: PlannedPost, scheduledAt: string, timeZone: string, at: string): boolean {
      return (
        reanchor.run({ id: post.id, version: post.version, scheduledAt, timeZone, at }).changes ===
        1
      );
    },
  };
}
