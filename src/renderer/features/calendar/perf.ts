/**
 * Performance marks around a month switch, read by bench/calendar-render.bench.ts. A navigation
 * sets one mark and remembers which range it asked for; the grid calls `gridCommitted` after
 * every commit, which is a single comparison unless a navigation is waiting for exactly that
 * range. Nothing else runs in normal use.
 */
export const navigationMark = 'calendar:navigate';
/** From the click to the commit of the grid showing the new month's posts. */
export const switchMeasure = 'calendar:month-switch';
/** The same, up to the first paint after that commit: what the user sees. */
export const switchPaintMeasure = 'calendar:month-switch-paint';

let waitingFor: string | null = null;

export function markNavigation(targetKey: string): void {
  waitingFor = targetKey;
  performance.clearMarks(navigationMark);
  performance.mark(navigationMark);
}

export function gridCommitted(loadedKey: string | null): void {
  if (waitingFor === null || waitingFor !== loadedKey) return;
  waitingFor = null;
  // A long session would otherwise collect one entry per navigation.
  if (performance.getEntriesByName(switchMeasure).length > 200) {
    performance.clearMeasures(switchMeasure);
    performance.clearMeasures(switchPaintMeasure);
  }
  performance.measure(switchMeasure, navigationMark);
  // The frame after the commit is painted before the next task runs.
  requestAnimationFrame(() => {
    setTimeout(() => performance.measure(switchPaintMeasure, navigationMark), 0);
  });
}
