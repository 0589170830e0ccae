import { tzOffset } from '@date-fns/tz';
import type { Schedule } from '../../../../shared/domain/exports';
import { parseLocalDate, zoneLabel } from '../../../../shared/time';
import { escapeText } from './lines';

/**
 * How event times are written. An office zone with one fixed offset (WIB, WITA, WIT: no
 * daylight saving) gets DTSTART;TZID=Asia/Jakarta with a one-rule VTIMEZONE, so calendar apps
 * show the office's wall-clock time and name the zone. A zone with daylight saving would need
 * VTIMEZONE rules mirroring the tz database's history; UTC times are exact there instead, and
 * X-WR-TIMEZONE still tells Google Calendar which zone to display.
 */
export type IcsZone =
  { kind: 'fixed'; tzid: string; offsetMs: number; label: string } | { kind: 'utc' };

const minute = 60_000;

/** Local wall time read as if it were UTC, in ms: the offset is this minus the instant. */
export function wallEpoch(date: string, time: string): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
}

export function icsZone(schedule: Schedule): IcsZone {
  const zone = schedule.office.timeZone;
  const { from, to } = schedule.filter;
  const offsetMs = Math.round(tzOffset(zone, new Date(Date.parse(from))) * minute);
  if (!Number.isFinite(offsetMs) || offsetMs % minute !== 0) return { kind: 'utc' };
  // Winter and summer of every year the range touches: a zone with daylight saving differs.
  for (let year = parseLocalDate(from).year; year <= parseLocalDate(to).year; year++) {
    for (const month of [0, 6]) {
      if (Math.round(tzOffset(zone, new Date(Date.UTC(year, month, 1))) * minute) !== offsetMs) {
        return { kind: 'utc' };
      }
    }
  }
  // The local times the schedule carries must be exactly the instants shifted by that offset,
  // or writing them with this TZID would move an event (a zone that changed its offset).
  for (const post of schedule.posts) {
    if (wallEpoch(post.date, post.time) - Date.parse(post.scheduledAt) !== offsetMs) {
      return { kind: 'utc' };
    }
  }
  const label = schedule.posts[0]?.zoneLabel ?? zoneLabel(zone);
  return { kind: 'fixed', tzid: zone, offsetMs, label };
}

function utcOffset(offsetMs: number): string {
  const minutes = Math.abs(offsetMs) / minute;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${offsetMs < 0 ? '-' : '+'}${hh}${mm}`;
}

/** The VTIMEZONE of a fixed-offset zone: one STANDARD observance since 1970. */
export function vtimezone(zone: Extract<IcsZone, { kind: 'fixed' }>): string[] {
  const offset = utcOffset(zone.offsetMs);
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone.tzid}`,
    `X-LIC-LOCATION:${zone.tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${escapeText(zone.label)}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}
