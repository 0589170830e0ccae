import { e2eAdmin, expect, test } from './fixtures';
import { seriousViolations } from './axe';

test.describe('Masuk', () => {
  // A refused sign-in answers 401, which Chromium logs as a console error.
  test.use({ allowConsoleErrors: true });

  test('kantor baru: membuat administrator pertama lalu langsung masuk', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Siapkan administrator' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Nama lengkap').fill('Sri Wahyuni');
    await page.getByLabel('Nama pengguna').fill('sri');
    await page.getByLabel('Kata sandi').fill('password');
    await page.getByRole('button', { name: 'Simpan dan masuk' }).click();
    await expect(page.getByRole('alert')).toContainText('terlalu umum');
    await page.getByLabel('Kata sandi').fill('jadwal humas aman');
    await page.getByRole('button', { name: 'Simpan dan masuk' }).click();
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
    expect(host.app.services.auth.state()).toBe('ready');
  });

  test('tebakan kata sandi dikunci setelah lima kali gagal, dengan sisa waktu', async ({
    page,
    host,
  }) => {
    await host.app.services.auth.setup(e2eAdmin, 'e2e');
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Masuk ke Linimasa' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Nama pengguna').fill('admin');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await page.getByLabel('Kata sandi').fill(`tebakan ke ${attempt}`);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
    }
    // An unknown user name gets the very same words.
    await page.getByLabel('Nama pengguna').fill('bukan-siapa-siapa');
    await page.getByLabel('Kata sandi').fill('tebakan ke 5');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('alert')).toContainText('Coba lagi dalam 1 menit');
    // Locked: even the right password waits.
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('Kata sandi').fill(e2eAdmin.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('alert')).toContainText('Coba lagi dalam 1 menit');
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toHaveCount(0);
  });
});
