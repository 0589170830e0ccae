import { createContext } from 'react';

/**
 * Given to the chips of a view whose posts can be selected (the month, the week) while someone
 * is chosen in "Saya: …": the order a Shift-range follows, read at the moment of the click so
 * the value stays one object and a reload does not re-render every chip. Absent (null) in the
 * ideas tray, and before anyone is chosen: there a chip only opens and moves.
 */
export interface ChipSelection {
  order(): readonly string[];
}

export const ChipSelectionContext = createContext<ChipSelection | null>(null);
