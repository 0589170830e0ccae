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

const header = [
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
    const asAdmin = app.dispatchAs(admin);
    const created = await asAdmin('people.create', {
      name: 'Budi',
      role: 'planner',
      userName: 'budi',
    });
    if (!created.ok) throw new Error(created.error.message);
    const budi = created.value as { id: string };
    const promoted = await asAdmin('people.update', { id: budi.id, role: 'approver' });
    if (!promoted.ok) throw new Error(promoted.error.message);
    const reply = await asAdmin('auth.securityLogCsv', {});
    if (!reply.ok) throw new Error(reply.error.message);
    const { csv } = reply.value as { csv: string };
    expect(csv.startsWith('\uFEFF')).toBe(true);

    const records = readStrictly(csv);
    expect(records[0]).toEqual(header);
    const rows = records.slice(1);
    // In office words, as Settings › Keamanan shows them.
    expect(rows.map((row) => row[4])).toEqual([
      'Kata sandi ditetapkan',
      'Masuk',
      'Gagal masuk',
      'Akun dibuat',
      'Peran diubah',
    ]);
    // The signed-in administrator's name, comma and quotes kept, in one cell; the day and time
    // in the office zone (WIB), the stored instant last.
    const signIn = rows[1]!;
    expect(signIn).toEqual([
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      expect.stringMatching(/^\d{2}\.\d{2}$/),
      'WIB',
      'Masuk',
      'sri',
      'Sri "Admin", Humas',
      'Peramban 127.0.0.1',
      '',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    ]);
    const utc = new Date(signIn[9]!);
    const wib = new Date(utc.getTime() + 7 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(signIn[1]).toBe(
      `${pad(wib.getUTCDate())}/${pad(wib.getUTCMonth() + 1)}/${wib.getUTCFullYear()}`,
    );
    expect(signIn[2]).toBe(`${pad(wib.getUTCHours())}.${pad(wib.getUTCMinutes())}`);
    // The typed user name: one cell, its line break kept, its formula neutralised.
    const failed = rows[2]!;
    expect(failed).toHaveLength(header.length);
    expect(failed[5]).toBe(`'${typed}`);
    expect(rows[4]![8]).toBe('Perencana → Penyetuju');
    for (const cell of records.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
