import { AppError } from '../../shared/api/errors';
import {
  reanchorerBetween,
  type ZoneChange,
  type ZoneChangeExample,
  type ZoneChangePreview,
} from '../../shared/domain/zone-change';
import { wallClockIn, zoneLabel } from '../../shared/time';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { postsRepository } from '../db/repositories/posts';
import { zoneChangeRepository, type PlannedPost } from '../db/repositories/zone-change';
import { actorCheck } from './actor';

/** How many real posts the question shows. */
const exampleCount = 3;

interface AffectedPost extends PlannedPost {
  reanchoredAt: string;
}

/** "08.00 WIB": the Indonesian way of writing a time, with the zone's name at that instant. */
function wallClockText(zone: string): (instant: string) => string {
  const wall = wallClockIn(zone);
  return (instant) =>
    `${new Date(wall(instant)).toISOString().slice(11, 16).replace(':', '.')} ${zoneLabel(zone, instant)}`;
}

/** "WIB (Asia/Jakarta)", "GMT+1 (Europe/Berlin)". */
function zoneName(zone: string, instant: string): string {
  return `${zoneLabel(zone, instant)} (${zone})`;
}

/**
 * A change of the office time zone, with the office's choice for the posts already planned
 * (src/shared/domain/zone-change.ts). Only posts whose local time would actually move count:
 * Asia/Jakarta → Asia/Pontianak (both WIB) asks nothing.
 */
export function zoneChangeService(db: Db) {
  const planned = zoneChangeRepository(db);
  const posts = postsRepository(db);
  const actor = actorCheck(db);

  function affected(fromZone: string, toZone: string): AffectedPost[] {
    if (fromZone === toZone) return [];
    const reanchor = reanchorerBetween(fromZone, toZone);
    return planned.planned().flatMap((post) => {
      const reanchoredAt = reanchor(post.scheduledAt);
      return Date.parse(reanchoredAt) === Date.parse(post.scheduledAt)
        ? []
        : [{ ...post, reanchoredAt }];
    });
  }

  /** The next upcoming posts; when fewer are ahead, the latest ones before now fill up. */
  function examples(list: AffectedPost[], now: string): ZoneChangeExample[] {
    const upcoming = list.filter((post) => post.scheduledAt >= now);
    const past = list.filter((post) => post.scheduledAt < now);
    return [...upcoming.slice(0, exampleCount), ...past.reverse()]
      .slice(0, exampleCount)
      .map(({ id, title, scheduledAt, reanchoredAt }) => ({
        id,
        title,
        scheduledAt,
        reanchoredAt,
      }));
  }

  return {
    preview(fromZone: string, toZone: string): ZoneChangePreview {
      const list = affected(fromZone, toZone);
      return { fromZone, toZone, affected: list.length, examples: examples(list, nowIso()) };
    },

    /**
     * Applies the choice to every affected post and logs it on each, inside the caller's
     * transaction (the settings row changes in the same one). Refused without a choice when any
     * post's local time would move: a silent shift is what the office complained about.
     */
    apply(fromZone: string, toZone: string, change: ZoneChange | undefined): number {
      const list = affected(fromZone, toZone);
      if (list.length === 0) return 0;
      if (!change) {
        throw new AppError('conflict', {
          key: 'zoneChange.choiceRequired',
          params: {
            count: list.length,
            from: zoneLabel(fromZone, list[0]!.scheduledAt),
            to: zoneLabel(toZone, list[0]!.scheduledAt),
          },
          field: 'zoneChange',
        });
      }
      const actorId = change.actorId === null ? null : actor(change.actorId).id;
      const at = nowIso();
      const before = wallClockText(fromZone);
      const after = wallClockText(toZone);
      for (const post of list) {
        const from = zoneName(fromZone, post.scheduledAt);
        const to = zoneName(toZone, post.reanchoredAt);
        if (change.keep === 'local_time') {
          if (!planned.reanchor(post, post.reanchoredAt, toZone, at)) {
            // The caller's transaction is IMMEDIATE, so nothing can write in between.
            throw new Error(`post ${post.id} changed during the zone change`);
          }
          posts.logActivity({
            postId: post.id,
            actorId,
            at,
            action: 'move',
            changes: { scheduledAt: [post.scheduledAt, post.reanchoredAt] },
            comment:
              `Zona waktu kantor diubah dari ${from} ke ${to}; jam lokal dipertahankan: ` +
              `${before(post.scheduledAt)} menjadi ${after(post.reanchoredAt)}. ` +
              'Status tidak berubah karena tanggal dan jam yang tampil tetap sama.',
          });
        } else {
          posts.logActivity({
            postId: post.id,
            actorId,
            at,
            action: 'edit',
            comment:
              `Zona waktu kantor diubah dari ${from} ke ${to}; saat tayang dipertahankan: ` +
              `${before(post.scheduledAt)} kini tampil ${after(post.scheduledAt)}.`,
          });
        }
      }
      return list.length;
    },
  };
}
