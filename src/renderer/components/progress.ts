/** How far along, 0–1, or null while the total is not known (the bar then sweeps). */
export function progressShare(done: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.min(1, Math.max(0, done / total));
}
