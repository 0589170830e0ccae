import { create } from 'zustand';

/**
 * The month's density: "nyaman" (titles on two lines) or "ringkas" (one line per post, more posts
 * per day). A preference of this computer, remembered in localStorage like the view and month
 * (`linimasa.calendar`), under its own key so the two never overwrite each other.
 */
export const calendarDensities = ['comfortable', 'compact'] as const;
export type CalendarDensity = (typeof calendarDensities)[number];

export const densityStorageKey = 'linimasa.calendar.density';

/** The stored density, if it is one; anything else (absent, hand-edited) is the default. */
export function parseDensity(raw: string | null | undefined): CalendarDensity {
  return raw === 'compact' ? 'compact' : 'comfortable';
}

function readStored(): CalendarDensity {
  try {
    return parseDensity(localStorage.getItem(densityStorageKey));
  } catch {
    // Storage switched off: the default each time.
    return 'comfortable';
  }
}

interface DensityState {
  density: CalendarDensity;
  setDensity(density: CalendarDensity): void;
}

export const useCalendarDensity = create<DensityState>()((set) => ({
  density: readStored(),
  setDensity(density) {
    set({ density });
    try {
      localStorage.setItem(densityStorageKey, density);
    } catch {
      // Not remembered; it still applies until the app closes.
    }
  },
}));
