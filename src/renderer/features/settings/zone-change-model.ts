import { zoneLabel } from '../../../shared/time';

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
  // Intl directly: in the e2e browser under Playwright's fixed clock, the shared localParts
  // (a date-fns TZDate) gave WIB times for a WITA zone here; the Intl formatter never did.
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}.${part('minute')} ${zoneLabel(zone, instant)}`;
}

/** "Sabtu, 19 Desember 2026, 08.00 WITA". */
export function shownMoment(instant: string, zone: string, locale: string): string {
  return `${shownDate(instant, zone, locale)}, ${shownTime(instant, zone)}`;
}
