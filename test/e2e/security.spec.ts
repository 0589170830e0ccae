import { expect, signInAsAdmin, test } from './fixtures';
import { AppFrame, SettingsPage } from './pages';

test.describe('Kebijakan keamanan konten (CSP)', () => {
  test('halaman dikirim dengan CSP ketat dan tidak ada pelanggaran atau galat di konsol', async ({
    page,
    host,
  }) => {
    // Counted inside the page too: a refused inline style may not always reach the console.
    // A string, because this project's Node type check has no DOM types.
    await page.addInitScript(`
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
    `);

    await signInAsAdmin(page, host);
    const response = await page.goto(host.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');

    // Walk every screen and save something, so every code path that touches styles has run.
    const frame = new AppFrame(page);
    for (const screen of ['Pustaka Aset', 'Ekspor', 'Pengaturan', 'Kalender'] as const)
      await frame.open(screen);
    await frame.open('Pengaturan');
    const settings = new SettingsPage(page);
    await settings.saveOfficeName('Pemerintah Kota Contoh');
    await settings.addChannel({ platform: 'Facebook', name: 'Pemkot Contoh' });
    await frame.open('Kalender');

    expect(await page.evaluate('window.cspViolations')).toEqual([]);
    // The fixture fails the test on any console error, which is where Chromium reports CSP refusals.
  });
});
