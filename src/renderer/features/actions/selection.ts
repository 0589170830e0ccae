/**
 * Selecting many posts in a list, as a file manager does: a click or Space toggles one and
 * remembers it as the anchor; Shift-click (or Shift+Space) adds everything from the anchor to
 * the post clicked, in the list's order; Ctrl+A takes the whole list. Pure, so the "Perlu
 * tindakan" view and the calendar's agenda share it.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  /** Where a Shift-range starts: the post last toggled on its own. */
  anchor: string | null;
}

export const emptySelection: Selection = { ids: new Set(), anchor: null };

export function toggleOne(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Adds the posts from the anchor to `id` (both included); without an anchor, toggles `id`. */
export function selectRange(selection: Selection, order: readonly string[], id: string): Selection {
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  if (from < 0 || to < 0) return toggleOne(selection, id);
  const ids = new Set(selection.ids);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(order[i]!);
  return { ids, anchor: selection.anchor };
}

export function selectAll(order: readonly string[]): Selection {
  return { ids: new Set(order), anchor: order[0] ?? null };
}

/** After a reload: forget posts that left the list. Returns the same object when nothing left. */
export function keepListed(selection: Selection, order: readonly string[]): Selection {
  const listed = new Set(order);
  if ([...selection.ids].every((id) => listed.has(id))) return selection;
  const ids = new Set([...selection.ids].filter((id) => listed.has(id)));
  return {
    ids,
    anchor: selection.anchor && listed.has(selection.anchor) ? selection.anchor : null,
  };
}

/** The selected ids in the list's order. */
export function selectedInOrder(selection: Selection, order: readonly string[]): string[] {
  return order.filter((id) => selection.ids.has(id));
}

/** What a click or a key does to the selection: one post in or out, or the range to it. */
export type SelectIntent = 'toggle' | 'range';

interface Modifiers {
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * A click on something that opens when clicked (a calendar chip): Ctrl+click (Cmd on a Mac)
 * toggles it, Shift+click takes the range from the last one toggled; a plain click is not a
 * selection (null: the chip opens its post).
 */
export function clickIntent(click: Modifiers): SelectIntent | null {
  if (click.altKey) return null;
  if (click.shiftKey) return 'range';
  if (click.ctrlKey || click.metaKey) return 'toggle';
  return null;
}

/**
 * A key on a focused calendar chip. There a plain Space also picks the chip up to move it
 * (dnd-kit's keyboard drag), so: Ctrl+Space always toggles, Shift+Space takes the range, and a
 * plain Space toggles once something is selected (the person is selecting, not moving). null:
 * the key is not a selection and goes on to the drag.
 */
export function chipKeyIntent(
  key: Modifiers & { code: string },
  somethingSelected: boolean,
): SelectIntent | null {
  if (key.code !== 'Space' || key.altKey || key.metaKey) return null;
  if (key.shiftKey) return 'range';
  if (key.ctrlKey || somethingSelected) return 'toggle';
  return null;
}
