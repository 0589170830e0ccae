import type { SecurityLogEntry } from '../../shared/domain/accounts';
import {
  securityClientWords,
  securityDetailWords,
  securityEventKey,
  securityLogTime,
  type Words,
} from '../../shared/domain/security-log-words';
import { translate } from '../../shared/i18n/translate';
import { zoneLabel } from '../../shared/time';
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
const words: Words = (key, params) => translate('id', key, params);

export function securityLogCsv(entries: readonly SecurityLogEntry[], timeZone: string): string {
  const rows = [...entries]
    .sort((a, b) => a.num - b.num)
    .map((entry) => {
      const { date, time } = securityLogTime(entry.at, timeZone, 'id');
      return [
        String(entry.num),
        date,
        time,
        zoneLabel(timeZone, entry.at),
        words(securityEventKey(entry.event)),
        entry.userName,
        entry.actor,
        securityClientWords(entry.client, words),
        securityDetailWords(entry, words),
        entry.at,
      ].map(neutralise);
    });
  return '\uFEFF' + encodeCsv([securityLogHeader, ...rows]);
}
