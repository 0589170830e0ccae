import type { z } from 'zod';
import { AppError, notFound } from '../../shared/api/errors';
import type { assetMethods } from '../../shared/api/methods/assets';
import { uniqueTags, type Asset } from '../../shared/domain/assets';
import { addDaysLocal, todayIn } from '../../shared/time';
import type { AssetLibrary } from '../assets/library';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import {
  assetQueryRepository,
  decodeCursor,
  type AssetQuery,
} from '../db/repositories/asset-query';
import { assetsRepository, toSummary, type AssetRow } from '../db/repositories/assets';
import { collectionsRepository } from '../db/repositories/collections';
import { postsRepository } from '../db/repositories/posts';
import { settingsRepository } from '../db/repositories/settings';
import { toFtsQuery } from './fts-query';

type Request<M extends keyof typeof assetMethods> = z.output<(typeof assetMethods)[M]['request']>;

/** Finding, describing and removing assets. Imports and verification are jobs (asset-jobs.ts). */
export function assetsService(db: Db, library: AssetLibrary) {
  const assets = assetsRepository(db);
  const query = assetQueryRepository(db);
  const collections = collectionsRepository(db);
  const posts = postsRepository(db);
  const settings = settingsRepository(db);

  function load(id: string): AssetRow {
    const row = assets.get(id);
    if (!row) throw notFound('asset', id);
    return row;
  }

  function loadAll(ids: readonly string[]): AssetRow[] {
    return ids.map(load);
  }

  function toQuery(filter: Request<'assets.list'>['filter']): AssetQuery {
    if (filter.collectionId && !collections.get(filter.collectionId)) {
      throw notFound('collection', filter.collectionId);
    }
    const zone = settings.get().timeZone;
    return {
      match: filter.query ? (toFtsQuery(filter.query) ?? undefined) : undefined,
      kinds: filter.kinds,
      tags: filter.tags,
      collectionId: filter.collectionId,
      orientation: filter.orientation,
      from: filter.from,
      before: filter.to ? addDaysLocal(filter.to, 1) : undefined,
      usage: filter.usage,
      status: filter.status,
      rightsUntil:
        filter.rightsExpiringWithinDays === undefined
          ? undefined
          : addDaysLocal(todayIn(zone), filter.rightsExpiringWithinDays),
    };
  }

  return {
    list(request: Request<'assets.list'>) {
      const cursor = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
      if (cursor === null) {
        throw new AppError('invalid_request', { key: 'assets.unknownCursor', field: 'cursor' });
      }
      const filter = toQuery(request.filter);
      const page = query.page(filter, {
        sort: request.sort,
        limit: request.limit,
        cursor,
        offset: request.offset,
      });
      return {
        items: page.rows.map(toSummary),
        nextCursor: page.nextCursor,
        total: request.withTotal ? query.count(filter) : null,
      };
    },
    get: (id: string): Asset => assets.full(load(id)),
    update({ id, tags, rightsExpiresOn, ...fields }: Request<'assets.update'>): Asset {
      return db.transaction(() => {
        load(id);
        assets.update(id, {
          title: fields.title,
          description: fields.description,
          credit: fields.credit,
          rights: fields.rights,
          rights_expires_on: rightsExpiresOn,
          updated_at: nowIso(),
        });
        if (tags) assets.replaceTags(id, uniqueTags(tags));
        assets.reindex(id);
        return assets.full(load(id));
      })();
    },
    usage(id: string) {
      load(id);
      return assets.usage(id);
    },
    tags: () => assets.tags(),
    bulkTag({ ids, add, remove }: Request<'assets.bulkTag'>) {
      return db.transaction(() => {
        loadAll(ids);
        const now = nowIso();
        let updated = 0;
        for (const id of ids) {
          let changed = false;
          for (const tag of uniqueTags(add)) changed = assets.addTag(id, tag) || changed;
          for (const tag of remove) changed = assets.removeTag(id, tag) || changed;
          if (changed) {
            assets.update(id, { updated_at: now });
            assets.reindex(id);
            updated += 1;
          }
        }
        return { updated };
      })();
    },
    async delete({ ids, force }: Request<'assets.delete'>) {
      const { rows, detachedFromPosts } = db.transaction(() => {
        const rows = loadAll(ids);
        const users = assets.postsUsing(ids);
        if (users.length > 0 && !force) throw inUse(rows, users);
        const detached = new Set<string>();
        for (const row of rows) {
          for (const use of assets.usage(row.id)) {
            posts.detachAsset(use.postId, row.id, nowIso());
            detached.add(use.postId);
          }
          assets.delete(row.id);
        }
        return { rows, detachedFromPosts: detached.size };
      })();
      for (const row of rows) await library.removeFiles(row.sha256, row.ext);
      return { deleted: rows.length, detachedFromPosts };
    },
  };
}

function inUse(rows: AssetRow[], users: { title: string }[]): AppError {
  const titles = `${users
    .slice(0, 3)
    .map((u) => `"${u.title}"`)
    .join(', ')}${users.length > 3 ? ', …' : ''}`;
  const count = users.length;
  return rows.length === 1
    ? new AppError('conflict', {
        key: 'assets.inUseOne',
        params: { name: rows[0]!.original_name, count, titles },
      })
    : new AppError('conflict', {
        key: 'assets.inUseMany',
        params: { assets: rows.length, count, titles },
      });
}
