import { create } from 'zustand';
import type { AssetSummary } from '../../../shared/domain/assets';
import { api } from '../../api';

/**
 * Asset records read by id, shared by the editor's "Aset" section and its media checks. Kept
 * across editor sessions so reopening a post shows its thumbnails at once; each session still
 * reads its attachments once more (see the editor's useAttachedAssets), since the library may
 * have changed them meanwhile (a title, a poster frame, a file gone missing).
 * A record is undefined while unread and null when it cannot be shown (deleted).
 */
export const useAssetRecords = create<{ byId: Readonly<Record<string, AssetSummary | null>> }>(
  () => ({ byId: {} }),
);
const reading = new Set<string>();

export async function readAssetRecords(ids: readonly string[]): Promise<void> {
  const wanted = ids.filter((id) => !reading.has(id));
  if (wanted.length === 0) return;
  wanted.forEach((id) => reading.add(id));
  try {
    const results = await Promise.all(wanted.map((id) => api.assets.get({ id })));
    const found: Record<string, AssetSummary | null> = {};
    results.forEach((result, index) => {
      const id = wanted[index]!;
      if (result.ok) found[id] = result.value;
      // Deleted from the library since (the API normally detaches it): say so on the row.
      else if (result.error.code === 'not_found') found[id] = null;
      // Anything else (the connection) leaves it unread, to try again next session.
    });
    useAssetRecords.setState((state) => ({ byId: { ...state.byId, ...found } }));
  } finally {
    wanted.forEach((id) => reading.delete(id));
  }
}

/** Records the picker already has: the rows show them without waiting for a read. */
export function rememberAssetRecords(assets: readonly AssetSummary[]): void {
  useAssetRecords.setState((state) => ({
    byId: { ...state.byId, ...Object.fromEntries(assets.map((asset) => [asset.id, asset])) },
  }));
}
