import { format } from 'date-fns';
import { enUS, id } from 'date-fns/locale';
import { formatBytes as formatSize } from '../../../shared/domain/media-fit';
import { localParts } from '../../../shared/time';

/**
 * Sizes, durations and dates of the asset library in the UI language. Pure: the locale is passed
 * in, so unit tests pin it.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string, digits: number): Intl.NumberFormat {
  const key = `${language}|${digits}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'id-ID', {
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, formatter);
  }
  return formatter;
}

/** "1.234" / "1,234" */
export const formatCount = (value: number, language: string): string =>
  numberFormat(language, 0).format(value);

/**
 * "3,2 MB" in Indonesian, "3.2 MB" in English: the one size format of the app (library, picker,
 * exports, backups and platform warnings alike), so a file reads the same size everywhere and
 * against a platform's "8 MB" limit. Megabytes of 1,000,000 bytes, as the platforms count them.
 */
export const formatBytes = (bytes: number, language: string): string =>
  formatSize(Math.max(0, bytes), language.startsWith('en') ? 'en-GB' : 'id-ID');

/** "0:07", "12:34", "1:02:03" */
export function formatDuration(ms: number): string {
  // Whole seconds down, as video players count; a clip under a second still shows 0:01.
  const total = ms > 0 ? Math.max(1, Math.floor(ms / 1000)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

const locales = { id, en: enUS } as const;
const localeOf = (language: string) => (language.startsWith('en') ? locales.en : locales.id);

/** A wall-clock 'YYYY-MM-DD[THH:mm[:ss]]' as a Date whose local fields are those numbers. */
function wallClock(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h = '12', mi = '0', s = '0'] = match;
  const date = new Date(2000, 0, 1, Number(h), Number(mi), Number(s));
  date.setFullYear(Number(y), Number(mo) - 1, Number(d));
  return date;
}

const dayCache = new Map<string, string>();
const dayCacheLimit = 5000;

/**
 * "12 Agt 2025": a calendar day as written, never shifted by a zone. Remembered, since every
 * tile that scrolls into view asks again.
 */
export function formatDay(value: string, language: string): string {
  const key = `${language}|${value.slice(0, 10)}`;
  let text = dayCache.get(key);
  if (text === undefined) {
    const date = wallClock(value.slice(0, 10));
    text = date ? format(date, 'd MMM yyyy', { locale: localeOf(language) }) : value;
    if (dayCache.size >= dayCacheLimit) dayCache.clear();
    dayCache.set(key, text);
  }
  return text;
}

/** "12 Agustus 2025 14.05": the camera's own clock, as it wrote it. */
export function formatWallClock(value: string, language: string): string {
  const date = wallClock(value);
  if (!date) return value;
  return format(date, language.startsWith('en') ? 'd MMMM yyyy, HH:mm' : 'd MMMM yyyy HH.mm', {
    locale: localeOf(language),
  });
}

/** An instant (import time) in the office's zone: "12 Agustus 2025 14.05". */
export function formatInstant(instant: string, zone: string, language: string): string {
  try {
    const { date, time } = localParts(instant, zone);
    return formatWallClock(`${date}T${time}`, language);
  } catch {
    return instant;
  }
}

/**
 * The day a grid tile or list row shows: the capture date when the camera wrote one, else the
 * import day in the office's zone.
 */
export function assetDay(
  asset: { capturedAt: string | null; importedAt: string },
  zone: string,
  language: string,
): string {
  if (asset.capturedAt) return formatDay(asset.capturedAt, language);
  try {
    return formatDay(localParts(asset.importedAt, zone).date, language);
  } catch {
    return asset.importedAt.slice(0, 10);
  }
}
