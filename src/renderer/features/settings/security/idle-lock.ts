/** The idle-lock field as typed: a whole number of minutes, 1–480 (auth.setIdleLock's range). */
export const idleLockRange = { min: 1, max: 480 } as const;

export function parseIdleMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= idleLockRange.min && minutes <= idleLockRange.max ? minutes : null;
}
