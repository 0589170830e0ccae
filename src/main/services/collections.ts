import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, notFound } from '../../shared/api/errors';
import type { assetMethods } from '../../shared/api/methods/assets';
import type { Collection } from '../../shared/domain/assets';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { assetsRepository } from '../db/repositories/assets';
import { collectionsRepository } from '../db/repositories/collections';

type Request<M extends keyof typeof assetMethods> = z.output<(typeof assetMethods)[M]['request']>;

/** Named groups of assets; an asset may be in many, and deleting a group keeps its assets. */
export function collectionsService(db: Db) {
  const collections = collectionsRepository(db);
  const assets = assetsRepository(db);

  function load(id: string): Collection {
    const found = collections.get(id);
    if (!found) throw notFound('collection', id);
    return found;
  }

  function ensureFreeName(name: string, except?: string): void {
    const holder = collections.idByName(name);
    if (holder && holder !== except) {
      throw new AppError('conflict', {
        key: 'collections.nameTaken',
        params: { name },
        field: 'name',
      });
    }
  }

  function ensureAssets(ids: readonly string[]): void {
    const known = assets.existing(ids);
    const index = ids.findIndex((id) => !known.has(id));
    if (index >= 0) throw notFound('asset', ids[index]!);
  }

  return {
    list: () => collections.list(),
    create({ name }: Request<'collections.create'>): Collection {
      return db.transaction(() => {
        ensureFreeName(name);
        const id = randomUUID();
        collections.insert(id, name, nowIso());
        return load(id);
      })();
    },
    rename({ id, name }: Request<'collections.rename'>): Collection {
      return db.transaction(() => {
        load(id);
        ensureFreeName(name, id);
        collections.rename(id, name, nowIso());
        return load(id);
      })();
    },
    delete(id: string) {
      load(id);
      collections.delete(id);
      return { deleted: true as const };
    },
    add({ collectionId, ids }: Request<'assets.addToCollection'>) {
      return db.transaction(() => {
        load(collectionId);
        ensureAssets(ids);
        const now = nowIso();
        return { added: ids.filter((id) => collections.add(collectionId, id, now)).length };
      })();
    },
    remove({ collectionId, ids }: Request<'assets.removeFromCollection'>) {
      return db.transaction(() => {
        load(collectionId);
        return { removed: ids.filter((id) => collections.remove(collectionId, id)).length };
      })();
    },
  };
}
