import type { z } from 'zod';
import { AppError, notFound } from '../../shared/api/errors';
import type { performanceMethods } from '../../shared/api/methods/performance';
import type { Person } from '../../shared/domain/people';
import type { Targets } from '../../shared/domain/performance';
import { todayIn } from '../../shared/time';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { analyticsRepository } from '../db/repositories/analytics';
import { campaignsRepository } from '../db/repositories/campaigns';
import { channelsRepository } from '../db/repositories/channels';
import { performanceRepository } from '../db/repositories/performance';
import { postsRepository } from '../db/repositories/posts';
import { settingsRepository } from '../db/repositories/settings';
import { actorCheck } from './actor';

type Request<M extends keyof typeof performanceMethods> = z.output<
  (typeof performanceMethods)[M]['request']
>;
/** The request as parsed, plus the signed-in person's id that the handler adds. */
type Acted<M extends keyof typeof performanceMethods> = Request<M> & { actorId: string };
type Response<M extends keyof typeof performanceMethods> = z.output<
  (typeof performanceMethods)[M]['response']
>;

/** Figures and followers typed in by hand, and the year's targets (Settings › Target kinerja). */
export function performanceService(db: Db) {
  const repo = performanceRepository(db);
  const analytics = analyticsRepository(db);
  const posts = postsRepository(db);
  const channels = channelsRepository(db);
  const campaigns = campaignsRepository(db);
  const settings = settingsRepository(db);
  const actor = actorCheck(db);

  function mayPlan(person: Person): void {
    if (person.role === 'planner') {
      throw new AppError('forbidden', { key: 'performance.targetsNotAllowed', field: 'actorId' });
    }
  }

  function targets(year: number): Targets {
    return {
      year,
      channels: repo.channelTargets(year),
      pillars: repo.pillarTargets(year),
      ...repo.settings(),
    };
  }

  return {
    /** The editor's "Terbit" section: per channel, the latest typed in and the latest imported. */
    figures({ postId }: Request<'figures.get'>): Response<'figures.get'> {
      if (!posts.get(postId)) throw notFound('post', postId, 'postId');
      const byChannel = new Map<string, Response<'figures.get'>[number]>();
      for (const row of analytics.postFigures(postId)) {
        const entry = byChannel.get(row.channel_id) ?? {
          channelId: row.channel_id,
          manual: null,
          imported: null,
        };
        const { views, reach, likes, comments, shares, saves } = row;
        const stored = {
          asOf: row.as_of,
          figures: { views, reach, likes, comments, shares, saves },
        };
        if (row.source === 'manual') entry.manual = stored;
        else entry.imported = stored;
        byChannel.set(row.channel_id, entry);
      }
      return [...byChannel.values()];
    },
    setFigures(request: Acted<'figures.set'>) {
      const person = actor(request.actorId);
      return db.transaction(() => {
        const post = posts.get(request.postId);
        if (!post) throw notFound('post', request.postId, 'postId');
        if (!post.channels.some((c) => c.channelId === request.channelId)) {
          throw new AppError('invalid_request', {
            key: 'publication.notOnPost',
            params: {
              channel: channels.get(request.channelId)?.name ?? request.channelId,
              title: post.title,
            },
            field: 'channelId',
          });
        }
        const asOf = request.asOf ?? todayIn(settings.get().timeZone);
        const now = nowIso();
        const f = request.figures;
        const figures = {
          views: f.views ?? null,
          reach: f.reach ?? null,
          likes: f.likes ?? null,
          comments: f.comments ?? null,
          shares: f.shares ?? null,
          saves: f.saves ?? null,
        };
        analytics.saveSnapshot(
          { postId: post.id },
          {
            channelId: request.channelId,
            asOf,
            source: 'manual',
            importId: null,
            recordedAt: now,
            ...figures,
          },
        );
        posts.logActivity({
          postId: post.id,
          actorId: person.id,
          at: now,
          action: 'figures',
          changes: { channelId: request.channelId, asOf, ...figures },
        });
        return { asOf };
      })();
    },
    setFollowers(request: Acted<'followers.set'>) {
      actor(request.actorId);
      if (!channels.get(request.channelId))
        throw notFound('channel', request.channelId, 'channelId');
      const row = {
        channelId: request.channelId,
        month: request.month,
        followers: request.followers,
      };
      repo.setFollowers(row, nowIso());
      return row;
    },
    followers: ({ year }: Request<'followers.list'>) =>
      repo.followers(`${year - 1}-12`, `${year}-12`),
    targets: ({ year }: Request<'targets.get'>): Targets => targets(year),
    setTargets(request: Acted<'targets.set'>): Targets {
      const person = actor(request.actorId);
      mayPlan(person);
      return db.transaction(() => {
        request.channels.forEach((c, index) => {
          if (!channels.get(c.channelId))
            throw notFound('channel', c.channelId, `channels.${index}.channelId`);
        });
        request.pillars.forEach((p, index) => {
          if (!campaigns.get(p.campaignId)) {
            throw notFound('campaign', p.campaignId, `pillars.${index}.campaignId`);
          }
        });
        const now = nowIso();
        repo.replaceTargets(request.year, request.channels, request.pillars, now);
        repo.updateSettings(
          {
            onTimeToleranceMinutes: request.onTimeToleranceMinutes,
            ikuWording: request.ikuWording,
          },
          now,
        );
        return targets(request.year);
      })();
    },
  };
}
