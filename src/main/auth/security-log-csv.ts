import type { SecurityLogEntry } from '../../shared/domain/accounts';
import { encodeCsv } from '../export/formats/csv';

/**
 * The security log as CSV for the administrator (RFC 4180 through the export's own encoder, a
 * BOM so a spreadsheet reads it as UTF-8). User names in failed attempts are typed by whoever
 * stood at the sign-in screen, so every cell a spreadsheet would run as a formula is neutralised
 * (OWASP CSV injection).
 */
const header = ['No', 'Waktu (UTC)', 'Peristiwa', 'Nama pengguna', 'Oleh', 'Klien', 'Keterangan'];
const formulaStart = /^[=+\-@\t\r]/;
const neutralise = (text: string) => (formulaStart.test(text) ? `'${text}` : text);

export function securityLogCsv(entries: readonly SecurityLogEntry[]): string {
  const rows = [...entries]
    .sort((a, b) => a.num - b.num)
    .map((entry) =>
      [
        String(entry.num),
        entry.at,
        entry.event,
        entry.userName,
        entry.actor,
        entry.client,
        entry.detail,
      ].map(neutralise),
    );
  return '\uFEFF' + encodeCsv([header, ...rows]);
}
