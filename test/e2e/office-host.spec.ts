import { request as httpRequest } from 'node:http';
import { seriousViolations } from './axe';
import { e2eAdmin, expect, test } from './fixtures';

/**
 * The office network: the host on 127.0.0.1 and 127.0.0.2 (standing in for the LAN). From
 * 127.0.0.2 nobody needs the launch token, and nothing but the page and sign-in answers without
 * a session; the sign-in page says whether the connection is encrypted.
 */

/** The LAN address of the host, with the scheme it serves. */
const lanOrigin = (origin: string, port: number) => `${origin.split(':')[0]}://127.0.0.2:${port}`;

test.describe('Jaringan kantor tanpa HTTPS', () => {
  test.use({ officeNetwork: { tls: false }, allowConsoleErrors: true });

  test('tanpa sesi: 401 untuk API dan media; Host asing: 421', async ({ host, request }) => {
    const lan = lanOrigin(host.http.origin, host.http.port);
    const api = await request.post(`${lan}/api/settings.get`, { data: {} });
    expect(api.status()).toBe(401);
    expect(await api.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await request.get(`${lan}/media/assets/ab/ab12.jpg`)).status()).toBe(401);
    // The page itself loads, so that the sign-in screen can show.
    expect((await request.get(`${lan}/`)).status()).toBe(200);
    // Playwright's request context sets Host itself; node:http lets the test forge it.
    const foreign = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.2', port: host.http.port, path: '/', headers: { host: 'evil.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(foreign).toBe(421);
  });

  test('rekan masuk lewat 127.0.0.2 tanpa token dan melihat kalender; halaman masuk memperingatkan', async ({
    page,
    host,
  }) => {
    await host.app.services.auth.setup(e2eAdmin, 'e2e');
    const lan = lanOrigin(host.http.origin, host.http.port);
    await page.goto(`${lan}/`);
    await expect(page.getByRole('heading', { name: 'Masuk ke Linimasa' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      'Sambungan ini tidak dienkripsi: kata sandi Anda terkirim apa adanya di jaringan kantor. Minta admin menyalakan HTTPS.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Nama pengguna').fill(e2eAdmin.userName);
    await page.getByLabel('Kata sandi').fill(e2eAdmin.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Kalender/);
    const cookies = await page.context().cookies(lan);
    expect(cookies.map((cookie) => cookie.name)).toEqual(['linimasa_signin']);

    // Settings › Jaringan kantor lists the LAN address with its QR code.
    await page.goto(`${lan}/#/pengaturan/jaringan-kantor`);
    const address = `${lan}/`;
    await expect(page.getByText(address, { exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: `Kode QR untuk ${address}` })).toBeVisible();
    await expect(page.getByText('Mati: kata sandi dan isi terkirim tanpa enkripsi')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // The administrator's switch for the desktop app: stored for the next start.
    await page.getByLabel('Buka untuk jaringan kantor').check();
    await page.getByLabel('Alamat dan port').fill('0.0.0.0:80800');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText(/Tulis ALAMAT:PORT/)).toBeVisible();
    await page.getByLabel('Alamat dan port').fill('0.0.0.0:8080');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tersimpan' })).toHaveText(
      'Tersimpan. Berlaku setelah Linimasa dijalankan ulang.',
    );
    expect(
      await host.app.dispatchAs({ kind: 'local', osUser: 'e2e' })('network.hostSetting', {}),
    ).toMatchObject({ ok: true, value: { listen: '0.0.0.0:8080', tls: false } });
  });
});

test.describe('Jaringan kantor dengan HTTPS', () => {
  test.use({ officeNetwork: { tls: true }, ignoreHTTPSErrors: true });

  test('halaman masuk menunjukkan sidik jari sertifikat; cookie sesi Secure', async ({
    page,
    host,
  }) => {
    await host.app.services.auth.setup(e2eAdmin, 'e2e');
    const lan = lanOrigin(host.http.origin, host.http.port);
    expect(lan).toMatch(/^https:\/\/127\.0\.0\.2:/);
    await page.goto(`${lan}/`);
    await expect(page.getByRole('heading', { name: 'Masuk ke Linimasa' })).toBeVisible();
    const note = page.getByRole('note');
    await expect(note).toContainText('Sambungan terenkripsi (HTTPS)');
    await expect(note).toContainText(host.http.fingerprint!);
    await expect(page.getByText(/tidak dienkripsi/)).toHaveCount(0);
    await page.getByLabel('Nama pengguna').fill(e2eAdmin.userName);
    await page.getByLabel('Kata sandi').fill(e2eAdmin.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
    const [cookie] = await page.context().cookies(lan);
    expect(cookie).toMatchObject({ name: 'linimasa_signin', secure: true, httpOnly: true });
  });
});
