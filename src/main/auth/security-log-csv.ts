import type { SecurityLogEntry } from '../../shared/domain/accounts';
import {
  securityClientWords,
  securityDetailWords,
  securityEventKey,
  securityLogTime,
  type Words,
} from '../../shared/domain/security-log-words';
import { translate } from '../../shared/i18n/translate';
import { wallClockIn, zoneLabel } from '../../shared/time';
import { encodeCsv } from '../export/formats/csv';

/**
 * The security log as CSV for the administrator (RFC 4180 through the export's own encoder, a
 * BOM so a spreadsheet reads it as UTF-8), in the words of Settings › Keamanan: the day and time
 * in the office zone, the event, the computer and a role change in Indonesian
 * (`shared/domain/security-log-words.ts`); the stored UTC instant stays in the last column for
 * exactness. User names in failed attempts are typed by whoever stood at the sign-in screen, so
 * every cell a spreadsheet would run as a formula is neutralised (OWASP CSV injection).
 */
export const securityLogHeader = [
  'No',
  'Tanggal',
  'Jam',
  'Zona waktu',
  'Peristiwa',
  'Nama pengguna',
  'Oleh',
  'Komputer/klien',
  'Keterangan',
  'Waktu (UTC)',
];
const formulaStart = /^[=+\-@\t\r]/;
const neutralise = (text: string) => (formulaStart.test(text) ? `'${text}` : text);

/**
 * Words and zone labels repeat on every row (eleven events, a few computers); asked of i18next
 * and Intl once each per export, a 20,000-entry log is worded in a fraction of the time.
 */
function memo<T extends unknown[]>(make: (...args: T) => string): (...args: T) => string {
  const seen = new Map<string, string>();
  return (...args) => {
    const key = JSON.stringify(args);
    let text = seen.get(key);
    if (text === undefined) {
      text = make(...args);
      seen.set(key, text);
    }
    return text;
  };
}

export function securityLogCsv(entries: readonly SecurityLogEntry[], timeZone: string): string {
  const words: Words = memo((key: string, params?: Record<string, string | number>) =>
    translate('id', key, params),
  );
  const clientWords = memo((client: string) => securityClientWords(client, words));
  // The label follows daylight saving where a zone has it: one label per offset in force.
  const clock = wallClockIn(timeZone);
  const labels = new Map<number, string>();
  const zoneAt = (at: string) => {
    const offset = clock(at) - Date.parse(at);
    let label = labels.get(offset);
    if (label === undefined) {
      label = zoneLabel(timeZone, at);
      labels.set(offset, label);
    }
    return label;
  };
  const rows = [...entries]
    .sort((a, b) => a.num - b.num)
    .map((entry) => {
      const { date, time } = securityLogTime(entry.at, timeZone, 'id');
      return [
        String(entry.num),
        date,
        time,
        zoneAt(entry.at),
        words(securityEventKey(entry.event)),
        entry.userName,
        entry.actor,
        clientWords(entry.client),
        securityDetailWords(entry, words),
        entry.at,
      ].map(neutralise);
    });
  return '\uFEFF' + encodeCsv([securityLogHeader, ...rows]);
}
