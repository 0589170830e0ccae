import type { ApiResult } from '../../../../shared/api/errors';
import type { AssetSummary } from '../../../../shared/domain/assets';
import { noSelection } from '../model';
import type { AssetsState, StoreContext } from './types';

/**
 * Changes to assets and collections (one asset's details, bulk tags, collection membership,
 * deletion) and the lookups the side list and filters show (collections, tags).
 */

const bulkChunk = 1_000;

type EditKeys =
  | 'collections'
  | 'tags'
  | 'detailVersion'
  | 'updateAsset'
  | 'bulkTag'
  | 'addToCollection'
  | 'removeFromCollection'
  | 'deleteAssets'
  | 'createCollection'
  | 'renameCollection'
  | 'deleteCollection'
  | 'loadLookups';

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );

/** One bulk call per 1,000 ids; stops at the first refusal. */
async function inChunks(
  ids: string[],
  call: (chunk: string[]) => Promise<ApiResult<number>>,
): Promise<ApiResult<number>> {
  let count = 0;
  for (const chunk of chunks(ids, bulkChunk)) {
    const result = await call(chunk);
    if (!result.ok) return result;
    count += result.value;
  }
  return { ok: true, value: count };
}

export function createEdits({ set, get, deps }: StoreContext) {
  const { api } = deps;

  /** Assets changed on the server: an open detail reloads, the rows and lookups follow. */
  async function afterBulkChange(): Promise<void> {
    set((state) => ({ detailVersion: state.detailVersion + 1 }));
    await Promise.all([get().refresh(), get().loadLookups()]);
  }

  const slice: Pick<AssetsState, EditKeys> = {
    collections: [],
    tags: [],
    detailVersion: 0,

    async updateAsset(patch) {
      const result = await api.assets.update(patch);
      if (result.ok) {
        const asset = result.value;
        // The tile and row show the title and rights; patch them in place (no reload, no jump).
        const patchPages = (pages: ReadonlyMap<number, AssetSummary[]>) => {
          let changed = false;
          const next = new Map(pages);
          for (const [page, items] of pages) {
            const at = items.findIndex((item) => item.id === asset.id);
            if (at < 0) continue;
            const copy = items.slice();
            copy[at] = { ...copy[at]!, title: asset.title, rightsExpiresOn: asset.rightsExpiresOn };
            next.set(page, copy);
            changed = true;
          }
          return changed ? next : pages;
        };
        set((state) => ({
          pages: patchPages(state.pages),
          stalePages: patchPages(state.stalePages),
        }));
        if (patch.tags) void get().loadLookups();
      }
      return result;
    },

    async bulkTag(ids, add) {
      const result = await inChunks(ids, async (chunk) => {
        const reply = await api.assets.bulkTag({ ids: chunk, add });
        return reply.ok ? { ok: true, value: reply.value.updated } : reply;
      });
      if (result.ok) await afterBulkChange();
      return result;
    },

    async addToCollection(ids, collectionId) {
      const result = await inChunks(ids, async (chunk) => {
        const reply = await api.assets.addToCollection({ ids: chunk, collectionId });
        return reply.ok ? { ok: true, value: reply.value.added } : reply;
      });
      if (result.ok) await afterBulkChange();
      return result;
    },

    async removeFromCollection(ids, collectionId) {
      const result = await inChunks(ids, async (chunk) => {
        const reply = await api.assets.removeFromCollection({ ids: chunk, collectionId });
        return reply.ok ? { ok: true, value: reply.value.removed } : reply;
      });
      if (result.ok) {
        if (get().filters.collectionId === collectionId) set({ selection: noSelection });
        await afterBulkChange();
      }
      return result;
    },

    async deleteAssets(ids, force) {
      const result = await inChunks(ids, async (chunk) => {
        const reply = await api.assets.delete({ ids: chunk, force });
        return reply.ok ? { ok: true, value: reply.value.deleted } : reply;
      });
      if (result.ok || result.error.code !== 'conflict') {
        const gone = new Set(ids);
        set((state) => ({
          selection: {
            ids: new Set([...state.selection.ids].filter((id) => !gone.has(id))),
            anchor: null,
            bulk: state.selection.bulk,
          },
        }));
        await afterBulkChange();
      }
      return result;
    },

    async createCollection(name) {
      const result = await api.collections.create({ name });
      if (result.ok) await get().loadLookups();
      return result;
    },

    async renameCollection(id, name) {
      const result = await api.collections.rename({ id, name });
      if (result.ok) await get().loadLookups();
      return result;
    },

    async deleteCollection(id) {
      const result = await api.collections.delete({ id });
      if (result.ok) {
        if (get().filters.collectionId === id) get().setFilters({ collectionId: null });
        await get().loadLookups();
        set((state) => ({ detailVersion: state.detailVersion + 1 }));
      }
      return result;
    },

    async loadLookups() {
      const [collections, tags] = await Promise.all([
        api.collections.list({}),
        api.assets.tags({}),
      ]);
      set({
        ...(collections.ok ? { collections: collections.value } : {}),
        ...(tags.ok ? { tags: tags.value } : {}),
      });
    },
  };

  return { slice, afterBulkChange };
}
