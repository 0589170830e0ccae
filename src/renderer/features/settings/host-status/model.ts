/**
 * How long the host has been running, in the words of `hostStatus.duration.*`: minutes under an
 * hour, hours and minutes under a day, then days and hours. Pure, so the thresholds are tested.
 */
export function uptimeWords(seconds: number): {
  key: 'minutes' | 'hours' | 'days';
  params: Record<string, number>;
} {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  const hours = Math.floor(minutes / 60);
  if (hours < 1) return { key: 'minutes', params: { minutes } };
  if (hours < 24) return { key: 'hours', params: { hours, minutes: minutes % 60 } };
  return { key: 'days', params: { days: Math.floor(hours / 24), hours: hours % 24 } };
}

/** The page refreshes itself this often while it is open. */
export const refreshEveryMs = 10_000;
