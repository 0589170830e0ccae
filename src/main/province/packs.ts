import { AppError } from '../../shared/api/errors';
import { draftFromPackItem } from '../../shared/domain/province-adopt';
import {
  itemChange,
  packChanges,
  type ContentPack,
  type PackItemChange,
} from '../../shared/domain/province-pack';
import type { Post } from '../../shared/domain/posts';
import type { Db } from '../db/connection';
import { channelsRepository } from '../db/repositories/channels';
import { provinceRepository, type Adoption } from '../db/repositories/province';
import { packItemAssetIds } from './pack-media';

/** What the regency's "Paket dari Provinsi" shows of one received pack. */
export interface ReceivedPack {
  pack: ContentPack;
  senderCode: string;
  receivedAt: string;
  items: {
    itemId: string;
    adoption: Adoption | null;
    /** Set when a newer version changed an adopted item: offered, never applied silently. */
    change: PackItemChange | null;
  }[];
}

/**
 * A pack version from the province. Stored once; returns what it changed against the newest
 * version held before (empty for a first version, a replay, or an older version arriving late).
 */
export function receivePack(
  db: Db,
  senderCode: string,
  recipients: string[],
  pack: ContentPack,
  receivedAt: string,
): { stored: boolean; changes: PackItemChange[] } {
  const store = provinceRepository(db);
  const before = store.latestPacks('received').find((entry) => entry.pack.packId === pack.packId);
  const stored = store.recordPack({ pack, senderCode, recipients, receivedAt });
  const changes =
    stored && before && before.pack.version < pack.version ? packChanges(before.pack, pack) : [];
  return { stored, changes };
}

/** Creating a draft goes through the posts service (its rules, activity log, version). */
export type DraftRequest = ReturnType<typeof draftFromPackItem>['post'] & { actorId: string };

const notFound = (what: 'pack' | 'item') =>
  new AppError('not_found', {
    key: what === 'pack' ? 'province.packNotFound' : 'province.itemNotFound',
  });

/**
 * A regency's side of content packs: packs arrive (stored once per version), items are adopted
 * into the calendar as drafts linked to the item, and a newer version's changes to adopted items
 * are offered item by item.
 */
export function provincePacks(db: Db, drafts: { create(request: DraftRequest): Post }) {
  const store = provinceRepository(db);
  const channels = channelsRepository(db);

  function latest(packId: string) {
    const found = store.latestPacks('received').find((entry) => entry.pack.packId === packId);
    if (!found) throw notFound('pack');
    return found;
  }

  return {
    receive: (senderCode: string, recipients: string[], pack: ContentPack, receivedAt: string) =>
      receivePack(db, senderCode, recipients, pack, receivedAt),

    /** Every received pack (newest version) with each item's adoption and pending change. */
    received(): ReceivedPack[] {
      const adoptions = new Map(store.adoptions().map((a) => [`${a.packId}|${a.itemId}`, a]));
      return store.latestPacks('received').map(({ pack, senderCode, receivedAt }) => ({
        pack,
        senderCode,
        receivedAt: receivedAt ?? pack.sentAt,
        items: pack.items.map((item) => {
          const adoption = adoptions.get(`${pack.packId}|${item.itemId}`) ?? null;
          let change: PackItemChange | null = null;
          if (adoption && adoption.adoptedVersion < pack.version) {
            const was = store
              .packVersion(pack.packId, adoption.adoptedVersion)
              ?.pack.items.find((old) => old.itemId === item.itemId);
            change = was ? itemChange(was, item) : null;
          }
          return { itemId: item.itemId, adoption, change };
        }),
      }));
    },

    /**
     * Adopts an item of the newest version as a draft in this office's calendar, with the
     * item's photos and videos (received with the pack into the asset library) attached unless
     * `assetIds` says otherwise.
     */
    adopt(packId: string, itemId: string, actorId: string, assetIds?: readonly string[]) {
      const { pack } = latest(packId);
      const item = pack.items.find((entry) => entry.itemId === itemId);
      if (!item) throw notFound('item');
      return db.transaction(() => {
        const attached = assetIds ?? packItemAssetIds(db, item);
        if (store.adoptions(packId).some((a) => a.itemId === itemId)) {
          throw new AppError('conflict', { key: 'province.alreadyAdopted' });
        }
        const active = channels.list(false).map((c) => ({ id: c.id, platform: c.platform }));
        const { post, missingPlatforms } = draftFromPackItem(item, pack.title, active, attached);
        const created = drafts.create({ ...post, actorId });
        store.adopt({
          packId,
          itemId,
          postId: created.id,
          adoptedVersion: pack.version,
          adoptedAt: created.createdAt,
          adoptedBy: actorId,
        });
        return { post: created, missingPlatforms };
      })();
    },

    /** The office has seen a newer version's change to an adopted item (applied it or not). */
    acknowledgeChange(packId: string, itemId: string) {
      const { pack } = latest(packId);
      const adopted = store.adoptions(packId).find((a) => a.itemId === itemId);
      if (!adopted) throw notFound('item');
      store.setAdoptedVersion(packId, itemId, pack.version);
    },
  };
}
