import type { ReportInput } from '../../../shared/domain/report';
import type { Db } from '../connection';

/**
 * What the Laporan kinerja is computed from (shared/domain/report.ts), for the instants
 * [from, to] of a period: one statement per kind of fact, each an indexed range over the
 * period's posts (posts_schedule), so a year of 10,000 posts is read in a handful of scans.
 */
export function reportRepository(db: Db) {
  /** An item's engagement as the report defines it (FigureSet): likes + comments + shares + saves. */
  const engagement = (of: string) =>
    `coalesce(${of}likes, 0) + coalesce(${of}comments, 0) + coalesce(${of}shares, 0)
     + coalesce(${of}saves, 0)`;
  const periodPosts = `SELECT id FROM posts WHERE deleted_at IS NULL AND scheduled_at IS NOT NULL
      AND scheduled_at >= @from AND scheduled_at < @to AND status <> 'cancelled'`;
  // Each statement names its columns as ReportInput does, so rows go to the computation as read
  // (a year is ~150,000 rows; copying each into a renamed object cost a third of the load).
  const posts = db.prepare<{ from: string; to: string }, ReportInput['posts'][number]>(
    `SELECT id, title, scheduled_at AS scheduledAt, campaign_id AS campaignId FROM posts
      WHERE deleted_at IS NULL
       AND scheduled_at IS NOT NULL AND scheduled_at >= @from AND scheduled_at < @to
       AND status <> 'cancelled'`,
  );
  // Each channel of the period's posts with the time it went out and, if it did, its latest
  // figures (kept in figure_latest, migration 21), in (post, channel) order: one walk of the
  // post channels costs less than reading the publications and the figures as rows of their
  // own and matching them in JS. The post_id IN (…) list is walked in order, so the ORDER BY
  // sorts nothing.
  const channelColumns = (from: string) =>
    `${from}.post_id AS postId, ${from}.channel_id AS channelId, cp.published_at AS publishedAt,
     f.views, f.reach, CASE WHEN f.post_id IS NOT NULL THEN ${engagement('f.')} END AS engagement`;
  const plannedChannels = `SELECT ${channelColumns('pc')}, 1 AS planned
       FROM post_channels pc
       LEFT JOIN channel_publications cp
              ON cp.post_id = pc.post_id AND cp.channel_id = pc.channel_id
       LEFT JOIN figure_latest f ON f.post_id = cp.post_id AND f.channel_id = cp.channel_id
      WHERE pc.post_id IN (${periodPosts})`;
  type ChannelRow = ReportInput['postChannels'][number];
  const postChannels = db.prepare<{ from: string; to: string }, ChannelRow>(
    `${plannedChannels} ORDER BY pc.post_id, pc.channel_id`,
  );
  // A channel taken off a post after it went out stays published, and its figures count: such
  // channels (rare) come as rows of their own (planned 0) among the others, in the same order.
  // Finding them costs a probe of post_channels per publication, so this statement runs only
  // when the period has one: when its publications outnumber its planned channels that went out.
  const postChannelsAndTakenOff = db.prepare<{ from: string; to: string }, ChannelRow>(
    `${plannedChannels}
     UNION ALL
     SELECT ${channelColumns('cp')}, 0 AS planned
       FROM channel_publications cp
       JOIN figure_latest f ON f.post_id = cp.post_id AND f.channel_id = cp.channel_id
      WHERE cp.post_id IN (${periodPosts})
        AND NOT EXISTS (SELECT 1 FROM post_channels pc
                         WHERE pc.post_id = cp.post_id AND pc.channel_id = cp.channel_id)
     ORDER BY postId, channelId`,
  );
  const publications = db
    .prepare<{ from: string; to: string }, number>(
      `SELECT count(*) FROM channel_publications WHERE post_id IN (${periodPosts})`,
    )
    .pluck();
  const unplanned = db.prepare<{ from: string; to: string }, ReportInput['unplanned'][number]>(
    `SELECT id, channel_id AS channelId FROM unplanned_publications
      WHERE published_at >= @from AND published_at < @to`,
  );
  // Publications outside the plan: the latest snapshot of each (the first recorded of that day on
  // a tie, as the GROUP BY over the table in rowid order that this replaces picked), in (item,
  // channel) order. Their snapshots are found through figure_snapshots_key, whose first column is
  // coalesce(post_id, unplanned_id): a test on unplanned_id alone scanned all 200,000 snapshots.
  const unplannedFigures = db.prepare<
    { from: string; to: string },
    ReportInput['unplannedFigures'][number]
  >(`
    SELECT unplannedId, channelId, views, reach, ${engagement('')} AS engagement
      FROM (SELECT s.unplanned_id AS unplannedId, s.channel_id AS channelId, s.views, s.reach,
                   s.likes, s.comments, s.shares, s.saves,
                   row_number() OVER (PARTITION BY s.unplanned_id, s.channel_id
                                      ORDER BY s.as_of DESC, s.num) AS rank
              FROM unplanned_publications u
              JOIN figure_snapshots s INDEXED BY figure_snapshots_key
                ON coalesce(s.post_id, s.unplanned_id) = u.id
             WHERE u.published_at >= @from AND u.published_at < @to
               AND +s.unplanned_id IS NOT NULL)
     WHERE rank = 1
     ORDER BY unplannedId, channelId`);
  // Read from post_activity_approval alone (migration 23), named: without ANALYZE statistics
  // the planner takes post_activity_post and looks each entry up in the table.
  const activity = db.prepare<{ from: string; to: string }, ReportInput['activity'][number]>(
    `SELECT post_id AS postId, action, at FROM post_activity INDEXED BY post_activity_approval
      WHERE post_id IN (${periodPosts}) AND action IN ('submit', 'approve', 'request_changes')
      ORDER BY at, id`,
  );
  const followers = db.prepare<[string, string], ReportInput['followers'][number]>(
    `SELECT channel_id AS channelId, month, followers FROM channel_followers
      WHERE month IN (?, ?)`,
  );

  return {
    /**
     * The facts of the instants [from, to]; followers of the two months named. The two large
     * kinds (post channels, activity) are read when the computation asks for them (once each,
     * inside the caller's transaction), so a year's rows of one kind are let go before the next
     * is read rather than 60,000 rows staying alive through it all: fewer objects for the
     * garbage collector to move.
     */
    load(
      range: { from: string; to: string },
      months: { start: string; end: string },
    ): Omit<ReportInput, 'period' | 'toleranceMinutes' | 'channels' | 'campaigns' | 'targets'> {
      const outsidePlan = unplanned.all(range);
      return {
        posts: posts.all(range),
        get postChannels() {
          const rows = postChannels.all(range);
          let published = 0;
          for (const row of rows) if (row.publishedAt !== null) published += 1;
          return published < publications.get(range)! ? postChannelsAndTakenOff.all(range) : rows;
        },
        unplanned: outsidePlan,
        // Most periods have no publication outside the plan: no statement for their figures.
        unplannedFigures: outsidePlan.length > 0 ? unplannedFigures.all(range) : [],
        get activity() {
          return activity.all(range);
        },
        followers: followers.all(months.start, months.end),
      };
    },
    /**
     * The per-channel counts and sums in SQL alone (no post lists, no approval or pillar
     * figures): the baseline the benchmark measures the whole computation against.
     */
    aggregate(range: { from: string; to: string }, toleranceMinutes: number) {
      return db
        .prepare(
          `WITH period AS (${periodPosts}),
           latest AS (
             SELECT post_id, channel_id, views, reach, likes, comments, shares, saves
               FROM figure_latest WHERE post_id IN (SELECT id FROM period))
           SELECT pc.channel_id AS channelId, count(*) AS planned, count(cp.post_id) AS published,
                  sum(abs(unixepoch(cp.published_at) - unixepoch(p.scheduled_at)) <= @tolerance)
                    AS onTime,
                  coalesce(sum(CASE WHEN cp.post_id IS NOT NULL THEN l.views END), 0) AS views,
                  coalesce(sum(CASE WHEN cp.post_id IS NOT NULL THEN l.reach END), 0) AS reach,
                  coalesce(sum(CASE WHEN cp.post_id IS NOT NULL THEN ${engagement('l.')} END), 0)
                    AS engagement
             FROM post_channels pc
             JOIN posts p ON p.id = pc.post_id
             LEFT JOIN channel_publications cp
                    ON cp.post_id = pc.post_id AND cp.channel_id = pc.channel_id
             LEFT JOIN latest l ON l.post_id = pc.post_id AND l.channel_id = pc.channel_id
            WHERE pc.post_id IN (SELECT id FROM period)
            GROUP BY pc.channel_id`,
        )
        .all({ ...range, tolerance: toleranceMinutes * 60 }) as {
        channelId: string;
        planned: number;
        published: number;
        onTime: number;
        views: number;
        reach: number;
        engagement: number;
      }[];
    },
  };
}
