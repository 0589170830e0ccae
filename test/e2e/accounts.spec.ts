import { readFileSync } from 'node:fs';
import { readStrict } from '../unit/export/strict-csv';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages';

test.describe('Akun dan keamanan', () => {
  // A refused call (the last administrator) answers 403, which Chromium logs as a console error.
  test.use({ allowConsoleErrors: true });
  // Two browser contexts and several axe scans: more than the usual minute on two loaded cores.
  test.slow();

  test('admin menambah orang, membuat kata sandi sekali pakai, lalu membaca log keamanan', async ({
    app,
    host,
    browser,
  }) => {
    const settings = new SettingsPage(app);
    await settings.open('Orang');
    // The last active administrator stays: the server's own words.
    await app.getByRole('button', { name: 'Nonaktifkan Admin Humas' }).click();
    await expect(app.getByRole('alert')).toHaveText(
      'Administrator aktif terakhir tidak boleh diubah perannya atau dinonaktifkan.',
    );
    await expect(settings.peopleList).toContainText('Admin Humas');

    // A new person with a user name of the administrator's choosing.
    const add = settings.addPersonForm;
    await add.getByLabel('Nama', { exact: true }).fill('Rina Wulandari');
    await expect(add.getByLabel('Nama pengguna')).toHaveValue('rina.wulandari');
    await add.getByLabel('Nama pengguna').fill('rina');
    await add.getByLabel('Peran').selectOption({ label: 'Perencana' });
    await add.getByRole('button', { name: 'Tambah orang' }).click();
    const rina = settings.peopleList.getByRole('listitem').filter({ hasText: 'Rina Wulandari' });
    await expect(rina).toContainText('Nama pengguna: rina');
    await expect(rina).toContainText('Belum punya kata sandi');
    // Your own password is not reset from this list.
    await expect(
      app.getByRole('button', { name: 'Buat kata sandi sekali pakai untuk Admin Humas' }),
    ).toHaveCount(0);
    expect(await seriousViolations(app, { include: '#settings-people' })).toEqual([]);

    // The one-time password, shown once.
    await app
      .getByRole('button', { name: 'Buat kata sandi sekali pakai untuk Rina Wulandari' })
      .click();
    const dialog = app.getByRole('dialog', { name: 'Kata sandi sekali pakai' });
    await expect(dialog).toContainText('hanya ditampilkan sekarang dan tidak dapat dilihat lagi');
    await expect(dialog).toContainText(
      'Semua sesi Rina Wulandari yang masih terbuka sudah diakhiri',
    );
    await expect(dialog).toContainText('nama pengguna “rina”');
    const shown = dialog.getByRole('status', {
      name: 'Kata sandi sekali pakai untuk Rina Wulandari',
    });
    const password = (await shown.textContent())?.trim() ?? '';
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(await seriousViolations(app, { include: 'dialog' })).toEqual([]);
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(rina).toContainText('Harus mengganti kata sandi sekali pakai');
    // Never shown again: nowhere on the page, not after a reload either.
    await expect(app.getByText(password)).toHaveCount(0);
    await app.reload();
    await expect(rina).toContainText('Harus mengganti kata sandi sekali pakai');
    await expect(app.getByText(password)).toHaveCount(0);

    // Rina, at another computer, signs in with it.
    const context = await browser.newContext({
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      viewport: { width: 1280, height: 860 },
    });
    const planner = await context.newPage();
    await planner.goto(host.url);
    await expect(planner.getByRole('heading', { name: 'Masuk ke Linimasa' })).toBeVisible();
    await planner.getByLabel('Nama pengguna').fill('rina');
    await planner.getByLabel('Kata sandi').fill(password);
    const reply = planner.waitForResponse((response) =>
      response.url().endsWith('/api/auth.signIn'),
    );
    await planner.getByRole('button', { name: 'Masuk' }).click();
    const signedIn = await reply;
    expect(signedIn.status()).toBe(200);
    expect(await signedIn.json()).toMatchObject({
      ok: true,
      value: { userName: 'rina', mustChangePassword: true, person: { name: 'Rina Wulandari' } },
    });
    // Past the sign-in form (the must-change screen, where it is built, takes over from here).
    await expect(planner.getByRole('heading', { name: 'Masuk ke Linimasa' })).toHaveCount(0);
    await context.close();

    // The administrator reads it in the security log.
    await settings.show('Keamanan');
    const log = app.getByRole('table', { name: 'Log keamanan, terbaru di atas' });
    const newest = log.getByRole('row').nth(1);
    await expect(newest).toContainText('Masuk');
    await expect(newest).toContainText('Rina Wulandari (rina)');
    await expect(newest.getByRole('cell').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}\.\d{2}$/);
    await expect(
      log.getByRole('row').filter({ hasText: 'Kata sandi sekali pakai dibuat' }),
    ).toContainText('Admin Humas');
    await expect(log).not.toContainText(password);
    expect(await seriousViolations(app, { include: '#settings-security' })).toEqual([]);

    // The idle lock: a bad number is refused on the spot, a good one kept.
    const idle = app.getByRole('form', { name: 'Kunci layar otomatis' });
    const minutes = idle.getByLabel('Kunci setelah tidak dipakai (menit)');
    await expect(minutes).toHaveValue('30');
    await minutes.fill('0');
    await idle.getByRole('button', { name: 'Simpan' }).click();
    await expect(idle.getByText('Isi bilangan bulat antara 1 dan 480.')).toBeVisible();
    await expect(minutes).toBeFocused();
    await minutes.fill('45');
    await idle.getByRole('button', { name: 'Simpan' }).click();
    await expect(idle.getByRole('status')).toHaveText(/Tersimpan/);
    expect(host.app.services.auth.idleLockMinutes()).toBe(45);

    // The whole log as CSV, read back by a strict reader.
    const download = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Ekspor CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^log-keamanan-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const { records, python } = readStrict(bytes);
    expect(records[0]).toEqual([
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
    ]);
    const signIn = records.find((row) => row[4] === 'Masuk' && row[5] === 'rina');
    expect(signIn?.slice(1, 4)).toEqual([
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      expect.stringMatching(/^\d{2}\.\d{2}$/),
      'WIB',
    ]);
    expect(
      records.some((row) => row[4] === 'Kata sandi sekali pakai dibuat' && row[5] === 'rina'),
    ).toBe(true);
    if (python) expect(python).toEqual(records);
    expect(bytes.toString('utf8')).not.toContain(password);
    await expect(app.getByText(/Log keamanan diunduh sebagai log-keamanan-/)).toBeVisible();
  });

  test('orang lain melihat daftar orang tanpa tombol pengelolaan, dan tidak melihat Keamanan', async ({
    host,
    browser,
  }) => {
    // An office with a planner who has chosen their own password (through the service, as the
    // must-change screen would).
    const auth = host.app.services.auth;
    await auth.setup(
      { name: 'Admin Humas', userName: 'admin', password: 'jadwal humas aman' },
      'e2e',
    );
    const planner = host.app.services.people.create({ name: 'Rina Wulandari', role: 'planner' });
    const admin = { kind: 'local' as const, osUser: 'e2e' };
    auth.setUserName(admin, planner, 'rina');
    const { oneTimePassword } = await auth.resetPassword(admin, planner.id);
    await auth.changePassword(
      { person: planner, sessionId: null },
      { currentPassword: oneTimePassword, newPassword: 'kalender rina aman' },
    );
    const { sessionId } = await auth.signIn(
      { userName: 'rina', password: 'kalender rina aman' },
      'e2e',
    );

    const context = await browser.newContext({
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      viewport: { width: 1280, height: 860 },
    });
    await context.addCookies([
      {
        name: 'linimasa_signin',
        value: sessionId,
        url: host.http.origin,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ]);
    const page = await context.newPage();
    await page.addInitScript(() =>
      (
        globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
      ).localStorage.setItem('linimasa.firstRunGuide', 'skipped'),
    );
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 403) refused.push(response.url());
    });
    await page.goto(host.url);
    const settings = new SettingsPage(page);
    await settings.open('Orang');
    await expect(settings.peopleList).toContainText('Admin Humas');
    await expect(page.getByText('Hanya administrator yang dapat menambah orang')).toBeVisible();
    await expect(settings.addPersonForm).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: /^Ubah |^Nonaktifkan |kata sandi sekali pakai/ }),
    ).toHaveCount(0);
    await expect(settings.peopleList).not.toContainText('Nama pengguna');
    await expect(settings.sections.getByRole('link', { name: 'Keamanan' })).toHaveCount(0);
    expect(await seriousViolations(page, { include: '#settings-people' })).toEqual([]);

    // The address typed by hand: the section says whose it is, and nothing was asked of the host.
    await page.goto(`${host.http.origin}/#/pengaturan/keamanan`);
    await expect(page.getByText('Bagian ini hanya untuk administrator.')).toBeVisible();
    expect(refused.filter((url) => /auth\.|people\./.test(url))).toEqual([]);

    // Office-wide settings read as they are, every control switched off, and whom to ask.
    await settings.open('Profil kantor');
    await expect(page.getByRole('note')).toContainText(
      'Bagian ini hanya dapat diubah oleh administrator kantor.',
    );
    await expect(page.getByRole('button', { name: 'Simpan' })).toBeDisabled();
    // Bundles from other offices are the administrator's to import.
    await page.goto(`${host.http.origin}/#/ekspor`);
    await expect(
      page.getByText('Paket dari kantor lain diimpor oleh administrator kantor ini.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /Pilih berkas paket/ })).toHaveCount(0);
    expect(refused).toEqual([]);
    await context.close();
  });
});
