import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { AppError, notFound } from '../../shared/api/errors';
import type { analyticsMethods } from '../../shared/api/methods/analytics';
import type { Channel } from '../../shared/domain/channels';
import { checkPermalink } from '../../shared/domain/publication';
import { addDaysLocal, localDaysRange, todayIn, wallClockIn } from '../../shared/time';
import { analyticsColumns, figureFields, type AnalyticsPlatform } from '../analytics/columns';
import { matchRows, type Candidate, type Match } from '../analytics/match';
import { timeOrderedId } from '../analytics/time-ordered-id';
import { parseExport, type ExportRow } from '../analytics/parse-export';
import { readCsv, readXlsx, type Table } from '../analytics/read-table';
import type { CheckpointRequester } from '../db/background-checkpoint';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import {
  analyticsRepository,
  type Figures,
  type PendingRow,
  type Target,
} from '../db/repositories/analytics';
import { channelsRepository } from '../db/repositories/channels';
import { postsRepository } from '../db/repositories/posts';
import { publicationsRepository } from '../db/repositories/publications';
import { settingsRepository } from '../db/repositories/settings';
import { actorCheck } from './actor';
import { publicationStatus } from './publication-status';

type Request<M extends keyof typeof analyticsMethods> = z.output<
  (typeof analyticsMethods)[M]['request']
>;
/** The request as parsed, plus the signed-in person's id that the handler adds. */
type Acted<M extends keyof typeof analyticsMethods> = Request<M> & { actorId: string };
type Response<M extends keyof typeof analyticsMethods> = z.output<
  (typeof analyticsMethods)[M]['response']
>;
type Resolution = Request<'analytics.import'>['resolutions'][number]['target'];

/** What becomes of one row; `unchanged` rows write nothing. */
type Plan =
  | { kind: 'matched'; row: ExportRow; candidate: Candidate; how: string; unchanged: boolean }
  | { kind: 'unplanned'; row: ExportRow; existing: string | null; unchanged: boolean }
  | { kind: 'uncertain'; row: ExportRow; candidates: Candidate[] }
  | { kind: 'skipped'; row: ExportRow };

const reviewLimit = 200;
const previewLimit = 500;

/** A plan's outcome in the dry run's words (matched / uncertain / unmatched / unchanged). */
function outcomeOf(plan: Plan, already: boolean) {
  if (already) return 'unchanged' as const;
  if (plan.kind === 'uncertain' || plan.kind === 'skipped') return plan.kind;
  if (plan.unchanged) return 'unchanged' as const;
  return plan.kind === 'matched' ? ('matched' as const) : ('unmatched' as const);
}

/**
 * Bringing in a platform's per-post export (Laporan › Impor data platform, and the CLI's
 * import-analytics). The file is read and checked whole before anything is written; the rows
 * are matched to planned posts (analytics/match.ts); the write is ONE transaction, so a file is
 * imported entirely or not at all. Figures are snapshots as of a day: re-importing the same
 * figures writes nothing, a newer export adds a snapshot and the latest day wins in the report.
 */
export function analyticsService(db: Db, options: { checkpoint?: CheckpointRequester } = {}) {
  // The import's transaction leaves its WAL checkpoint to this worker (db/background-checkpoint.ts).
  const repo = analyticsRepository(db, { checkpoint: options.checkpoint });
  const channels = channelsRepository(db);
  const posts = postsRepository(db);
  const publications = publicationsRepository(db);
  const settings = settingsRepository(db);
  const settle = publicationStatus(db);
  const actor = actorCheck(db);

  async function readTable(path: string): Promise<{ table: Table; bytes: Buffer }> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      throw notFound('file', path, 'path');
    }
    // An XLSX is a zip ("PK"), whatever its name says.
    const table = bytes[0] === 0x50 && bytes[1] === 0x4b ? await readXlsx(bytes) : readCsv(bytes);
    return { table, bytes };
  }

  function channelFor(platform: AnalyticsPlatform, channelId: string | undefined): Channel {
    const label = analyticsColumns[platform].label;
    if (channelId !== undefined) {
      const channel = channels.get(channelId);
      if (!channel) throw notFound('channel', channelId, 'channelId');
      if (channel.platform !== platform) {
        throw new AppError('invalid_request', {
          key: 'analytics.channelPlatform',
          params: { channel: channel.name, platform: label },
          field: 'channelId',
        });
      }
      return channel;
    }
    const onPlatform = channels.list(false).filter((c) => c.platform === platform);
    if (onPlatform.length === 1) return onPlatform[0]!;
    throw new AppError('invalid_request', {
      key: onPlatform.length === 0 ? 'analytics.noChannel' : 'analytics.channelRequired',
      params: { platform: label },
      field: 'channelId',
    });
  }

  const sameFigures = (a: Figures, b: Figures) =>
    figureFields.every((field) => (a[field] ?? null) === (b[field] ?? null));

  function plan(
    channel: Channel,
    platform: AnalyticsPlatform,
    rows: ExportRow[],
    resolutions: Map<number, Resolution>,
  ): Plan[] {
    if (rows.length === 0) return [];
    const zone = settings.get().timeZone;
    const days = rows.map((r) => r.day).sort();
    const range = localDaysRange(addDaysLocal(days[0]!, -1), addDaysLocal(days.at(-1)!, 1), zone);
    const wall = wallClockIn(zone);
    const candidates: Candidate[] = repo.candidates(channel.id, range.from, range.to).map((c) => ({
      postId: c.post_id,
      channelId: c.channel_id,
      title: c.title,
      day: new Date(wall(c.at)).toISOString().slice(0, 10),
      caption: c.caption,
      permalink: c.permalink ?? '',
      platformPostId: c.platform_post_id,
    }));
    const unplanned = repo.unplanned(channel.id).map((u) => ({
      id: u.id,
      permalink: u.permalink,
      platformPostId: u.platform_post_id,
    }));
    const pattern = analyticsColumns[platform].permalinkId;
    const idPattern = pattern ? new RegExp(pattern) : null;
    const matches: Match[] = matchRows(rows, candidates, unplanned, (link) =>
      idPattern ? (idPattern.exec(link)?.[1] ?? null) : null,
    );
    const latest = repo.latest(channel.id);
    const unchanged = (target: string, row: ExportRow) => {
      const before = latest.get(target);
      return before !== undefined && sameFigures(before, row.figures);
    };
    return matches.map((match, index): Plan => {
      const row = rows[index]!;
      if (match.kind === 'uncertain') {
        const resolution = resolutions.get(row.line);
        if (resolution === undefined)
          return { kind: 'uncertain', row, candidates: match.candidates };
        if (resolution === 'skip') return { kind: 'skipped', row };
        if (resolution === 'unplanned') {
          return { kind: 'unplanned', row, existing: null, unchanged: false };
        }
        const chosen = match.candidates.find((c) => c.postId === resolution.postId);
        if (!chosen) {
          throw new AppError('invalid_request', {
            key: 'analytics.notACandidate',
            params: { row: row.line },
            field: 'resolutions',
          });
        }
        return { kind: 'matched', row, candidate: chosen, how: 'review', unchanged: false };
      }
      if (match.kind === 'matched') {
        const c = match.candidate;
        return {
          kind: 'matched',
          row,
          candidate: c,
          how: match.how,
          unchanged: (c.permalink !== '' || c.platformPostId !== null) && unchanged(c.postId, row),
        };
      }
      return {
        kind: 'unplanned',
        row,
        existing: match.existing,
        unchanged: match.existing !== null && unchanged(match.existing, row),
      };
    });
  }

  function figuresOf(row: ExportRow): Figures {
    return row.figures;
  }

  function write(
    plans: Plan[],
    context: { channel: Channel; platform: AnalyticsPlatform; importId: string; asOf: string },
    actorId: string,
  ): void {
    const now = nowIso();
    const { channel, importId, asOf } = context;
    const snapshot = (target: Target, row: ExportRow, first = false) =>
      repo.saveSnapshot(
        target,
        {
          channelId: channel.id,
          asOf,
          source: 'import',
          importId,
          recordedAt: now,
          ...figuresOf(row),
        },
        first,
      );
    for (const item of plans) {
      if (item.kind === 'skipped') continue;
      if (item.kind === 'uncertain') {
        repo.insertPending({
          id: randomUUID(),
          importId,
          channelId: channel.id,
          line: item.row.line,
          item: JSON.stringify(item.row),
          candidates: JSON.stringify(item.candidates.map((c) => c.postId)),
          createdAt: now,
        });
        continue;
      }
      if (item.unchanged) continue;
      if (item.kind === 'matched') {
        recordPublication(item.candidate.postId, channel, item.row, actorId, now);
        snapshot({ postId: item.candidate.postId }, item.row);
      } else {
        // Time-ordered: 90,000 new ids append to the indexes instead of landing on random pages.
        const id = item.existing ?? timeOrderedId();
        if (!item.existing) {
          const link = checkPermalink(channel.platform, item.row.permalink);
          repo.insertUnplanned({
            id,
            channelId: channel.id,
            platformPostId: item.row.platformPostId,
            permalink: link.ok ? link.url : '',
            publishedAt: item.row.instant,
            caption: item.row.caption.slice(0, 2000),
            createdAt: now,
          });
        }
        snapshot({ unplannedId: id }, item.row, !item.existing);
      }
    }
  }

  /** A matched row says the channel went out: record it if it was not, and fill in its link. */
  function recordPublication(
    postId: string,
    channel: Channel,
    row: ExportRow,
    actorId: string,
    now: string,
  ): void {
    const before = publications.one(postId, channel.id);
    const link = checkPermalink(channel.platform, row.permalink);
    const permalink = before?.permalink || (link.ok ? link.url : '');
    const platformPostId = before?.platformPostId ?? row.platformPostId;
    if (before) {
      // Marked already: its time, source and who marked it stay; only the link is filled in.
      if (before.permalink !== permalink || before.platformPostId !== platformPostId) {
        publications.setLink(postId, channel.id, {
          before: before.permalink,
          permalink,
          platformPostId,
        });
      }
      return;
    }
    // Not marked yet: the whole post is read for its schedule and its status.
    const post = posts.get(postId)!;
    publications.save(postId, {
      channelId: channel.id,
      publishedAt: row.instant ?? post.scheduledAt ?? now,
      permalink,
      platformPostId,
      source: 'import',
      markedBy: actorId,
      markedAt: now,
    });
    const settled = settle(post, now);
    posts.logActivity({
      postId,
      actorId,
      at: now,
      action: 'publish',
      changes: { channelId: channel.id, permalink: ['', permalink], ...settled },
      comment: 'Dari impor data platform.',
    });
  }

  /** One waiting row settled as the office chose; the caller holds the transaction. */
  function settlePending(pending: PendingRow, target: Resolution, actorId: string): void {
    const channel = channels.get(pending.channel_id)!;
    const row = JSON.parse(pending.item) as ExportRow;
    const ids = JSON.parse(pending.candidates) as string[];
    const context = {
      channel,
      platform: channel.platform as AnalyticsPlatform,
      importId: pending.import_id,
      asOf: pending.as_of,
    };
    if (target !== 'skip') {
      if (target !== 'unplanned' && !ids.includes(target.postId)) {
        throw new AppError('invalid_request', {
          key: 'analytics.notACandidate',
          params: { row: row.line },
          field: 'target',
        });
      }
      const planned: Plan =
        target === 'unplanned'
          ? { kind: 'unplanned', row, existing: null, unchanged: false }
          : {
              kind: 'matched',
              row,
              how: 'review',
              unchanged: false,
              candidate: {
                postId: target.postId,
                channelId: channel.id,
                title: '',
                day: row.day,
                caption: '',
                permalink: '',
                platformPostId: null,
              },
            };
      write([planned], context, actorId);
    }
    repo.deletePending(pending.id);
  }

  function summary(plans: Plan[]) {
    const count = (test: (p: Plan) => boolean) => plans.filter(test).length;
    return {
      matched: count((p) => p.kind === 'matched' && !p.unchanged),
      uncertain: count((p) => p.kind === 'uncertain'),
      unmatched: count((p) => p.kind === 'unplanned' && !p.unchanged),
      unchanged: count((p) => (p.kind === 'matched' || p.kind === 'unplanned') && p.unchanged),
      skipped: count((p) => p.kind === 'skipped'),
    };
  }

  return {
    async import(request: Acted<'analytics.import'>): Promise<Response<'analytics.import'>> {
      const person = actor(request.actorId);
      const { table, bytes } = await readTable(request.path);
      const zone = settings.get().timeZone;
      const parsed = parseExport(table, request.platform, zone);
      const channel = channelFor(parsed.platform, request.channelId);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const asOf = request.asOf ?? todayIn(zone);
      const resolutions = new Map(request.resolutions.map((r) => [r.row, r.target]));
      const fileName = basename(request.path);
      // Read and write under one IMMEDIATE transaction: nothing changes between plan and write.
      return repo.bulkTransaction(() => {
        const already = repo.importBySha(sha256);
        const plans = plan(channel, parsed.platform, parsed.rows, resolutions);
        const counts = already
          ? { matched: 0, uncertain: 0, unmatched: 0, unchanged: plans.length, skipped: 0 }
          : summary(plans);
        const changes = counts.matched + counts.unmatched + counts.uncertain;
        const written = !request.dryRun && !already && changes > 0;
        if (written) {
          const importId = randomUUID();
          repo.insertImport({
            id: importId,
            platform: parsed.platform,
            fileName,
            sha256,
            asOf,
            rows: parsed.rows.length,
            actorId: person.id,
            importedAt: nowIso(),
          });
          write(plans, { channel, platform: parsed.platform, importId, asOf }, person.id);
        }
        return {
          platform: parsed.platform,
          channelId: channel.id,
          channelName: channel.name,
          fileName,
          asOf,
          dryRun: request.dryRun,
          alreadyImported: already !== undefined,
          written,
          rows: parsed.rows.length,
          columns: parsed.columns,
          counts,
          review: already
            ? []
            : plans
                .filter((p) => p.kind === 'uncertain')
                .slice(0, reviewLimit)
                .map((p) => ({
                  row: p.row.line,
                  day: p.row.day,
                  caption: p.row.caption.slice(0, 140),
                  permalink: p.row.permalink,
                  candidates: p.candidates.map((c) => ({ postId: c.postId, title: c.title })),
                })),
          preview: plans.slice(0, previewLimit).map((p) => ({
            row: p.row.line,
            day: p.row.day,
            caption: p.row.caption.slice(0, 140),
            outcome: outcomeOf(p, already !== undefined),
            postTitle: p.kind === 'matched' ? p.candidate.title : null,
            views: p.row.figures.views ?? null,
          })),
        };
      });
    },
    pending(): Response<'analytics.pending'> {
      const channelNames = new Map(channels.list(true).map((c) => [c.id, c.name]));
      return repo.pending().map((p) => {
        const row = JSON.parse(p.item) as ExportRow;
        const ids = JSON.parse(p.candidates) as string[];
        return {
          id: p.id,
          fileName: p.file_name,
          platform: p.platform as AnalyticsPlatform,
          channelId: p.channel_id,
          channelName: channelNames.get(p.channel_id) ?? '',
          importedAt: p.imported_at,
          row: p.row_number,
          day: row.day,
          caption: row.caption.slice(0, 140),
          permalink: row.permalink,
          candidates: ids.flatMap((id) => {
            const post = posts.get(id);
            return post ? [{ postId: id, title: post.title, scheduledAt: post.scheduledAt }] : [];
          }),
        };
      });
    },
    resolve(request: Acted<'analytics.resolve'>): Response<'analytics.resolve'> {
      const person = actor(request.actorId);
      return db
        .transaction(() => {
          const pending = repo.pendingById(request.id);
          if (!pending) throw new AppError('conflict', { key: 'analytics.pendingGone' });
          settlePending(pending, request.target, person.id);
          return { resolved: true };
        })
        .immediate();
    },
    /** A selection at once ("Terbit di luar rencana" / left out); rows gone meanwhile pass. */
    resolveMany(request: Acted<'analytics.resolveMany'>): Response<'analytics.resolveMany'> {
      const person = actor(request.actorId);
      return db
        .transaction(() => {
          let resolved = 0;
          for (const id of new Set(request.ids)) {
            const pending = repo.pendingById(id);
            if (!pending) continue;
            settlePending(pending, request.target, person.id);
            resolved += 1;
          }
          return { resolved };
        })
        .immediate();
    },
  };
}
export type AnalyticsService = ReturnType<typeof analyticsService>;
