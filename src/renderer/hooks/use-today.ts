import { useSyncExternalStore } from 'react';
import { todayIn, type LocalDate } from '../../shared/time';

/** Checks once a minute; the calendar re-renders only when the date itself changes (at midnight). */
function subscribeToMinutes(onChange: () => void): () => void {
  const timer = setInterval(onChange, 60_000);
  return () => clearInterval(timer);
}

/** Today in the office zone, which moves on at the office's midnight while the app stays open. */
export function useToday(zone: string): LocalDate {
  return useSyncExternalStore(subscribeToMinutes, () => todayIn(zone));
}
