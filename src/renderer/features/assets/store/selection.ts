import { noSelection, rangeIndices, selectAfterClick } from '../model';
import type { ListPart } from './list';
import type { AssetsState, StoreContext } from './types';

/** The selection: which assets are chosen, the active tile, and the bulk dialog they open. */

/** Most assets one click (Ctrl+A, a long Shift range) may select; bulk calls go 1,000 at a time. */
export const selectionLimit = 10_000;

type SelectionKeys =
  | 'selection'
  | 'activeIndex'
  | 'dialog'
  | 'click'
  | 'setActive'
  | 'selectAll'
  | 'clearSelection'
  | 'openDialog'
  | 'closeDialog';

export function createSelection(
  { set, get, deps, notify }: StoreContext,
  list: Pick<ListPart, 'loadPositions'>,
): Pick<AssetsState, SelectionKeys> {
  return {
    selection: noSelection,
    activeIndex: 0,
    dialog: null,

    async click(input) {
      const { selection } = get();
      if (input.range && selection.anchor !== null) {
        const [low, high] = [
          Math.min(selection.anchor, input.index),
          Math.max(selection.anchor, input.index),
        ];
        if (high - low + 1 > selectionLimit) {
          notify('warning', deps.t('assets.selection.tooMany', { count: selectionLimit }));
          return;
        }
        await list.loadPositions(low, high);
      }
      set((state) => ({
        selection: selectAfterClick(state.selection, input, (index) => get().assetAt(index)?.id),
        activeIndex: input.index,
      }));
    },

    setActive(index) {
      set({ activeIndex: index });
    },

    async selectAll() {
      const total = get().total ?? 0;
      if (total === 0) return;
      const last = Math.min(total, selectionLimit) - 1;
      await list.loadPositions(0, last);
      const ids = new Set<string>();
      for (const index of rangeIndices(0, last)) {
        const id = get().assetAt(index)?.id;
        if (id) ids.add(id);
      }
      set({ selection: { ids, anchor: 0, bulk: true } });
      if (total > selectionLimit) {
        notify('warning', deps.t('assets.selection.capped', { count: selectionLimit }));
      }
    },

    clearSelection() {
      set({ selection: noSelection });
    },

    openDialog(dialog) {
      if (get().selection.ids.size > 0) set({ dialog });
    },

    closeDialog() {
      set({ dialog: null });
    },
  };
}
