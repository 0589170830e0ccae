import { expect, signInAsAdmin, test } from './fixtures';
import { AppFrame, SettingsPage } from './pages';

/** Whatever goes wrong, the user reads what happened and the app stays on screen. */
test.describe('Pesan kesalahan', () => {
  test('zona waktu yang ditolak server tampil di samping kolomnya', async ({ app }) => {
    const settings = new SettingsPage(app);
    await settings.open('Zona waktu dan tampilan');
    const preferences = settings.preferencesForm;
    const zone = preferences.getByLabel('Nama zona waktu IANA');

    // The client refuses an unknown zone before asking the server.
    let updates = 0;
    app.on('request', (request) => {
      if (request.url().endsWith('/api/settings.update')) updates += 1;
    });
    await preferences.getByRole('radio', { name: 'Lainnya' }).check();
    await zone.fill('Mars/Olympus_Mons');
    await preferences.getByRole('button', { name: 'Simpan' }).click();
    await expect(preferences.getByRole('alert')).toHaveText(
      /Zona waktu "Mars\/Olympus_Mons" tidak dikenal/,
    );
    await expect(zone).toBeFocused();
    expect(updates).toBe(0);

    // Bypass that check (as an older client would) and let the server answer.
    await app.route('**/api/settings.update', async (route) => {
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({
        postData: JSON.stringify({ ...body, timeZone: 'Mars/Olympus_Mons' }),
      });
    });
    await zone.fill('Asia/Pontianak');
    await preferences.getByRole('button', { name: 'Simpan' }).click();
    await expect(preferences.getByRole('alert')).toHaveText(
      'Zona waktu tidak dikenal (contoh: Asia/Jakarta)',
    );
    await expect(zone).toHaveAttribute('aria-invalid', 'true');
    await expect(zone).toHaveAccessibleDescription(/Zona waktu tidak dikenal/);
    await expect(preferences.getByRole('status')).toHaveText('');
    await expect(new AppFrame(app).navigation).toBeVisible();
  });

  test('kanal tanpa nama: pesan server di samping kolom Nama akun', async ({ app }) => {
    const settings = new SettingsPage(app);
    await settings.open('Kanal');
    const form = settings.addChannelForm;
    await form.getByRole('button', { name: 'Tambah kanal' }).click();

    const name = form.getByLabel('Nama akun');
    await expect(form.getByRole('alert')).toHaveText('Wajib diisi');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toBeFocused();
    await expect(
      app.getByText('Belum ada kanal. Tambahkan akun media sosial atau situs web instansi.'),
    ).toBeVisible();

    // Fixing it clears the message.
    await name.fill('Humas Kab. Contoh');
    await form.getByRole('button', { name: 'Tambah kanal' }).click();
    await expect(form.getByRole('alert')).toHaveCount(0);
    await expect(settings.channelList).toContainText('Humas Kab. Contoh');
  });

  test.describe('saat koneksi bermasalah', () => {
    // Chromium logs the refused request itself as a console error; that is the point here.
    test.use({ allowConsoleErrors: true });

    test('koneksi terputus dan jawaban bukan JSON tampil sebagai pesan yang bisa dibaca', async ({
      app,
    }) => {
      const settings = new SettingsPage(app);
      await settings.open('Orang');
      const form = settings.addPersonForm;
      await form.getByLabel('Nama', { exact: true }).fill('Rina Wulandari');

      await app.route('**/api/people.create', (route) => route.abort('connectionrefused'));
      await form.getByRole('button', { name: 'Tambah orang' }).click();
      await expect(form.getByRole('alert')).toHaveText(/Tidak dapat menghubungi Linimasa/);

      await app.unroute('**/api/people.create');
      await app.route('**/api/people.create', (route) =>
        route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }),
      );
      await form.getByRole('button', { name: 'Tambah orang' }).click();
      await expect(form.getByRole('alert')).toHaveText(/Jawaban Linimasa tidak dapat dibaca/);

      // A reply that parses but breaks the contract is refused too, not rendered.
      await app.unroute('**/api/people.create');
      await app.route('**/api/people.create', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: '{"ok":true,"value":{"nama":1}}',
        }),
      );
      await form.getByRole('button', { name: 'Tambah orang' }).click();
      await expect(form.getByRole('alert')).toHaveText(/tidak sesuai dengan versi tampilan ini/);
      await expect(new AppFrame(app).navigation).toBeVisible();
    });

    test('tanpa token: halaman penuh yang menyuruh membuka alamat dari terminal', async ({
      page,
      host,
    }) => {
      await page.goto(host.http.origin);
      await expect(page.getByRole('heading', { level: 1, name: 'Sesi tidak sah' })).toBeVisible();
      await expect(
        page.getByText(/Buka alamat lengkap yang dicetak Linimasa di terminal/),
      ).toBeVisible();
      await expect(page.getByRole('navigation')).toHaveCount(0);
    });

    test('data gagal dimuat: pesan dan tombol Coba lagi', async ({ page, host }) => {
      let failures = 1;
      await page.route('**/api/settings.get', (route) =>
        failures-- > 0 ? route.abort('connectionreset') : route.continue(),
      );
      // Signed in, so auth.status (not routed here) lets the app on to settings.get.
      await signInAsAdmin(page, host);
      await page.goto(host.url);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Data tidak dapat dimuat' }),
      ).toBeVisible();
      await expect(page.getByText(/Tidak dapat menghubungi Linimasa/)).toBeVisible();
      await page.getByRole('button', { name: 'Coba lagi' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
    });

    test('status masuk gagal dimuat: pesan dan tombol Coba lagi, bukan layar memuat selamanya', async ({
      page,
      host,
    }) => {
      let failures = 1;
      await page.route('**/api/auth.status', (route) =>
        failures-- > 0 ? route.abort('connectionreset') : route.continue(),
      );
      await signInAsAdmin(page, host);
      await page.goto(host.url);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Data tidak dapat dimuat' }),
      ).toBeVisible();
      await expect(page.getByText(/Tidak dapat menghubungi Linimasa/)).toBeVisible();
      await page.getByRole('button', { name: 'Coba lagi' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
    });
  });
});
