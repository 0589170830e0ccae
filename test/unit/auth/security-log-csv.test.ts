import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { useTempDir } from '../helpers';

/**
 * The security log's CSV (auth.securityLogCsv) read back by a strict reader: RFC 4180 quoting of
 * every comma, quote and line break, a BOM, and no cell a spreadsheet would run as a formula.
 * The nastiest cells come from the sign-in screen itself: whatever anyone types as a user name
 * is logged with the failure, and a person's name (the "Oleh" column) may hold commas and quotes.
 */
const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(() => app?.close());

const header = ['No', 'Waktu (UTC)', 'Peristiwa', 'Nama pengguna', 'Oleh', 'Klien', 'Keterangan'];

function readStrictly(csv: string): string[][] {
  return parse(Buffer.from(csv, 'utf8'), {
    bom: true,
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
  }) as string[][];
}

describe('security log CSV', () => {
  it('reads back cell for cell with a comma, a quote, a line break and a leading =', async () => {
    app = openApp(join(tempDir(), 'data'));
    const auth = app.services.auth;
    const { signedIn } = await auth.setup(
      { name: 'Sri "Admin", Humas', userName: 'sri', password: 'jadwal humas aman' },
      'http 127.0.0.1',
    );
    const typed = '=HYPERLINK("http://x","klik"),\nbaris dua';
    await expect(
      auth.signIn({ userName: typed, password: 'salah sekali' }, 'http 127.0.0.1'),
    ).rejects.toMatchObject({ key: 'auth.wrongCredentials' });

    const admin = { kind: 'person' as const, person: signedIn.person, sessionId: null };
    const reply = await app.dispatchAs(admin)('auth.securityLogCsv', {});
    if (!reply.ok) throw new Error(reply.error.message);
    const { csv } = reply.value as { csv: string };
    expect(csv.startsWith('\uFEFF')).toBe(true);

    const records = readStrictly(csv);
    expect(records[0]).toEqual(header);
    const rows = records.slice(1);
    expect(rows.map((row) => row[2])).toEqual(['password_set', 'sign_in', 'sign_in_failed']);
    // The signed-in administrator's name, comma and quotes kept, in one cell.
    expect(rows[1]).toEqual([
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      'sign_in',
      'sri',
      'Sri "Admin", Humas',
      'http 127.0.0.1',
      '',
    ]);
    // The typed user name: one cell, its line break kept, its formula neutralised.
    const failed = rows[2]!;
    expect(failed).toHaveLength(header.length);
    expect(failed[3]).toBe(`'${typed}`);
    for (const cell of records.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
