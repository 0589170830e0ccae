import { expect, test } from './fixtures';
import { AppFrame, SettingsPage } from './pages';

test.describe('Navigasi dan bahasa', () => {
  test('empat layar lewat menu dan Ctrl+1…4, masing-masing dengan keadaan kosong yang memberi arahan', async ({
    app,
  }) => {
    const frame = new AppFrame(app);
    await expect(frame.navLink('Kalender')).toHaveAttribute('aria-current', 'page');

    await frame.open('Pustaka Aset');
    await expect(app.getByRole('heading', { name: 'Pustaka aset masih kosong' })).toBeVisible();
    await expect(app).toHaveTitle('Pustaka Aset — Linimasa');

    await frame.open('Ekspor');
    await expect(
      app.getByText(/Belum diisi: Nama instansi, Nama penanda tangan, Jabatan penanda tangan/),
    ).toBeVisible();
    await app.getByRole('button', { name: 'Lengkapi profil kantor' }).click();
    await expect(app.getByRole('heading', { level: 2, name: 'Profil kantor' })).toBeFocused();

    await app.keyboard.press('Control+1');
    await expect(app.getByRole('heading', { level: 1, name: 'Kalender' })).toBeFocused();
    await app.keyboard.press('Control+3');
    await expect(app.getByRole('heading', { level: 1, name: 'Ekspor' })).toBeVisible();
    await app.keyboard.press('Control+2');
    await expect(app.getByRole('heading', { level: 1, name: 'Pustaka Aset' })).toBeVisible();
    await app.keyboard.press('Control+4');
    await expect(app.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
    await expect(frame.navLink('Pengaturan')).toHaveAttribute('aria-current', 'page');
  });

  test('memilih English mengganti label navigasi dan lang halaman, dan bertahan setelah dimuat ulang', async ({
    app,
  }) => {
    const frame = new AppFrame(app);
    await expect(app.locator('html')).toHaveAttribute('lang', 'id');
    await new SettingsPage(app).open('Zona waktu dan tampilan');

    const preferences = new SettingsPage(app).preferencesForm;
    await preferences.getByLabel('Bahasa').selectOption({ label: 'English' });
    await preferences.getByRole('button', { name: 'Simpan' }).click();

    for (const label of ['Calendar', 'Asset Library', 'Export', 'Settings']) {
      await expect(frame.navigation.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    await expect(frame.navigation.getByRole('link', { name: 'Kalender' })).toHaveCount(0);
    await expect(app.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(
      app.getByRole('form', { name: 'Time zone and display' }).getByRole('status'),
    ).toHaveText(/Saved/);

    await app.reload();
    await expect(
      frame.navigation.getByRole('link', { name: 'Calendar', exact: true }),
    ).toBeVisible();
    await expect(app.locator('html')).toHaveAttribute('lang', 'en');

    // And back: the language names are written in their own language so either reader finds them.
    const english = app.getByRole('form', { name: 'Time zone and display' });
    await english.getByLabel('Language').selectOption({ label: 'Bahasa Indonesia' });
    await english.getByRole('button', { name: 'Save' }).click();
    await expect(frame.navLink('Pengaturan')).toBeVisible();
    await expect(app.locator('html')).toHaveAttribute('lang', 'id');
  });
});
