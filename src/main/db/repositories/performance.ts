import type {
  ChannelTarget,
  FollowerRow,
  IkuWording,
  PillarTarget,
} from '../../../shared/domain/performance';
import type { Db } from '../connection';

/** Followers per month, the year's targets and the report settings (migration 12). */
export function performanceRepository(db: Db) {
  const upsertFollowers = db.prepare(`
    INSERT INTO channel_followers (channel_id, month, followers, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (channel_id, month) DO UPDATE SET followers = excluded.followers,
      updated_at = excluded.updated_at`);
  const followersBetween = db.prepare<
    [string, string],
    { channel_id: string; month: string; followers: number }
  >(
    'SELECT channel_id, month, followers FROM channel_followers WHERE month BETWEEN ? AND ? ORDER BY month',
  );
  const channelTargets = db.prepare<
    [number],
    {
      channel_id: string;
      posts_per_month: number | null;
      engagement_rate: number | null;
      follower_growth: number | null;
    }
  >('SELECT * FROM report_targets WHERE year = ?');
  const pillarTargets = db.prepare<[number], { campaign_id: string; share: number }>(
    'SELECT campaign_id, share FROM pillar_targets WHERE year = ?',
  );
  const settings = db.prepare<[], { on_time_tolerance_minutes: number; iku_wording: string }>(
    'SELECT on_time_tolerance_minutes, iku_wording FROM report_settings WHERE id = 1',
  );
  return {
    setFollowers(row: FollowerRow, at: string): void {
      upsertFollowers.run(row.channelId, row.month, row.followers, at);
    },
    followers(fromMonth: string, toMonth: string): FollowerRow[] {
      return followersBetween.all(fromMonth, toMonth).map((r) => ({
        channelId: r.channel_id,
        month: r.month,
        followers: r.followers,
      }));
    },
    channelTargets(year: number): ChannelTarget[] {
      return channelTargets.all(year).map((r) => ({
        channelId: r.channel_id,
        postsPerMonth: r.posts_per_month,
        engagementRate: r.engagement_rate,
        followerGrowth: r.follower_growth,
      }));
    },
    pillarTargets(year: number): PillarTarget[] {
      return pillarTargets.all(year).map((r) => ({ campaignId: r.campaign_id, share: r.share }));
    },
    replaceTargets(
      year: number,
      channels: readonly ChannelTarget[],
      pillars: readonly PillarTarget[],
      at: string,
    ): void {
      db.prepare('DELETE FROM report_targets WHERE year = ?').run(year);
      db.prepare('DELETE FROM pillar_targets WHERE year = ?').run(year);
      const channel = db.prepare(
        `INSERT INTO report_targets (year, channel_id, posts_per_month, engagement_rate,
           follower_growth, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      );
      for (const c of channels) {
        channel.run(year, c.channelId, c.postsPerMonth, c.engagementRate, c.followerGrowth, at);
      }
      const pillar = db.prepare(
        'INSERT INTO pillar_targets (year, campaign_id, share, updated_at) VALUES (?, ?, ?, ?)',
      );
      for (const p of pillars) pillar.run(year, p.campaignId, p.share, at);
    },
    settings(): { onTimeToleranceMinutes: number; ikuWording: IkuWording } {
      const row = settings.get()!;
      return {
        onTimeToleranceMinutes: row.on_time_tolerance_minutes,
        ikuWording: JSON.parse(row.iku_wording) as IkuWording,
      };
    },
    updateSettings(
      patch: { onTimeToleranceMinutes?: number; ikuWording?: IkuWording },
      at: string,
    ) {
      if (patch.onTimeToleranceMinutes !== undefined) {
        db.prepare(
          'UPDATE report_settings SET on_time_tolerance_minutes = ?, updated_at = ? WHERE id = 1',
        ).run(patch.onTimeToleranceMinutes, at);
      }
      if (patch.ikuWording !== undefined) {
        db.prepare('UPDATE report_settings SET iku_wording = ?, updated_at = ? WHERE id = 1').run(
          JSON.stringify(patch.ikuWording),
          at,
        );
      }
    },
  };
}
