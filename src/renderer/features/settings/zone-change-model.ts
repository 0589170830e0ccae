import { localParts, zoneLabel } from '../../../shared/time';

/** "Sabtu, 19 Desember 2026": the local date of `instant` in `zone`, in the UI language. */
export function shownDate(instant: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
}

/** "08.00 WITA": the wall-clock time of `instant` in `zone`, written the Indonesian way. */
export function shownTime(instant: string, zone: string): string {
  return `${localParts(instant, zone).time.replace(':', '.')} ${zoneLabel(zone, instant)}`;
}

/** "Sabtu, 19 Desember 2026, 08.00 WITA". */
export function shownMoment(instant: string, zone: string, locale: string): string {
  return `${shownDate(instant, zone, locale)}, ${shownTime(instant, zone)}`;
}
